package io.github.subcov.report.combine;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.launch.SecretMask;
import io.github.subcov.report.exec.ConflictResolution;
import io.github.subcov.report.exec.ProbeMerger;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.internal.ParallelWork;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Reads every process's files from the data directories and merges their coverage. One bad file
 * costs a warning and its own data, never the others'.
 */
public final class ExecCombiner {

    static final String MISSING_DIRECTORY = "data directory %s does not exist";
    static final String SALVAGED = "%s: %s";
    static final String UNREADABLE_EXEC = "%s: %s; skipped";
    static final String NEWER_FORMAT = "%d manifests are written in a data format newer than the version %d this"
            + " subcov reads (the first: %s): their coverage counts, but fields this subcov does not know are left"
            + " out; use the subcov version that wrote them, or a newer one, for the report";
    static final String UNREADABLE_MANIFEST = "%s: unreadable manifest (%s); the process is shown without details";

    /**
     * Start time first, so the process list reads like the build ran; the id breaks ties. No
     * lambdas on this path: a fresh JVM spends tens of milliseconds setting up its first ones.
     */
    private static final Comparator<ProcessRecord> BY_START = new Comparator<ProcessRecord>() {
        @Override
        public int compare(ProcessRecord one, ProcessRecord other) {
            int byStart = Long.compare(one.startMillisOrMax(), other.startMillisOrMax());
            return byStart != 0 ? byStart : one.id().compareTo(other.id());
        }
    };

    private ExecCombiner() {
    }

    /**
     * Reads every process found in {@code dataDirectories} (a directory named twice counts once)
     * and merges their coverage. Problems become warnings of the result, never exceptions.
     */
    public static CombinedData combine(List<File> dataDirectories) {
        return combine(dataDirectories, SecretMask.byDefault());
    }

    /** As {@link #combine(List)}, with the secrets in the manifests masked by {@code mask}. */
    public static CombinedData combine(List<File> dataDirectories, final SecretMask mask) {
        List<String> warnings = new ArrayList<String>();
        List<File> stepRecords = new ArrayList<File>();
        final List<ProcessLocation> found = scan(dataDirectories, stepRecords, warnings);
        final BuildSteps steps = BuildSteps.read(stepRecords, warnings);
        final ProcessRecord[] read = new ProcessRecord[found.size()];
        // reading is file I/O plus parsing; with hundreds of processes it pays to overlap them
        List<ProcessReader> readers = ParallelWork.run(found.size(), new ParallelWork.Workers<ProcessReader>() {
            @Override
            public ProcessReader create() {
                return new ProcessReader(found, read, mask, steps);
            }
        });
        List<ProcessRecord> records = new ArrayList<ProcessRecord>(Arrays.asList(read));
        records.sort(BY_START);
        ProbeMerger merger = readers.get(0).merger();
        for (ProcessReader other : readers.subList(1, readers.size())) {
            merger.addAll(other.merger());
        }
        ConflictResolution resolution = ConflictResolution.resolve(filesWithRecords(records), merger.conflicting());
        ExecutionDataStore merged = merger.store(merger.conflicting());
        for (ExecutionData resolved : resolution.merged().getContents()) {
            merged.put(resolved);
        }
        List<ProcessRecord> covered = new ArrayList<ProcessRecord>();
        List<ProcessRecord> skipped = new ArrayList<ProcessRecord>();
        List<File> newerFormat = new ArrayList<File>();
        for (int i = 0; i < records.size(); i++) {
            warnAboutFiles(records.get(i), warnings);
            if (records.get(i).manifest() != null && records.get(i).manifest().isNewerFormat()) {
                newerFormat.add(records.get(i).manifestFile());
            }
            warnings.addAll(resolution.leftOut(records.get(i).execFile()));
            (records.get(i).isSkipped() ? skipped : covered).add(records.get(i));
        }
        if (!newerFormat.isEmpty()) {
            warnings.add(String.format(NEWER_FORMAT, newerFormat.size(), DataFormat.VERSION, newerFormat.get(0)));
        }
        return new CombinedData(Collections.unmodifiableList(covered), Collections.unmodifiableList(skipped), merged,
                merger.sessions(), Collections.unmodifiableList(warnings));
    }

    /** In the processes' order, the {@code .exec} files that had records: those that may conflict. */
    private static List<File> filesWithRecords(List<ProcessRecord> records) {
        List<File> files = new ArrayList<File>();
        for (ProcessRecord record : records) {
            if (record.readStatus().hasRecords()) {
                files.add(record.execFile());
            }
        }
        return files;
    }

    /**
     * The processes in each directory and in the directories under it (a CI job that gathered the
     * data directories of its shards names the directory it put them in); their build step records
     * go to {@code stepRecords}.
     */
    private static List<ProcessLocation> scan(List<File> dataDirectories, List<File> stepRecords,
            List<String> warnings) {
        List<ProcessLocation> found = new ArrayList<ProcessLocation>();
        Set<File> scanned = new LinkedHashSet<File>();
        for (File directory : distinct(dataDirectories)) {
            if (!directory.isDirectory()) {
                warnings.add(String.format(MISSING_DIRECTORY, directory));
                continue;
            }
            scan(directory, scanned, found, stepRecords);
        }
        return found;
    }

    private static void scan(File directory, Set<File> scanned, List<ProcessLocation> found, List<File> stepRecords) {
        String[] names = directory.list();
        if (names == null || !scanned.add(canonical(directory))) {
            return;
        }
        Arrays.sort(names);
        Map<String, ProcessLocation> byId = new TreeMap<String, ProcessLocation>();
        ProjectRoot root = null;
        List<File> below = new ArrayList<File>();
        for (String name : names) {
            // any entry counts, so that one that cannot be read as a file is reported, not ignored
            String id = DataFormat.processId(name);
            if (id != null && !byId.containsKey(id)) {
                root = root == null ? ProjectRoot.of(directory) : root;
                byId.put(id, new ProcessLocation(directory, id, root));
            } else if (name.endsWith(DataFormat.BUILD_STEP_SUFFIX)) {
                stepRecords.add(new File(directory, name));
            } else if (id == null && new File(directory, name).isDirectory()) {
                below.add(new File(directory, name));
            }
        }
        found.addAll(byId.values());
        for (File subdirectory : below) {
            scan(subdirectory, scanned, found, stepRecords);
        }
    }

    /** The same directory named twice must not count its processes twice. */
    private static Set<File> distinct(List<File> directories) {
        Set<File> distinct = new LinkedHashSet<File>();
        for (File directory : directories) {
            distinct.add(canonical(directory));
        }
        return distinct;
    }

    /** One name per directory, also where links lead back up the tree. */
    private static File canonical(File directory) {
        try {
            return directory.getCanonicalFile();
        } catch (IOException e) {
            return directory.getAbsoluteFile();
        }
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

    /** Where a process's files are, {@code <directory>/<id>.exec} and {@code .json}, and the root of the build that wrote them. */
    static final class ProcessLocation {
        final File directory;
        final String id;
        final ProjectRoot root;

        ProcessLocation(File directory, String id, ProjectRoot root) {
            this.directory = directory;
            this.id = id;
            this.root = root;
        }
    }
}
