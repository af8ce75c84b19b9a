package io.github.subcov.interceptor.redefine;

import io.github.subcov.interceptor.data.ProcSelf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;

/**
 * Whether a class that another agent redefines may keep recording into JaCoCo's probes: only
 * when the new bytes are its class file (JaCoCo's class id, a CRC64 of the bytes, is the same),
 * which the report reads, and no copy of the class has fetched probes under another id. A class
 * file before Java 11 keeps its array in a static field, which a redefinition leaves as it was:
 * other bytes would write their probes into it by the wrong layout, or past its end. The field is
 * not read: reading a static field runs the class's static initializer, which must run when the
 * application first uses the class, not inside another agent's redefinition.
 */
final class RedefinedClass {

    private RedefinedClass() {
    }

    static boolean keepsProbes(Jacoco jacoco, ClassLoader loader, String className, byte[] classFile)
            throws Exception {
        byte[] own = classFileOf(loader, className);
        long id = jacoco.classId(classFile);
        return own != null && jacoco.classId(own) == id && !jacoco.holdsOtherIds(className, id);
    }

    /** The class file as its loader has it, or null. */
    private static byte[] classFileOf(ClassLoader loader, String className) throws IOException {
        String resource = className + ".class";
        InputStream in = loader != null ? loader.getResourceAsStream(resource)
                : ClassLoader.getSystemResourceAsStream(resource);
        return in == null ? null : ProcSelf.read(in);
    }

    /** What JaCoCo's agent knows of classes: its class ids and the probes it keeps for them. */
    static final class Jacoco {
        private static final String RT = "org.jacoco.agent.rt.RT";
        private static final String CRC64 = "internal.data.CRC64";
        private static final String RUNTIME_DATA = "runtime.RuntimeData";
        private static final String EXECUTION_DATA = "data.ExecutionData";

        private final Method classId;
        private final Object store;
        private final Method contents;
        private final Method nameOf;
        private final Method idOf;

        /** For the agent whose transformer is of the given class: its own copy of JaCoCo's core. */
        Jacoco(Class<?> transformer) throws Exception {
            String core = transformer.getPackage().getName() + ".core.";
            ClassLoader loader = transformer.getClassLoader();
            classId = Class.forName(core + CRC64, true, loader).getMethod("classId", byte[].class);
            Object agent = Class.forName(RT, true, loader).getMethod("getAgent").invoke(null);
            Object data = agent.getClass().getMethod("getData").invoke(agent);
            Field storeField = Class.forName(core + RUNTIME_DATA, true, loader).getDeclaredField("store");
            storeField.setAccessible(true);
            store = storeField.get(data);
            contents = store.getClass().getMethod("getContents");
            Class<?> executionData = Class.forName(core + EXECUTION_DATA, true, loader);
            nameOf = executionData.getMethod("getName");
            idOf = executionData.getMethod("getId");
        }

        long classId(byte[] classFile) throws Exception {
            return (Long) classId.invoke(null, (Object) classFile);
        }

        /** Whether JaCoCo keeps probes for a class of this name under an id other than the given one. */
        boolean holdsOtherIds(String className, long id) throws Exception {
            Collection<?> all;
            // JaCoCo's agent guards its store with the store's own monitor
            synchronized (store) {
                all = (Collection<?>) contents.invoke(store);
            }
            for (Object data : all) {
                if (className.equals(nameOf.invoke(data)) && (Long) idOf.invoke(data) != id) {
                    return true;
                }
            }
            return false;
        }
    }
}
