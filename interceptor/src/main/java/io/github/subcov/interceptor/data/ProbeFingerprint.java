package io.github.subcov.interceptor.data;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * A cheap fingerprint of every probe JaCoCo's agent holds, so that a checkpoint can tell "nothing
 * ran since the last write" without serialising every class (about 1.5 µs a class, every
 * interval, in a JVM that sits idle with thousands of classes). Reads the agent's probe arrays
 * directly: it keeps one array per class for the JVM's life and only ever adds classes. Where the
 * agent's internals are not as expected (another JaCoCo version), there is no fingerprint and the
 * caller compares serialised data instead.
 */
final class ProbeFingerprint {

    private final Object store;
    private final Method contents;
    /**
     * The store's own map of classes, whose size tells whether classes were added without a copy of
     * it every interval; null where the store is of another shape.
     */
    private final Map<?, ?> entries;
    private Method probesOf;
    private boolean[][] probes = new boolean[0][];

    private ProbeFingerprint(Object store, Method contents, Map<?, ?> entries) {
        this.store = store;
        this.contents = contents;
        this.entries = entries;
    }

    /** For the given agent ({@code org.jacoco.agent.rt.IAgent}); null where its internals are unknown. */
    static ProbeFingerprint of(Object agent) {
        try {
            Object runtimeData = agent.getClass().getMethod("getData").invoke(agent);
            Field storeField = field(runtimeData.getClass(), "store");
            storeField.setAccessible(true);
            Object store = storeField.get(runtimeData);
            return new ProbeFingerprint(store, store.getClass().getMethod("getContents"), entriesOf(store));
        } catch (Exception unknown) {
            return null;
        }
    }

    private static Map<?, ?> entriesOf(Object store) {
        try {
            Field entriesField = field(store.getClass(), "entries");
            entriesField.setAccessible(true);
            Object entries = entriesField.get(store);
            return entries instanceof Map ? (Map<?, ?>) entries : null;
        } catch (Exception otherShape) {
            return null;
        }
    }

    /** Changes whenever a probe or a class was added; null when the agent could not be read. */
    synchronized Long current() {
        try {
            Collection<?> all = null;
            // JaCoCo's agent guards its store with the store's own monitor
            synchronized (store) {
                if (entries == null || entries.size() != probes.length) {
                    all = (Collection<?>) contents.invoke(store);
                }
            }
            if (all != null && all.size() != probes.length) {
                refresh(all);
            }
            return hash(probes);
        } catch (Exception unreadable) {
            return null;
        }
    }

    /**
     * A method of its own, so that the JIT compiles this loop alone, in a few milliseconds, not with
     * the reflection around it, which cost an idle JVM tens of milliseconds of compiling.
     */
    private static long hash(boolean[][] probes) {
        long hash = probes.length;
        for (boolean[] array : probes) {
            for (boolean probe : array) {
                hash = 31 * hash + (probe ? 1 : 0);
            }
        }
        return hash;
    }

    private void refresh(Collection<?> all) throws Exception {
        boolean[][] arrays = new boolean[all.size()][];
        int i = 0;
        for (Object data : all) {
            if (probesOf == null) {
                probesOf = data.getClass().getMethod("getProbes");
            }
            arrays[i++] = (boolean[]) probesOf.invoke(data);
        }
        probes = arrays;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
