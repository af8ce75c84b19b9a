package io.github.subcov.report.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Coverage data that the reported class files do not account for, which JaCoCo's analysis would
 * silently count as missed: a class that JVMs ran under a reported name but with other bytes
 * (rebuilt after the tests ran, or shaded), and classes that ran under a name that ends with a
 * reported class's name (relocated copies, such as {@code shaded/app/Engine} of {@code app/Engine}).
 * Only data with hits counts: a class loaded and never run has no coverage to lose.
 */
public final class UnmatchedData {

    private final List<ExecutionData> otherBytes;
    private final Map<String, String> relocated;

    private UnmatchedData(List<ExecutionData> otherBytes, Map<String, String> relocated) {
        this.otherBytes = otherBytes;
        this.relocated = relocated;
    }

    /** What of {@code merged} matches no class of {@code analysis} by id, by name order. */
    public static UnmatchedData find(BundleAnalysis analysis, ExecutionDataStore merged) {
        List<ExecutionData> otherBytes = new ArrayList<ExecutionData>();
        Map<String, String> relocated = new TreeMap<String, String>();
        for (ExecutionData data : merged.getContents()) {
            if (!data.hasHits() || analysis.classFile(data.getId()) != null) {
                continue;
            }
            if (analysis.classFile(data.getName()) != null) {
                otherBytes.add(data);
                continue;
            }
            String reported = reportedSuffix(analysis, data.getName());
            if (reported != null) {
                relocated.put(data.getName(), reported);
            }
        }
        otherBytes.sort((one, other) -> one.getName().compareTo(other.getName()));
        return new UnmatchedData(Collections.unmodifiableList(otherBytes), Collections.unmodifiableMap(relocated));
    }

    /** The longest end of {@code vmName}, after a {@code /}, that names a reported class; null if none does. */
    private static String reportedSuffix(BundleAnalysis analysis, String vmName) {
        for (int slash = vmName.indexOf('/'); slash >= 0; slash = vmName.indexOf('/', slash + 1)) {
            String suffix = vmName.substring(slash + 1);
            if (analysis.classFile(suffix) != null) {
                return suffix;
            }
        }
        return null;
    }

    /** Data of reported class names whose class ids match none of the reported class files. */
    public List<ExecutionData> otherBytes() {
        return otherBytes;
    }

    /** Per VM name that ran, the reported class whose name it ends with. */
    public Map<String, String> relocated() {
        return relocated;
    }
}
