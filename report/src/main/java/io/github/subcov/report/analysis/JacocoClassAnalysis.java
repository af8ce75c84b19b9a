package io.github.subcov.report.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.JaCoCo;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.internal.analysis.ClassAnalyzer;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.core.internal.analysis.StringPool;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.internal.flow.ClassProbesAdapter;
import org.jacoco.core.internal.flow.ClassProbesVisitor;
import org.jacoco.core.internal.flow.IFrame;
import org.jacoco.core.internal.flow.LabelInfo;
import org.jacoco.core.internal.flow.MethodProbesVisitor;
import org.jacoco.core.internal.instr.InstrSupport;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * JaCoCo's analysis of one class file: once against the merged data, for the report, then again
 * for what each of many probe sets covers, for the process view, which does it tens of thousands
 * of times.
 *
 * <p>It drives JaCoCo's own class analysis ({@code org.jacoco.core.internal}, of the JaCoCo
 * version this project is built with) as JaCoCo's {@link Analyzer} does, for what the public API
 * does not give: the first analysis notes which probes belong to which method. A method none of
 * whose probes was hit covers nothing, so later analyses leave such methods to JaCoCo's probe
 * numbering alone, without building their coverage; that and not hashing the class file again
 * for its id halve their time. What they find missed may therefore leave such methods out, and a
 * line that a lambda shares with the method creating it may show as fully covered where JaCoCo
 * shows it partly covered; the covered lines are JaCoCo's. If the probes seen do not number the
 * methods one after the other, every method is always analysed.
 *
 * <p>The first analysis writes what later ones read: they run after it, on any thread, once the
 * threads of the first have been joined.
 */
final class JacocoClassAnalysis {

    private final byte[] bytes;
    private final String location;
    private final long id;
    /** Per method in the order the class file lists them, its first probe and the one after its last; known after the first analysis. */
    private int[][] methodProbes;

    JacocoClassAnalysis(byte[] bytes, String location) {
        this.bytes = bytes;
        this.location = location;
        this.id = CRC64.classId(bytes);
    }

    /**
     * The class's coverage under the data in {@code store}, as JaCoCo's {@link Analyzer} reports
     * it; {@code null} for a module or package descriptor, which it leaves out too; the same
     * exception as the {@link Analyzer} when the class cannot be analysed.
     */
    IClassCoverage analyse(ExecutionDataStore store) throws IOException {
        ClassReader reader = InstrSupport.classReaderFor(bytes);
        if ((reader.getAccess() & Opcodes.ACC_MODULE) != 0 || reader.getClassName().endsWith("/package-info")) {
            return null;
        }
        ExecutionData data = store.get(id);
        boolean noMatch = data == null && store.contains(reader.getClassName());
        ClassCoverageImpl coverage = new ClassCoverageImpl(reader.getClassName(), id, noMatch);
        try {
            // the report's own analysis: every method, whatever an earlier analysis found
            analyseEveryMethod(reader, coverage, data == null ? null : data.getProbes());
        } catch (RuntimeException cause) {
            IOException failure = new IOException(String.format("Error while analyzing %s with JaCoCo %s/%s.",
                    location, JaCoCo.VERSION, JaCoCo.COMMITID_SHORT));
            failure.initCause(cause);
            throw failure;
        }
        return coverage;
    }

    /**
     * The class's coverage under {@code probes}, of the methods with a probe hit at least (see
     * above); {@code null} when the probes do not fit the class.
     */
    IClassCoverage coverage(boolean[] probes) {
        ClassReader reader = InstrSupport.classReaderFor(bytes);
        ClassCoverageImpl coverage = new ClassCoverageImpl(reader.getClassName(), id, false);
        try {
            if (methodProbes == null) {
                analyseEveryMethod(reader, coverage, probes);
            } else {
                reader.accept(new ClassProbesAdapter(new HitMethodsOnly(analyzer(coverage, probes), methodProbes,
                        probes), false), 0);
            }
        } catch (RuntimeException doesNotFit) {
            // a probe id past the end of the array, as JaCoCo's Analyzer fails on it
            return null;
        }
        return coverage;
    }

    /** Whether an analysis has found which probes belong to which method, so that later ones skip methods not hit. */
    boolean skipsMethodsNotHit() {
        return methodProbes != null;
    }

    /** JaCoCo's analysis of every method, noting which probes each method has. */
    private void analyseEveryMethod(ClassReader reader, ClassCoverageImpl coverage, boolean[] probes) {
        MethodRanges ranges = new MethodRanges(analyzer(coverage, probes));
        reader.accept(new ClassProbesAdapter(ranges, false), 0);
        methodProbes = ranges.ranges();
    }

    private static ClassAnalyzer analyzer(ClassCoverageImpl coverage, boolean[] probes) {
        return new ClassAnalyzer(coverage, probes, new StringPool());
    }

    /** Hands every method to JaCoCo's analysis and notes the probe ids each of them gets. */
    private static final class MethodRanges extends ClassProbesVisitor {
        private final ClassAnalyzer analyzer;
        private final List<int[]> ranges = new ArrayList<int[]>();
        private int total = -1;

        MethodRanges(ClassAnalyzer analyzer) {
            super(analyzer);
            this.analyzer = analyzer;
        }

        @Override
        public MethodProbesVisitor visitMethod(int access, String name, String desc, String signature,
                String[] exceptions) {
            int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE};
            ranges.add(range);
            return new RecordingMethod(analyzer.visitMethod(access, name, desc, signature, exceptions), range);
        }

        @Override
        public void visitTotalProbeCount(int count) {
            total = count;
            analyzer.visitTotalProbeCount(count);
        }

        /** The ranges, if they number the methods one after the other up to the class's probe count; else null. */
        int[][] ranges() {
            int next = 0;
            for (int[] range : ranges) {
                if (range[1] == Integer.MIN_VALUE) {
                    // a method without probes
                    range[0] = next;
                    range[1] = next;
                }
                if (range[0] != next) {
                    return null;
                }
                next = range[1];
            }
            return next == total ? ranges.toArray(new int[0][]) : null;
        }
    }

    /** A method's analysis by JaCoCo, noting the probe ids it is given on the way. */
    private static final class RecordingMethod extends MethodProbesVisitor {
        private final MethodProbesVisitor analysis;
        private final int[] range;

        RecordingMethod(MethodProbesVisitor analysis, int[] range) {
            super(analysis);
            this.analysis = analysis;
            this.range = range;
        }

        private void probe(int id) {
            if (id != LabelInfo.NO_PROBE) {
                range[0] = Math.min(range[0], id);
                range[1] = Math.max(range[1], id + 1);
            }
        }

        private void probes(Label dflt, Label[] labels) {
            probe(LabelInfo.getProbeId(dflt));
            for (Label label : labels) {
                probe(LabelInfo.getProbeId(label));
            }
        }

        @Override
        public void visitProbe(int probeId) {
            probe(probeId);
            analysis.visitProbe(probeId);
        }

        @Override
        public void visitJumpInsnWithProbe(int opcode, Label label, int probeId, IFrame frame) {
            probe(probeId);
            analysis.visitJumpInsnWithProbe(opcode, label, probeId, frame);
        }

        @Override
        public void visitInsnWithProbe(int opcode, int probeId) {
            probe(probeId);
            analysis.visitInsnWithProbe(opcode, probeId);
        }

        @Override
        public void visitTableSwitchInsnWithProbes(int min, int max, Label dflt, Label[] labels, IFrame frame) {
            probes(dflt, labels);
            analysis.visitTableSwitchInsnWithProbes(min, max, dflt, labels, frame);
        }

        @Override
        public void visitLookupSwitchInsnWithProbes(Label dflt, int[] keys, Label[] labels, IFrame frame) {
            probes(dflt, labels);
            analysis.visitLookupSwitchInsnWithProbes(dflt, keys, labels, frame);
        }

        @Override
        public void accept(MethodNode methodNode, MethodVisitor methodVisitor) {
            analysis.accept(methodNode, methodVisitor);
        }
    }

    /** Hands JaCoCo's analysis only the methods with a probe hit; the rest are only numbered. */
    private static final class HitMethodsOnly extends ClassProbesVisitor {
        private final ClassAnalyzer analyzer;
        private final int[][] methodProbes;
        private final boolean[] probes;
        private int method;


        HitMethodsOnly(ClassAnalyzer analyzer, int[][] methodProbes, boolean[] probes) {
            super(analyzer);
            this.analyzer = analyzer;
            this.methodProbes = methodProbes;
            this.probes = probes;
        }

        @Override
        public MethodProbesVisitor visitMethod(int access, String name, String desc, String signature,
                String[] exceptions) {
            int[] range = methodProbes[method++];
            for (int probe = range[0]; probe < range[1]; probe++) {
                if (probes[probe]) {
                    return analyzer.visitMethod(access, name, desc, signature, exceptions);
                }
            }
            // JaCoCo's adapter still numbers the method's probes, with a visitor of its own
            return null;
        }

        @Override
        public void visitTotalProbeCount(int count) {
            analyzer.visitTotalProbeCount(count);
        }
    }
}
