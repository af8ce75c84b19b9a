package io.github.subcov.report.processes;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.ClassFiles.ClassFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * counts here agree with the XML report's. Each line key gets a dense number when first seen,
 * so that a process's lines are a bit set: with a thousand processes, sorting and hashing line
 * keys per process took most of the process view's time.
 */
public final class ProcessLines {

    private final BundleAnalysis analysis;
    /** Per class id, the number of its source file. */
    private final Map<Long, Integer> sourceIndex = new HashMap<Long, Integer>();
    private final ExecutionDataStore merged;
    private final ConcurrentMap<ProbeKey, int[]> linesByProbes = new ConcurrentHashMap<ProbeKey, int[]>();
    /** Dense line numbers by line key (spread, see below); written only under its own lock. */
    private final Map<Long, Integer> lineNumbers = new HashMap<Long, Integer>();

    /** Lines of the classes {@code analysis} reported on, for data that agrees with {@code merged}. */
    public ProcessLines(BundleAnalysis analysis, ExecutionDataStore merged) {
        this.analysis = analysis;
        this.merged = merged;
        Map<String, Integer> sources = new HashMap<String, Integer>();
        List<IClassCoverage> reported = new ArrayList<IClassCoverage>(analysis.classes());
        reported.addAll(analysis.variants());
        for (IClassCoverage coverage : reported) {
            int release = analysis.classFile(coverage.getId()).release();
            // a multi-release variant is compiled from a source file of its own
            String source = (release == 0 ? "" : "META-INF/versions/" + release + "/")
                    + (coverage.getSourceFileName() == null ? "class " + coverage.getName()
                            : coverage.getPackageName() + "/" + coverage.getSourceFileName());
            Integer index = sources.get(source);
            if (index == null) {
                index = sources.size();
                sources.put(source, index);
            }
            sourceIndex.put(coverage.getId(), index);
        }
    }

    /** The dense numbers of the lines the process covered, ascending. */
    public int[] coveredBy(ExecutionDataStore processData) {
        return union(coveredByClass(processData).values());
    }

    /**
     * Per class the process ran, by its VM name ({@code app/Worker}), the dense numbers of the lines
     * it covered there, ascending; classes in name order, those with no covered line left out.
     */
    public Map<String, int[]> coveredByClass(ExecutionDataStore processData) {
        Map<String, int[]> byClass = new TreeMap<String, int[]>();
        for (ExecutionData data : processData.getContents()) {
            ClassFile file = analysis.classFile(data.getId());
            // only classes it ran: the rest cover nothing, and analysis is the expensive part
            if (file != null && data.hasHits() && agreesWithMerged(data)) {
                int[] lines = linesOf(file, data);
                if (lines.length > 0) {
                    int[] before = byClass.put(data.getName(), lines);
                    if (before != null) {
                        // two versions of a class of one name, both reported on
                        byClass.put(data.getName(), union(Arrays.asList(before, lines)));
                    }
                }
            }
        }
        return byClass;
    }

    /** The lines of any of the sets, ascending. */
    public static int[] union(Collection<int[]> lineSets) {
        BitSet union = new BitSet();
        for (int[] lines : lineSets) {
            for (int line : lines) {
                union.set(line);
            }
        }
        return union.stream().toArray();
    }

    /** JVMs that run the same code leave the same probes; each distinct set is analysed once. */
    private int[] linesOf(ClassFile file, ExecutionData data) {
        ProbeKey key = new ProbeKey(data);
        int[] lines = linesByProbes.get(key);
        if (lines == null) {
            lines = numbered(analyse(file, data));
            linesByProbes.putIfAbsent(key, lines);
        }
        return lines;
    }

    private long[] analyse(ClassFile file, ExecutionData data) {
        ExecutionDataStore single = new ExecutionDataStore();
        single.put(data);
        LineKeys lines = new LineKeys();
        try {
            file.analyseWith(new Analyzer(single, new LineCollector(lines)));
        } catch (IOException e) {
            // probes that do not fit the class; the bundle analysis warned and shows it not covered
        }
        return lines.keys();
    }

    private int[] numbered(long[] lineKeys) {
        int[] numbers = new int[lineKeys.length];
        synchronized (lineNumbers) {
            for (int i = 0; i < lineKeys.length; i++) {
                // Long.hashCode XORs the halves, source index and line, into a few hundred buckets
                Long spread = lineKeys[i] * 0x9E3779B97F4A7C15L;
                Integer number = lineNumbers.get(spread);
                if (number == null) {
                    number = lineNumbers.size();
                    lineNumbers.put(spread, number);
                }
                numbers[i] = number;
            }
        }
        return numbers;
    }

    /** Data the merge left out as conflicting is left out here too, so totals add up. */
    private boolean agreesWithMerged(ExecutionData data) {
        ExecutionData kept = merged.get(data.getId());
        return kept != null && kept.getName().equals(data.getName())
                && kept.getProbes().length == data.getProbes().length;
    }

    /** Per dense line number, how many of the processes covered it. */
    public static int[] coverers(List<int[]> linesPerProcess) {
        int[] coverers = new int[1 + maxLine(linesPerProcess)];
        for (int[] lines : linesPerProcess) {
            for (int line : lines) {
                coverers[line]++;
            }
        }
        return coverers;
    }

    /** How many of the lines only one process covered, as {@link #coverers} counted them. */
    public static int uniqueCount(int[] lines, int[] coverers) {
        int unique = 0;
        for (int line : lines) {
            if (coverers[line] == 1) {
                unique++;
            }
        }
        return unique;
    }

    /** How many lines the processes covered together. */
    public static int unionSize(List<int[]> linesPerProcess) {
        BitSet union = new BitSet();
        for (int[] lines : linesPerProcess) {
            for (int line : lines) {
                union.set(line);
            }
        }
        return union.cardinality();
    }

    private static int maxLine(List<int[]> linesPerProcess) {
        int max = -1;
        for (int[] lines : linesPerProcess) {
            if (lines.length > 0) {
                max = Math.max(max, lines[lines.length - 1]);
            }
        }
        return max;
    }

    private final class LineCollector implements ICoverageVisitor {
        private final LineKeys lines;

        LineCollector(LineKeys lines) {
            this.lines = lines;
        }

        @Override
        public void visitCoverage(IClassCoverage coverage) {
            Integer source = sourceIndex.get(coverage.getId());
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

    /** A growing array of line keys. */
    private static final class LineKeys {
        private long[] keys = new long[64];
        private int size;

        void add(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        long[] keys() {
            return Arrays.copyOf(keys, size);
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
