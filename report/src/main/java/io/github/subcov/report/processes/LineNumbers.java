package io.github.subcov.report.processes;

import io.github.subcov.report.analysis.BundleAnalysis;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ISourceNode;

/**
 * Dense numbers for the lines of the reported classes, keyed by source file and line as JaCoCo
 * counts lines: each source file gets the range from its classes' first line to their last,
 * so a line's number is worked out, not looked up, and analyses on several threads need no lock.
 * Every probe set of a class covers lines within the range its class file's line table spans.
 */
final class LineNumbers {

    /** Per class id, the number of its source file. */
    private final Map<Long, Integer> sourceOfClass = new HashMap<Long, Integer>();
    private final int[] firstLine;
    private final int[] offset;

    LineNumbers(BundleAnalysis analysis, List<IClassCoverage> reported) {
        Map<String, Integer> sources = new HashMap<String, Integer>();
        int[] first = new int[reported.size()];
        int[] last = new int[reported.size()];
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, Integer.MIN_VALUE);
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
            sourceOfClass.put(coverage.getId(), index);
            if (coverage.getFirstLine() != ISourceNode.UNKNOWN_LINE) {
                first[index] = Math.min(first[index], coverage.getFirstLine());
                last[index] = Math.max(last[index], coverage.getLastLine());
            }
        }
        firstLine = Arrays.copyOf(first, sources.size());
        offset = new int[sources.size()];
        int next = 0;
        for (int source = 0; source < offset.length; source++) {
            offset[source] = next;
            if (last[source] >= first[source]) {
                next += last[source] - first[source] + 1;
            }
        }
    }

    /** The numbers of the lines {@code coverage} covers, ascending; none for a class not reported on. */
    int[] covered(IClassCoverage coverage) {
        Integer source = sourceOfClass.get(coverage.getId());
        if (source == null || coverage.getFirstLine() == ISourceNode.UNKNOWN_LINE) {
            return new int[0];
        }
        int base = offset[source] - firstLine[source];
        int[] lines = new int[coverage.getLastLine() - coverage.getFirstLine() + 1];
        int count = 0;
        for (int line = coverage.getFirstLine(); line <= coverage.getLastLine(); line++) {
            if (coverage.getLine(line).getInstructionCounter().getCoveredCount() > 0) {
                lines[count++] = base + line;
            }
        }
        return Arrays.copyOf(lines, count);
    }
}
