package io.github.subcov.report;

import io.github.subcov.report.ClassFiles.ClassFile;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageVisitor;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Which lines one process covered. A line is keyed by its source file and number, as JaCoCo
 * counts lines per source file: a line shared by two classes of one file counts once, and the
 * counts here agree with the XML report's.
 */
final class ProcessLines {

    private final Map<Long, ClassFile> classesById;
    private final Map<String, Integer> sourceIndex = new HashMap<String, Integer>();
    private final ExecutionDataStore merged;
    private final ConcurrentMap<ProbeKey, long[]> linesByProbes = new ConcurrentHashMap<ProbeKey, long[]>();

    ProcessLines(BundleAnalysis analysis, ExecutionDataStore merged) {
        this.classesById = analysis.classesById;
        this.merged = merged;
        Map<String, Integer> sources = new HashMap<String, Integer>();
        for (IClassCoverage coverage : analysis.coverage.getClasses()) {
            String source = coverage.getSourceFileName() == null
                    ? "class " + coverage.getName()
                    : coverage.getPackageName() + "/" + coverage.getSourceFileName();
            Integer index = sources.get(source);
            if (index == null) {
                index = sources.size();
                sources.put(source, index);
            }
            sourceIndex.put(coverage.getName(), index);
        }
    }

    /** Sorted, distinct line keys: source file index in the high half, line number in the low. */
    long[] coveredBy(ExecutionDataStore processData) {
        LineKeys covered = new LineKeys();
        for (ExecutionData data : processData.getContents()) {
            ClassFile file = classesById.get(data.getId());
            // only classes it ran: the rest cover nothing, and analysis is the expensive part
            if (file != null && data.hasHits() && agreesWithMerged(data)) {
                covered.addAll(linesOf(file, data));
            }
        }
        return covered.sortedDistinct();
    }

    /** JVMs that run the same code leave the same probes; each distinct set is analysed once. */
    private long[] linesOf(ClassFile file, ExecutionData data) {
        ProbeKey key = new ProbeKey(data);
        long[] lines = linesByProbes.get(key);
        if (lines == null) {
            lines = analyse(file, data);
            linesByProbes.putIfAbsent(key, lines);
        }
        return lines;
    }

    private long[] analyse(ClassFile file, ExecutionData data) {
        ExecutionDataStore single = new ExecutionDataStore();
        single.put(data);
        LineKeys lines = new LineKeys();
        try {
            new Analyzer(single, new LineCollector(lines)).analyzeClass(file.bytes, file.location.getPath());
        } catch (IOException e) {
            // probes that do not fit the class; the bundle analysis warned and shows it not covered
        }
        return lines.sortedDistinct();
    }

    /** Data the merge left out as conflicting is left out here too, so totals add up. */
    private boolean agreesWithMerged(ExecutionData data) {
        ExecutionData kept = merged.get(data.getId());
        return kept != null && kept.getName().equals(data.getName())
                && kept.getProbes().length == data.getProbes().length;
    }

    /** For each process, how many of its lines no other process covered. */
    static int[] uniqueCounts(List<long[]> linesPerProcess) {
        LineCoverers coverers = new LineCoverers();
        for (long[] lines : linesPerProcess) {
            coverers.addProcess(lines);
        }
        int[] unique = new int[linesPerProcess.size()];
        for (int i = 0; i < unique.length; i++) {
            for (long line : linesPerProcess.get(i)) {
                if (coverers.coverers(line) == 1) {
                    unique[i]++;
                }
            }
        }
        return unique;
    }

    static int unionSize(List<long[]> linesPerProcess) {
        LineCoverers union = new LineCoverers();
        for (long[] lines : linesPerProcess) {
            union.addProcess(lines);
        }
        return union.size();
    }

    private final class LineCollector implements ICoverageVisitor {
        private final LineKeys lines;

        LineCollector(LineKeys lines) {
            this.lines = lines;
        }

        @Override
        public void visitCoverage(IClassCoverage coverage) {
            Integer source = sourceIndex.get(coverage.getName());
            if (source == null) {
                return;
            }
            for (int line = Math.max(coverage.getFirstLine(), 0); line <= coverage.getLastLine(); line++) {
                if (coverage.getLine(line).getInstructionCounter().getCoveredCount() > 0) {
                    lines.add(((long) source << 32) | line);
                }
            }
        }
    }

    /** A growing array of line keys; boxed sets would cost ten times the memory per process. */
    private static final class LineKeys {
        private long[] keys = new long[64];
        private int size;

        void add(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        void addAll(long[] more) {
            if (size + more.length > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(size * 2, size + more.length));
            }
            System.arraycopy(more, 0, keys, size, more.length);
            size += more.length;
        }

        long[] sortedDistinct() {
            long[] sorted = Arrays.copyOf(keys, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }

    /** A class id with its probes, compared by content. */
    private static final class ProbeKey {
        private final long classId;
        private final boolean[] probes;
        private final int hash;

        ProbeKey(ExecutionData data) {
            this.classId = data.getId();
            this.probes = data.getProbes();
            this.hash = 31 * Long.hashCode(classId) + Arrays.hashCode(probes);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof ProbeKey)) {
                return false;
            }
            ProbeKey key = (ProbeKey) other;
            return classId == key.classId && Arrays.equals(probes, key.probes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
