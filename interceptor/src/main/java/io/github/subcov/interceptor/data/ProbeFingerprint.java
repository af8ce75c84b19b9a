package io.github.subcov.interceptor.data;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
    private Method probesOf;
    private final List<boolean[]> probes = new ArrayList<boolean[]>();

    private ProbeFingerprint(Object store, Method contents) {
        this.store = store;
        this.contents = contents;
    }

    /** For the given agent ({@code org.jacoco.agent.rt.IAgent}); null where its internals are unknown. */
    static ProbeFingerprint of(Object agent) {
        try {
            Object runtimeData = agent.getClass().getMethod("getData").invoke(agent);
            Field storeField = field(runtimeData.getClass(), "store");
            storeField.setAccessible(true);
            Object store = storeField.get(runtimeData);
            return new ProbeFingerprint(store, store.getClass().getMethod("getContents"));
        } catch (Exception unknown) {
            return null;
        }
    }

    /** Changes whenever a probe or a class was added; null when the agent could not be read. */
    synchronized Long current() {
        try {
            Collection<?> all;
            // JaCoCo's agent guards its store with the store's own monitor
            synchronized (store) {
                all = (Collection<?>) contents.invoke(store);
            }
            if (all.size() != probes.size()) {
                refresh(all);
            }
            long hash = probes.size();
            for (boolean[] array : probes) {
                for (boolean probe : array) {
                    hash = 31 * hash + (probe ? 1 : 0);
                }
            }
            return hash;
        } catch (Exception unreadable) {
            return null;
        }
    }

    private void refresh(Collection<?> all) throws Exception {
        probes.clear();
        for (Object data : all) {
            if (probesOf == null) {
                probesOf = data.getClass().getMethod("getProbes");
            }
            probes.add((boolean[]) probesOf.invoke(data));
        }
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
