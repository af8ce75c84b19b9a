package io.github.subcov.report.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassIdTableTest {

    @Test
    void findsEveryIdAddedAlsoAfterGrowing() {
        ClassIdTable<String> table = new ClassIdTable<String>();
        Random random = new Random(4);
        Set<Long> ids = new HashSet<Long>();
        while (ids.size() < 20000) {
            ids.add(ids.size() % 2 == 0 ? random.nextLong() : ids.size() << 16);
        }
        for (long id : ids) {
            table.add(id, Long.toString(id));
        }

        for (long id : ids) {
            assertEquals(Long.toString(id), table.get(id));
        }
        assertEquals(20000, table.values().size());
        assertNull(table.get(ids.size() << 16 | 1));
    }

    @Test
    void tellsIdZeroFromAnEmptySlot() {
        ClassIdTable<String> table = new ClassIdTable<String>();

        assertNull(table.get(0));
        table.add(0, "zero");

        assertEquals("zero", table.get(0));
    }
}
