package io.github.subcov.report.render;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.UnmatchedData;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.processes.ProcessName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jacoco.core.data.ExecutionData;

/**
 * Says which coverage the report cannot count: each class whose bytes in a JVM differ from the
 * reported class file once, naming the class and the JVM, and the relocated classes in one line.
 */
final class UnmatchedWarnings {

    static final String OTHER_BYTES = "%s: %s ran other bytes under this name than %s (rebuilt after it ran, or"
            + " shaded); that coverage is not counted: report on the class files the tests ran";
    static final String MORE_OTHER_BYTES = "%d more classes ran with other bytes than their class files, and their"
            + " coverage is not counted, as above: %s";
    static final String RELOCATED = "%s ran under another name than the class files they end with (relocated"
            + " or shaded copies), and are not counted: %s";
    /** Named one by one up to here; a whole rebuilt module would otherwise bury the log. */
    static final int NAMED = 20;

    private UnmatchedWarnings() {
    }

    static void add(BundleAnalysis analysis, CombinedData data, List<String> warnings) {
        UnmatchedData unmatched = UnmatchedData.find(analysis, data.executionData());
        List<ExecutionData> otherBytes = unmatched.otherBytes();
        for (ExecutionData ran : otherBytes.subList(0, Math.min(NAMED, otherBytes.size()))) {
            warnings.add(String.format(OTHER_BYTES, ran.getName(), jvmsThatRan(ran, data),
                    analysis.classFile(ran.getName()).location()));
        }
        if (otherBytes.size() > NAMED) {
            List<String> names = new ArrayList<String>();
            for (ExecutionData ran : otherBytes.subList(NAMED, otherBytes.size())) {
                names.add(ran.getName());
            }
            warnings.add(String.format(MORE_OTHER_BYTES, names.size(), String.join(", ", names)));
        }
        if (!unmatched.relocated().isEmpty()) {
            List<String> names = new ArrayList<String>();
            for (Map.Entry<String, String> relocated : unmatched.relocated().entrySet()) {
                names.add(relocated.getKey() + " (" + relocated.getValue() + ")");
            }
            warnings.add(String.format(RELOCATED, names.size() == 1 ? "1 class" : names.size() + " classes",
                    String.join(", ", names)));
        }
    }

    /** The first JVM whose data has the class's id, by what it runs and its id, and how many more. */
    private static String jvmsThatRan(ExecutionData ran, CombinedData data) {
        ProcessRecord first = null;
        int count = 0;
        for (ProcessRecord process : data.processes()) {
            if (process.executionData().get(ran.getId()) != null) {
                first = first == null ? process : first;
                count++;
            }
        }
        if (first == null) {
            return "a JVM";
        }
        String jvm = "JVM " + ProcessName.of(first.command()) + " (" + first.id() + ")";
        return count == 1 ? jvm : jvm + " and " + (count - 1) + (count == 2 ? " other" : " others");
    }
}
