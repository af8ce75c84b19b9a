package io.github.subcov.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
final class ConflictResolution {

    static final String CONFLICT = "%s: data for class %s (id %016x) conflicts with another process's data "
            + "and was left out (%s)";

    final ExecutionDataStore merged = new ExecutionDataStore();
    /** Per process, in the order given, the records left out. */
    final List<List<String>> warnings = new ArrayList<List<String>>();

    private ConflictResolution() {
    }

    static ConflictResolution resolve(List<ProcessRecord> processes, Set<Long> classIds) {
        ConflictResolution resolution = new ConflictResolution();
        for (ProcessRecord process : processes) {
            List<String> leftOut = new ArrayList<String>();
            if (!classIds.isEmpty() && hasRecords(process)) {
                resolution.mergeAgain(process, classIds, leftOut);
            }
            resolution.warnings.add(leftOut.isEmpty() ? Collections.<String>emptyList() : leftOut);
        }
        return resolution;
    }

    private static boolean hasRecords(ProcessRecord process) {
        return process.readStatus() == ReadStatus.COMPLETE || process.readStatus() == ReadStatus.SALVAGED;
    }

    private void mergeAgain(ProcessRecord process, Set<Long> classIds, List<String> leftOut) {
        byte[] content;
        try {
            content = Files.readAllBytes(process.execFile().toPath());
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
                        merge(new ExecutionData(record.id(), record.name(), record.probes()), process, leftOut);
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // where the file breaks off was reported when it was first read
        }
    }

    private void merge(ExecutionData data, ProcessRecord process, List<String> leftOut) {
        try {
            // JaCoCo checks name and probe count before it changes anything
            merged.put(data);
        } catch (IllegalStateException conflict) {
            leftOut.add(String.format(CONFLICT, process.execFile(), data.getName(), data.getId(),
                    conflict.getMessage()));
        }
    }
}
