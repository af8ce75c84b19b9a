package io.github.subcov.interceptor.data;

import java.lang.reflect.Method;

/**
 * JaCoCo's agent runtime ({@code org.jacoco.agent.rt.RT}), reached by reflection so that the
 * interceptor works with whichever JaCoCo agent the JVM carries.
 */
public final class JacocoRuntime {

    private static final String RT = "org.jacoco.agent.rt.RT";

    private volatile Object agent;
    private volatile Method executionData;

    /** The current execution data in JaCoCo's {@code .exec} format, or null before JaCoCo started. */
    public byte[] executionData() throws Exception {
        if (agent == null) {
            Class<?> rt = Class.forName(RT, true, ClassLoader.getSystemClassLoader());
            Object found = rt.getMethod("getAgent").invoke(null);
            Method method = Class.forName("org.jacoco.agent.rt.IAgent", true, rt.getClassLoader())
                    .getMethod("getExecutionData", boolean.class);
            executionData = method;
            agent = found;
        }
        return (byte[]) executionData.invoke(agent, Boolean.FALSE);
    }
}
