package io.github.subcov.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineCoverersTest {

    @Test
    void countsTheProcessesOfEveryLineAlsoAfterGrowing() {
        LineCoverers coverers = new LineCoverers();
        long[] manyLines = new long[40000];
        for (int i = 0; i < manyLines.length; i++) {
            manyLines[i] = ((long) (i / 100) << 32) | (i % 100);
        }
        coverers.addProcess(manyLines);
        coverers.addProcess(new long[] {manyLines[7], 1L << 50});

        assertEquals(40001, coverers.size());
        assertEquals(2, coverers.coverers(manyLines[7]));
        assertEquals(1, coverers.coverers(manyLines[39999]));
        assertEquals(1, coverers.coverers(1L << 50));
        assertEquals(0, coverers.coverers(-1));
    }
}
