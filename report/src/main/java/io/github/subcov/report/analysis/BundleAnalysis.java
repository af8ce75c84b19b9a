package io.github.subcov.report.analysis;

import io.github.subcov.report.analysis.ClassFiles.ClassFile;
import io.github.subcov.report.internal.ParallelWork;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * The merged coverage of every class file, per module of the build and as one bundle, and which
 * bytes belong to which JaCoCo class id, so that per-process analysis can find a class by the id
 * in a process's data.
 *
 * <p>JaCoCo's analyzer works on one thread; here each thread has its own, and their results are
 * put together in the order of the class files, so the outcome (which of two classes of one name
 * wins, the order of warnings) does not depend on which thread was quicker.
 *
 * <p>A multi-release variant ({@code META-INF/versions/N/}) is counted against its own bytes, in
 * a bundle of its own beside its module's, when a JVM ran it; the base class stays in the module's.
 */
public final class BundleAnalysis {

    static final String CANNOT_ANALYSE = "%s: cannot analyse the class file (%s)";
    static final String DATA_DOES_NOT_FIT =
            "%s: its coverage data does not fit the class file (%s); shown as not covered";
    static final String DUPLICATE_CLASS = "%s: a different class %s was already read from %s; this one is left out";
    static final String VARIANT_BUNDLE = "%s (META-INF/versions/%d)";

    /** Every base class of every module. */
    private final CoverageBuilder coverage = new CoverageBuilder();
    /** Per module and per multi-release variant that ran, by module and release. */
    private final Map<String, Part> parts = new HashMap<String, Part>();
    /** The modules in the order their classes came. */
    private final Map<String, Integer> moduleOrder = new LinkedHashMap<String, Integer>();
    private final Map<Long, ClassFile> classesById = new HashMap<Long, ClassFile>();
    private final List<IClassCoverage> variants = new ArrayList<IClassCoverage>();

    private final Map<String, ClassFile> classesByName = new HashMap<String, ClassFile>();
    private final ExecutionDataStore merged;
    private final List<String> warnings;

    private BundleAnalysis(ExecutionDataStore merged, List<String> warnings) {
        this.merged = merged;
        this.warnings = warnings;
    }

    /** Analyses {@code classes} against the merged data; what goes wrong is added to {@code warnings}. */
    public static BundleAnalysis analyse(final List<ClassFile> classes, final ExecutionDataStore merged,
            List<String> warnings) {
        final AnalysedClass[] analysed = new AnalysedClass[classes.size()];
        ParallelWork.run(classes.size(), new ParallelWork.Workers<ClassAnalyzer>() {
            @Override
            public ClassAnalyzer create() {
                return new ClassAnalyzer(classes, merged, analysed);
            }
        });
        BundleAnalysis analysis = new BundleAnalysis(merged, warnings);
        for (int i = 0; i < analysed.length; i++) {
            for (IClassCoverage classCoverage : analysed[i].coverages) {
                analysis.add(classCoverage, classes.get(i));
            }
            if (analysed[i].warning != null) {
                warnings.add(analysed[i].warning);
            }
        }
        return analysis;
    }

    /** Every base class's coverage as one bundle, as JaCoCo's report formats and checker take it. */
    public IBundleCoverage bundle(String title) {
        return coverage.getBundle(title);
    }

    /**
     * One bundle per module, each followed by its multi-release variants that ran, as the report
     * shows them; a module read without a name is called {@code title}.
     */
    public List<ModuleBundle> bundles(String title) {
        List<Part> ordered = new ArrayList<Part>(parts.values());
        ordered.sort(Comparator.<Part>comparingInt(part -> moduleOrder.get(part.module))
                .thenComparingInt(part -> part.release));
        List<ModuleBundle> result = new ArrayList<ModuleBundle>();
        for (Part part : ordered) {
            String name = part.module.isEmpty() ? title : part.module;
            result.add(new ModuleBundle(part.module, part.builder.getBundle(part.release == 0 ? name
                    : String.format(VARIANT_BUNDLE, name, part.release))));
        }
        if (result.isEmpty()) {
            result.add(new ModuleBundle("", coverage.getBundle(title)));
        }
        return result;
    }

    /** The coverage of every base class reported, under the merged data. */
    public Collection<IClassCoverage> classes() {
        return coverage.getClasses();
    }

    /** The coverage of the multi-release variants that ran. */
    public Collection<IClassCoverage> variants() {
        return variants;
    }

    /** The class file of a JaCoCo class id; {@code null} for a class not reported on. */
    public ClassFile classFile(long classId) {
        return classesById.get(classId);
    }

    /** The base class file of a VM name ({@code app/Engine}); {@code null} for a class not reported on. */
    public ClassFile classFile(String vmName) {
        return classesByName.get(vmName);
    }

    /**
     * The first class file of a name wins. JaCoCo's builder would fail on a second one of other
     * bytes, and a report must not fail because two class directories overlap; one of the same
     * bytes (two modules that compile one source) would count its lines twice.
     */
    private void add(IClassCoverage classCoverage, ClassFile file) {
        if (file.release > 0) {
            addVariant(classCoverage, file);
            return;
        }
        ClassFile first = classesByName.get(classCoverage.getName());
        if (first != null) {
            if (!classesById.containsKey(classCoverage.getId())) {
                warnings.add(String.format(DUPLICATE_CLASS, file.location, classCoverage.getName(), first.location));
            }
            return;
        }
        coverage.visitCoverage(classCoverage);
        builder(file.module, 0).visitCoverage(classCoverage);
        classesByName.put(classCoverage.getName(), file);
        classesById.put(classCoverage.getId(), file);
    }

    /** A variant no JVM ran would only add a bundle of misses that no JDK of the build loaded. */
    private void addVariant(IClassCoverage classCoverage, ClassFile file) {
        if (merged.get(classCoverage.getId()) == null || classesById.containsKey(classCoverage.getId())) {
            return;
        }
        builder(file.module, file.release).visitCoverage(classCoverage);
        classesById.put(classCoverage.getId(), file);
        variants.add(classCoverage);
    }

    private CoverageBuilder builder(String module, int release) {
        String key = module + '\u0000' + release;
        Part part = parts.get(key);
        if (part == null) {
            part = new Part(module, release);
            parts.put(key, part);
            if (!moduleOrder.containsKey(module)) {
                moduleOrder.put(module, moduleOrder.size());
            }
        }
        return part.builder;
    }

    /** The classes of one module, or of one of its multi-release variants. */
    private static final class Part {
        final String module;
        final int release;
        final CoverageBuilder builder = new CoverageBuilder();

        Part(String module, int release) {
            this.module = module;
            this.release = release;
        }
    }

    /** What analysing one class file gave: its coverage, and a warning when the data did not fit. */
    private static final class AnalysedClass {
        final List<IClassCoverage> coverages = new ArrayList<IClassCoverage>(1);
        String warning;

        void add(IClassCoverage coverage) {
            if (coverage != null) {
                coverages.add(coverage);
            }
        }
    }

    /** Analyses one class file after another, with the merged data, or without for classes the data does not fit. */
    private static final class ClassAnalyzer implements ParallelWork.Worker {
        private static final ExecutionDataStore NO_DATA = new ExecutionDataStore();

        private final List<ClassFile> classes;
        private final ExecutionDataStore merged;
        private final AnalysedClass[] analysed;

        ClassAnalyzer(List<ClassFile> classes, ExecutionDataStore merged, AnalysedClass[] analysed) {
            this.classes = classes;
            this.merged = merged;
            this.analysed = analysed;
        }

        @Override
        public void process(int item) {
            ClassFile file = classes.get(item);
            AnalysedClass current = new AnalysedClass();
            analysed[item] = current;
            try {
                current.add(file.analyse(merged));
            } catch (IOException e) {
                analyseWithoutData(file, e, current);
            }
        }

        /**
         * Data with the class's id but too few probes (a corrupt file read first) fails the
         * analysis; the class still belongs in the report, as not covered.
         */
        private void analyseWithoutData(ClassFile file, IOException failure, AnalysedClass current) {
            try {
                current.add(file.analyse(NO_DATA));
                current.warning = String.format(DATA_DOES_NOT_FIT, file.location, rootCause(failure));
            } catch (IOException e) {
                current.warning = String.format(CANNOT_ANALYSE, file.location, rootCause(e));
            }
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + " " + root;
    }
}
