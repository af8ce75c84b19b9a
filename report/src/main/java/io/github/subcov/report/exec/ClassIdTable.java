package io.github.subcov.report.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * A map from JaCoCo class id to a value, without a {@code Long} per look-up: combine looks up
 * every class record of every process, a million look-ups for a thousand processes.
 */
final class ClassIdTable<V> {

    private long[] ids = new long[8192];
    private Object[] values = new Object[8192];
    private int size;

    @SuppressWarnings("unchecked")
    V get(long id) {
        int mask = ids.length - 1;
        for (int slot = slotOf(id, mask); values[slot] != null; slot = (slot + 1) & mask) {
            if (ids[slot] == id) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Adds a value for an id that has none yet. */
    void add(long id, V value) {
        if (2 * (size + 1) > ids.length) {
            grow();
        }
        insert(id, value);
        size++;
    }

    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> all = new ArrayList<V>(size);
        for (Object value : values) {
            if (value != null) {
                all.add((V) value);
            }
        }
        return all;
    }

    private void insert(long id, Object value) {
        int mask = ids.length - 1;
        int slot = slotOf(id, mask);
        while (values[slot] != null) {
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        values[slot] = value;
    }

    private void grow() {
        long[] oldIds = ids;
        Object[] oldValues = values;
        ids = new long[2 * oldIds.length];
        values = new Object[2 * oldValues.length];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldValues[i] != null) {
                insert(oldIds[i], oldValues[i]);
            }
        }
    }

    /** Class ids are CRC-64 checksums, but mix anyway: a crafted or test id set may not be. */
    private static int slotOf(long id, int mask) {
        long mixed = id * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
