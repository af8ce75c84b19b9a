package io.github.subcov.interceptor.redefine;

import io.github.subcov.interceptor.data.ProcSelf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Whether a class that another agent redefines may keep recording into JaCoCo's probes: only
 * when the new bytes are its class file (JaCoCo's class id, a CRC64 of the bytes, is the same),
 * which the report reads, and the probe array the loaded class holds, if any, is the one JaCoCo
 * keeps for that id. A class file before Java 11 keeps its array in a static field, which a
 * redefinition leaves as it was: other bytes would write their probes into it by the wrong
 * layout, or past its end.
 */
final class RedefinedClass {

    private static final String DATA_FIELD = "$jacocoData";

    private RedefinedClass() {
    }

    static boolean keepsProbes(Jacoco jacoco, ClassLoader loader, String className, Class<?> redefined,
            byte[] classFile) throws Exception {
        byte[] own = classFileOf(loader, className);
        long id = jacoco.classId(classFile);
        if (own == null || jacoco.classId(own) != id) {
            return false;
        }
        Object held = heldProbes(redefined);
        return held == null || held == jacoco.probes(id);
    }

    /** The class file as its loader has it, or null. */
    private static byte[] classFileOf(ClassLoader loader, String className) throws IOException {
        String resource = className + ".class";
        InputStream in = loader != null ? loader.getResourceAsStream(resource)
                : ClassLoader.getSystemResourceAsStream(resource);
        return in == null ? null : ProcSelf.read(in);
    }

    /** The probe array in the class's static field, or null where it has none or has not fetched it yet. */
    private static Object heldProbes(Class<?> redefined) throws IllegalAccessException {
        Field field;
        try {
            field = redefined.getDeclaredField(DATA_FIELD);
        } catch (NoSuchFieldException fromJava11) {
            return null;
        }
        field.setAccessible(true);
        return field.get(null);
    }

    /** What JaCoCo's agent knows of classes: its class ids and the probe arrays it keeps. */
    static final class Jacoco {
        private static final String RT = "org.jacoco.agent.rt.RT";

        private final Method classId;
        private final Object store;
        private final Method get;
        private final Method probesOf;

        /** For the agent whose transformer is of the given class: its own copy of JaCoCo's core. */
        Jacoco(Class<?> transformer) throws Exception {
            String core = transformer.getPackage().getName() + ".core.";
            ClassLoader loader = transformer.getClassLoader();
            classId = Class.forName(core + "internal.data.CRC64", true, loader).getMethod("classId", byte[].class);
            Object agent = Class.forName(RT, true, loader).getMethod("getAgent").invoke(null);
            Object data = agent.getClass().getMethod("getData").invoke(agent);
            Field storeField = Class.forName(core + "runtime.RuntimeData", true, loader).getDeclaredField("store");
            storeField.setAccessible(true);
            store = storeField.get(data);
            get = store.getClass().getMethod("get", long.class);
            probesOf = Class.forName(core + "data.ExecutionData", true, loader).getMethod("getProbes");
        }

        long classId(byte[] classFile) throws Exception {
            return (Long) classId.invoke(null, (Object) classFile);
        }

        /** The probes JaCoCo keeps for the class id, or null: never adds an entry. */
        Object probes(long id) throws Exception {
            Object data;
            // JaCoCo's agent guards its store with the store's own monitor
            synchronized (store) {
                data = get.invoke(store, id);
            }
            return data == null ? null : probesOf.invoke(data);
        }
    }
}
