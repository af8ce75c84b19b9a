package io.github.subcov.report.exec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfo;

/**
 * Merges the classes whose data disagreed once more, one file at a time in the processes' start
 * order: the first process's data wins, and every record that does not fit it is left out with a
 * warning, whichever thread read what. Only damaged or mixed-up data gets here, so reading those
 * files a second time costs nothing in a normal build.
 */
public final class ConflictResolution {

    static final String CONFLICT = "%s: data for class %s (id %016x) conflicts with another process's data "
            + "and was left out (%s)";

    private final ExecutionDataStore merged = new ExecutionDataStore();
    private final Map<File, List<String>> leftOut = new HashMap<File, List<String>>();

    private ConflictResolution() {
    }

    /**
     * Reads the records of {@code classIds} again from {@code execFiles}, the files that had
     * records, in the processes' start order.
     */
    public static ConflictResolution resolve(List<File> execFiles, Set<Long> classIds) {
        ConflictResolution resolution = new ConflictResolution();
        if (!classIds.isEmpty()) {
            for (File execFile : execFiles) {
                resolution.mergeAgain(execFile, classIds);
            }
        }
        return resolution;
    }

    /** The classes that had conflicting records, each as the first process's data and what fit it. */
    public ExecutionDataStore merged() {
        return merged;
    }

    /** One warning per record of {@code execFile} that was left out; none for a file not read again. */
    public List<String> leftOut(File execFile) {
        List<String> warnings = leftOut.get(execFile);
        return warnings == null ? Collections.<String>emptyList() : warnings;
    }

    private void mergeAgain(final File execFile, final Set<Long> classIds) {
        byte[] content;
        try {
            content = Files.readAllBytes(execFile.toPath());
        } catch (IOException e) {
            return;
        }
        try {
            new ExecFileParser(content, content.length).parse(new ExecFileParser.Visitor() {
                @Override
                public void visitSession(SessionInfo session) {
                }

                @Override
                public void visitClass(ExecFileParser.ClassRecord record) throws IOException {
                    if (classIds.contains(record.id())) {
                        merge(new ExecutionData(record.id(), record.name(), record.probes()), execFile);
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // where the file breaks off was reported when it was first read
        }
    }

    private void merge(ExecutionData data, File execFile) {
        try {
            // JaCoCo checks name and probe count before it changes anything
            merged.put(data);
        } catch (IllegalStateException conflict) {
            List<String> warnings = leftOut.get(execFile);
            if (warnings == null) {
                warnings = new ArrayList<String>();
                leftOut.put(execFile, warnings);
            }
            warnings.add(String.format(CONFLICT, execFile, data.getName(), data.getId(), conflict.getMessage()));
        }
    }
}
