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
    /** Made at the first checkpoint: a JVM that only ever writes at exit never needs it. */
    private ProbeFingerprint fingerprint;
    private boolean fingerprintTried;

    /** The current execution data in JaCoCo's {@code .exec} format; throws before JaCoCo started. */
    public byte[] executionData() throws Exception {
        connect();
        return (byte[]) executionData.invoke(agent, Boolean.FALSE);
    }

    /**
     * A value that changes whenever the execution data does, much cheaper than the data itself;
     * null when it cannot be had, and then only the data tells.
     */
    public synchronized Long fingerprint() {
        try {
            connect();
        } catch (Exception notStarted) {
            return null;
        }
        if (!fingerprintTried) {
            fingerprint = ProbeFingerprint.of(agent);
            fingerprintTried = true;
        }
        return fingerprint == null ? null : fingerprint.current();
    }

    private void connect() throws Exception {
        if (agent == null) {
            Class<?> rt = Class.forName(RT, true, ClassLoader.getSystemClassLoader());
            Object found = rt.getMethod("getAgent").invoke(null);
            Method method = Class.forName("org.jacoco.agent.rt.IAgent", true, rt.getClassLoader())
                    .getMethod("getExecutionData", boolean.class);
            executionData = method;
            agent = found;
        }
    }
}
