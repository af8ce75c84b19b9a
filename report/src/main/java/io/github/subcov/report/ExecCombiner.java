package io.github.subcov.report;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;

/**
 * Reads every process's files from the data directories and merges their coverage. One bad file
 * costs a warning and its own data, never the others'.
 */
public final class ExecCombiner {

    static final String EXEC_SUFFIX = ".exec";
    static final String MANIFEST_SUFFIX = ".json";

    static final String MISSING_DIRECTORY = "data directory %s does not exist";
    static final String SALVAGED = "%s: %s";
    static final String UNREADABLE_EXEC = "%s: %s; skipped";
    static final String UNREADABLE_MANIFEST = "%s: unreadable manifest (%s); the process is shown without details";
    static final String CONFLICT = "%s: data for class %s (id %016x) conflicts with another process's data "
            + "and was left out (%s)";

    /** Start time first, so the process list reads like the build ran; the id breaks ties. */
    private static final Comparator<ProcessRecord> BY_START =
            Comparator.comparingLong(ProcessRecord::startMillisOrMax).thenComparing(ProcessRecord::id);

    private ExecCombiner() {
    }

    public static CombinedData combine(List<File> dataDirectories) {
        List<String> warnings = new ArrayList<String>();
        List<ProcessFiles> found = scan(dataDirectories, warnings);
        // reading is file I/O plus parsing; with hundreds of processes it pays to overlap them
        List<ProcessRecord> records = found.parallelStream().map(ProcessFiles::read)
                .collect(Collectors.toCollection(ArrayList::new));
        records.sort(BY_START);
        ExecutionDataStore merged = new ExecutionDataStore();
        SessionInfoStore sessions = new SessionInfoStore();
        for (ProcessRecord record : records) {
            warnAboutFiles(record, warnings);
            record.exec().sessionInfos().accept(sessions);
            merge(record, merged, warnings);
        }
        return new CombinedData(Collections.unmodifiableList(records), merged, sessions,
                Collections.unmodifiableList(warnings));
    }

    private static List<ProcessFiles> scan(List<File> dataDirectories, List<String> warnings) {
        List<ProcessFiles> found = new ArrayList<ProcessFiles>();
        for (File directory : distinct(dataDirectories)) {
            File[] files = directory.listFiles();
            if (files == null) {
                warnings.add(String.format(MISSING_DIRECTORY, directory));
                continue;
            }
            Map<String, ProcessFiles> byId = new TreeMap<String, ProcessFiles>();
            for (File file : files) {
                String id = processId(file);
                if (id != null && !byId.containsKey(id)) {
                    byId.put(id, new ProcessFiles(directory, id));
                }
            }
            found.addAll(byId.values());
        }
        return found;
    }

    /** The same directory named twice must not count its processes twice. */
    private static Set<File> distinct(List<File> directories) {
        Set<File> distinct = new LinkedHashSet<File>();
        for (File directory : directories) {
            try {
                distinct.add(directory.getCanonicalFile());
            } catch (IOException e) {
                distinct.add(directory.getAbsoluteFile());
            }
        }
        return distinct;
    }

    /** {@code <id>.exec} or {@code <id>.json}; anything else, such as a half-written {@code .tmp}, is not ours. */
    private static String processId(File file) {
        String name = file.getName();
        for (String suffix : new String[] {EXEC_SUFFIX, MANIFEST_SUFFIX}) {
            // any entry counts, so that one that cannot be read as a file is reported, not ignored
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static void warnAboutFiles(ProcessRecord record, List<String> warnings) {
        if (record.manifestProblem() != null) {
            warnings.add(String.format(UNREADABLE_MANIFEST, record.manifestFile(), record.manifestProblem()));
        }
        if (record.readStatus() == ReadStatus.SALVAGED) {
            warnings.add(String.format(SALVAGED, record.execFile(), record.exec().problem()));
        } else if (record.readStatus() == ReadStatus.UNREADABLE) {
            warnings.add(String.format(UNREADABLE_EXEC, record.execFile(), record.exec().problem()));
        }
    }

    private static void merge(ProcessRecord record, ExecutionDataStore merged, List<String> warnings) {
        for (ExecutionData data : record.executionData().getContents()) {
            try {
                // a copy: the store keeps the first instance it is given and merges into it later,
                // which would change this process's own data behind its back
                merged.put(new ExecutionData(data.getId(), data.getName(), data.getProbes().clone()));
            } catch (IllegalStateException conflict) {
                warnings.add(String.format(CONFLICT, record.execFile(), data.getName(), data.getId(),
                        conflict.getMessage()));
            }
        }
    }

    /** The two files of one process; either may be missing. */
    private static final class ProcessFiles {
        private final String id;
        private final File execFile;
        private final File manifestFile;

        ProcessFiles(File directory, String id) {
            this.id = id;
            this.execFile = new File(directory, id + EXEC_SUFFIX);
            this.manifestFile = new File(directory, id + MANIFEST_SUFFIX);
        }

        ProcessRecord read() {
            SalvagedExec exec = ExecSalvager.read(execFile);
            ProcessManifest manifest = null;
            String problem = null;
            if (manifestFile.isFile()) {
                try {
                    manifest = ProcessManifest.read(manifestFile);
                } catch (IOException | RuntimeException e) {
                    problem = e.getMessage() == null ? e.toString() : e.getMessage();
                }
            }
            return new ProcessRecord(id, execFile, exec, manifestFile, manifest, problem);
        }
    }
}
