package io.github.subcov.interceptor.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fingerprint follows every probe and every new class, and steps aside for an agent it does not know. */
class ProbeFingerprintTest {

    @Test
    void changesWithEachNewProbeAndEachNewClassOnly() {
        changesWithEachNewProbeAndEachNewClassOnly(new Agent(new Store()));
    }

    @Test
    void storeOfAnotherShapeIsReadThroughItsContents() {
        changesWithEachNewProbeAndEachNewClassOnly(new Agent(new ListStore()));
    }

    private static void changesWithEachNewProbeAndEachNewClassOnly(Agent agent) {
        boolean[] first = agent.data.store.add(3);
        ProbeFingerprint fingerprint = ProbeFingerprint.of(agent);
        assertNotNull(fingerprint);

        Long idle = fingerprint.current();
        assertEquals(idle, fingerprint.current());
        first[1] = true;
        Long hit = fingerprint.current();
        assertNotEquals(idle, hit);
        agent.data.store.add(2);
        Long newClass = fingerprint.current();
        assertNotEquals(hit, newClass);
        assertEquals(newClass, fingerprint.current());
    }

    @Test
    void agentOfAnotherShapeHasNoFingerprint() {
        assertNull(ProbeFingerprint.of(new Object()));
        assertNull(ProbeFingerprint.of(new NoStore()));
    }

    /** The shape of JaCoCo's agent runtime: {@code getData().store.getContents()}, each with {@code getProbes()}. */
    public static final class Agent {
        final RuntimeData data;

        Agent(AnyStore store) {
            data = new RuntimeData(store);
        }

        public RuntimeData getData() {
            return data;
        }
    }

    public static class RuntimeData {
        protected final AnyStore store;

        RuntimeData(AnyStore store) {
            this.store = store;
        }
    }

    public abstract static class AnyStore {
        abstract boolean[] add(int probes);
    }

    /** As JaCoCo's: its classes in a map named {@code entries}. */
    public static final class Store extends AnyStore {
        private final Map<Long, Data> entries = new LinkedHashMap<>();

        @Override
        boolean[] add(int probes) {
            Data data = new Data(new boolean[probes]);
            entries.put((long) entries.size(), data);
            return data.probes;
        }

        public Collection<Data> getContents() {
            return new ArrayList<>(entries.values());
        }
    }

    /** Another shape: only {@code getContents()} tells which classes it holds. */
    public static final class ListStore extends AnyStore {
        private final List<Data> classes = new ArrayList<>();

        @Override
        boolean[] add(int probes) {
            Data data = new Data(new boolean[probes]);
            classes.add(data);
            return data.probes;
        }

        public Collection<Data> getContents() {
            return new ArrayList<>(classes);
        }
    }

    public static final class Data {
        private final boolean[] probes;

        Data(boolean[] probes) {
            this.probes = probes;
        }

        public boolean[] getProbes() {
            return probes;
        }
    }

    public static final class NoStore {
        public Object getData() {
            return new Object();
        }
    }
}
