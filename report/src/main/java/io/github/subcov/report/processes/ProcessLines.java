package io.github.subcov.report.processes;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.internal.ParallelWork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Which lines each process covered. A line is keyed by its source file and number, as JaCoCo
 * counts lines per source file: a line shared by two classes of one file counts once, and the
 * counts here agree with the XML report's. Lines get dense numbers, each source file a range of
 * its own, so that a process's lines are a sorted array and sets of them are bit sets.
 *
 * <p>JVMs that run the same code leave the same probes, so the work is done per class
 * ({@link #analyseClass}, any number of classes at once, so that it can share threads with other
 * work): the class's distinct probe sets among the processes are found and each is analysed
 * once. Then each process's lines are looked up ({@link #coveredByClass}).
 *
 * <p>JaCoCo covers a line when an instruction on it is covered, and an instruction when a probe
 * it leads to was hit: the lines of a probe set are the union of its probes' lines. So a set that
 * is the union of smaller sets of the class needs no analysis of its own, and neither does the
 * merged set, which the report's own analysis has done.
 */
public final class ProcessLines {

    private final BundleAnalysis analysis;
    private final ExecutionDataStore merged;
    private final List<ExecutionDataStore> processes;
    private final LineNumbers lineNumbers;
    /** Per class the processes ran, its distinct probe sets once {@link #analyseClass} has run. */
    private final Map<Long, ClassSets> byId = new HashMap<Long, ClassSets>();
    /** The same, as the items of {@link #analyseClass}. */
    private final List<ClassSets> classes = new ArrayList<ClassSets>();

    /**
     * The lines of the processes' data, for the classes {@code analysis} reported on and for data
     * that agrees with {@code merged}; nothing is analysed yet.
     */
    public ProcessLines(BundleAnalysis analysis, ExecutionDataStore merged, List<ExecutionDataStore> processes) {
        this.analysis = analysis;
        this.merged = merged;
        this.processes = new ArrayList<ExecutionDataStore>(processes);
        List<IClassCoverage> reported = new ArrayList<IClassCoverage>(analysis.classes());
        reported.addAll(analysis.variants());
        this.lineNumbers = new LineNumbers(analysis, reported);
        for (IClassCoverage coverage : reported) {
            ExecutionData data = merged.get(coverage.getId());
            // a class no process ran covers nothing, and analysis is the expensive part
            if (data != null && data.hasHits() && !byId.containsKey(coverage.getId())) {
                ClassSets sets = new ClassSets(coverage, data);
                byId.put(coverage.getId(), sets);
                classes.add(sets);
            }
        }
        for (ExecutionDataStore process : this.processes) {
            for (ExecutionData data : process.getContents()) {
                ClassSets sets = data.hasHits() ? byId.get(data.getId()) : null;
                if (sets != null && agreesWithMerged(data)) {
                    sets.ran.add(data);
                }
            }
        }
    }

    /** How many classes the processes ran: items {@code 0..classCount()-1} of {@link #analyseClass}. */
    public int classCount() {
        return classes.size();
    }

    /**
     * Gathers the distinct probe sets the processes left in one class and works out their lines.
     * Different items may run on different threads at once; {@link #coveredByClass} may be asked
     * once every item has run and the threads have been joined.
     */
    public void analyseClass(int item) {
        ClassSets sets = classes.get(item);
        List<ProbeSet> distinct = new ArrayList<ProbeSet>();
        for (ExecutionData data : sets.ran) {
            ProbeKey key = new ProbeKey(data.getProbes());
            if (!sets.byProbes.containsKey(key)) {
                ProbeSet set = new ProbeSet(data);
                sets.byProbes.put(key, set);
                distinct.add(set);
            }
        }
        // smallest first, so that a union meets its parts worked out
        distinct.sort(ProbeSet.BY_SIZE);
        for (int i = 0; i < distinct.size(); i++) {
            distinct.get(i).lines = linesOf(distinct.get(i), sets, distinct.subList(0, i));
        }
    }

    /** The lines of {@code set}, a probe set of the class of {@code sets}, given those of the smaller sets. */
    private int[] linesOf(ProbeSet set, ClassSets sets, List<ProbeSet> smaller) {
        if (Arrays.equals(set.probes(), sets.mergedProbes)) {
            return lineNumbers.covered(sets.mergedCoverage);
        }
        int[] union = unionOfParts(set, smaller);
        if (union != null) {
            return union;
        }
        IClassCoverage coverage = analysis.classFile(sets.id()).coverage(set.probes());
        // probes that do not fit the class: the bundle analysis warned and shows it not covered
        return coverage == null ? new int[0] : lineNumbers.covered(coverage);
    }

    /** Analyses every class, on every core. */
    public ProcessLines analyseAll() {
        ParallelWork.run(classes.size(), new ParallelWork.Workers<ParallelWork.Worker>() {
            @Override
            public ParallelWork.Worker create() {
                return new ParallelWork.Worker() {
                    @Override
                    public void process(int item) {
                        analyseClass(item);
                    }
                };
            }
        });
        return this;
    }

    /** How many processes were given. */
    public int processCount() {
        return processes.size();
    }

    /** The dense numbers of the lines process {@code process} (by its place in the list given) covered, ascending. */
    public int[] coveredBy(int process) {
        return union(coveredByClass(process).values());
    }

    /**
     * Per class process {@code process} ran, by its VM name ({@code app/Worker}), the dense numbers
     * of the lines it covered there, ascending; classes in name order, those with no covered line
     * left out.
     */
    public Map<String, int[]> coveredByClass(int process) {
        Map<String, int[]> byName = new TreeMap<String, int[]>();
        for (ExecutionData data : processes.get(process).getContents()) {
            ClassSets sets = data.hasHits() ? byId.get(data.getId()) : null;
            ProbeSet set = sets == null ? null : sets.byProbes.get(new ProbeKey(data.getProbes()));
            if (set != null && set.lines.length > 0) {
                int[] before = byName.put(data.getName(), set.lines);
                if (before != null) {
                    // two versions of a class of one name, both reported on
                    byName.put(data.getName(), unionOfFew(Arrays.asList(before, set.lines)));
                }
            }
        }
        return byName;
    }

    /**
     * The lines of any of a few sets, ascending: a bit set would span every line of the report
     * for the few dozen lines of one class.
     */
    private static int[] unionOfFew(List<int[]> lineSets) {
        int size = 0;
        for (int[] lines : lineSets) {
            size += lines.length;
        }
        int[] all = new int[size];
        int at = 0;
        for (int[] lines : lineSets) {
            System.arraycopy(lines, 0, all, at, lines.length);
            at += lines.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
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

    /**
     * The lines of {@code set} when it is the union of sets already worked out, each a part of it:
     * the union of their lines. {@code null} when it is not.
     */
    private static int[] unionOfParts(ProbeSet set, List<ProbeSet> smaller) {
        boolean[] probes = set.probes();
        boolean[] covered = new boolean[probes.length];
        List<int[]> parts = new ArrayList<int[]>();
        for (ProbeSet part : smaller) {
            if (part.isPartOf(probes)) {
                parts.add(part.lines);
                for (int probe = 0; probe < probes.length; probe++) {
                    covered[probe] |= part.probes()[probe];
                }
            }
        }
        return Arrays.equals(covered, probes) ? unionOfFew(parts) : null;
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

    /** A class the processes ran, as the merged data covered it, and its distinct probe sets. */
    private static final class ClassSets {
        final IClassCoverage mergedCoverage;
        final boolean[] mergedProbes;
        /** The class's data in every process that ran it. */
        final List<ExecutionData> ran = new ArrayList<ExecutionData>();
        /** Written by one {@link #analyseClass} only, read after it. */
        final Map<ProbeKey, ProbeSet> byProbes = new HashMap<ProbeKey, ProbeSet>();

        ClassSets(IClassCoverage mergedCoverage, ExecutionData merged) {
            this.mergedCoverage = mergedCoverage;
            this.mergedProbes = merged.getProbes();
        }

        long id() {
            return mergedCoverage.getId();
        }
    }

    /** One distinct probe set of a class, and the dense numbers of the lines it covers once worked out. */
    private static final class ProbeSet {
        static final Comparator<ProbeSet> BY_SIZE = new Comparator<ProbeSet>() {
            @Override
            public int compare(ProbeSet one, ProbeSet other) {
                return Integer.compare(one.size, other.size);
            }
        };

        final ExecutionData data;
        final int size;
        int[] lines;

        ProbeSet(ExecutionData data) {
            this.data = data;
            int hit = 0;
            for (boolean probe : data.getProbes()) {
                if (probe) {
                    hit++;
                }
            }
            this.size = hit;
        }

        boolean[] probes() {
            return data.getProbes();
        }

        /** Whether every probe hit here was hit in {@code probes} too. */
        boolean isPartOf(boolean[] probes) {
            boolean[] own = data.getProbes();
            for (int probe = 0; probe < own.length; probe++) {
                if (own[probe] && !probes[probe]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Probes of one class, compared by content. */
    private static final class ProbeKey {
        private final boolean[] probes;
        private final int hash;

        ProbeKey(boolean[] probes) {
            this.probes = probes;
            this.hash = Arrays.hashCode(probes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProbeKey && Arrays.equals(probes, ((ProbeKey) other).probes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
