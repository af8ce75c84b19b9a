package io.github.subcov.report;

import io.github.subcov.report.ClassFiles.ClassFile;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageVisitor;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * The merged coverage of every class file, and which bytes belong to which JaCoCo class id, so
 * that per-process analysis can find a class by the id in a process's data.
 */
final class BundleAnalysis implements ICoverageVisitor {

    static final String CANNOT_ANALYSE = "%s: cannot analyse the class file (%s)";
    static final String DATA_DOES_NOT_FIT =
            "%s: its coverage data does not fit the class file (%s); shown as not covered";
    static final String DUPLICATE_CLASS = "%s: a different class %s was already read from %s; this one is left out";

    final CoverageBuilder coverage = new CoverageBuilder();
    final Map<Long, ClassFile> classesById = new HashMap<Long, ClassFile>();

    private final Map<String, ClassFile> classesByName = new HashMap<String, ClassFile>();
    private final List<String> warnings;
    private ClassFile current;

    private BundleAnalysis(List<String> warnings) {
        this.warnings = warnings;
    }

    static BundleAnalysis analyse(List<ClassFile> classes, ExecutionDataStore merged, List<String> warnings) {
        BundleAnalysis analysis = new BundleAnalysis(warnings);
        Analyzer analyzer = new Analyzer(merged, analysis);
        Analyzer withoutData = new Analyzer(new ExecutionDataStore(), analysis);
        for (ClassFile file : classes) {
            analysis.current = file;
            try {
                analyzer.analyzeClass(file.bytes, file.location.getPath());
            } catch (IOException e) {
                analysis.analyseWithoutData(withoutData, file, e);
            }
        }
        return analysis;
    }

    /**
     * Data with the class's id but too few probes (a corrupt file read first) fails the analysis;
     * the class still belongs in the report, as not covered.
     */
    private void analyseWithoutData(Analyzer withoutData, ClassFile file, IOException failure) {
        try {
            withoutData.analyzeClass(file.bytes, file.location.getPath());
            warnings.add(String.format(DATA_DOES_NOT_FIT, file.location, rootCause(failure)));
        } catch (IOException e) {
            warnings.add(String.format(CANNOT_ANALYSE, file.location, rootCause(e)));
        }
    }

    /**
     * The first class file of a name wins. JaCoCo's builder would fail on the second one, and a
     * report must not fail because two class directories overlap.
     */
    @Override
    public void visitCoverage(IClassCoverage classCoverage) {
        ClassFile first = classesByName.get(classCoverage.getName());
        if (first != null && !classesById.containsKey(classCoverage.getId())) {
            warnings.add(String.format(DUPLICATE_CLASS, current.location, classCoverage.getName(), first.location));
            return;
        }
        coverage.visitCoverage(classCoverage);
        classesByName.put(classCoverage.getName(), current);
        classesById.put(classCoverage.getId(), current);
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + " " + root;
    }
}
