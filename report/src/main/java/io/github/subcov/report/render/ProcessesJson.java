package io.github.subcov.report.render;

import com.google.gson.stream.JsonWriter;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessManifest;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.processes.ProcessCoverage;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@value #FILE_NAME}, the process view for machines, owned here: the names below are its fields,
 * {@code docs/processes-json.md} describes them. One object with {@value #FORMAT_VERSION},
 * {@value #PROCESS_VIEW} and {@value #PROCESSES}: every covered process in start order, then every
 * JVM a process filter skipped. It is written with or without the process view: what each process
 * covered is its only costly part, and without the view its counts are {@code null}.
 */
public final class ProcessesJson {

    /** Beside {@code subcov.xml}. */
    public static final String FILE_NAME = "processes.json";

    /**
     * This file's {@value #FORMAT_VERSION}. A new field keeps it; a field that changes meaning or
     * goes raises it.
     */
    public static final int VERSION = 1;

    /** A number: {@link #VERSION} of the writer. */
    public static final String FORMAT_VERSION = "formatVersion";
    /** A boolean: whether the report counted each process's lines ({@code subcov.processView}). */
    public static final String PROCESS_VIEW = "processView";
    /** An array of objects, one per process, of the fields below. */
    public static final String PROCESSES = "processes";

    /** A string: the process's id, as in the data directory. */
    public static final String ID = "id";
    /** A string: the id of the process that started it, {@code maven-<pid>} for Maven's JVM; null for a test JVM. */
    public static final String PARENT = "parent";
    /** A string: the main class, else the {@code -jar} jar's file name; null when unknown. */
    public static final String MAIN = "main";
    /** A string: the report's words for how the process ended; null for a skipped JVM. */
    public static final String ENDING = "ending";
    /** Numbers: milliseconds since the epoch; null where the manifest does not say. */
    public static final String START_MILLIS = "startMillis";
    public static final String END_MILLIS = "endMillis";
    /** A number: lines the process covered; null without the process view and for a skipped JVM. */
    public static final String LINES_COVERED = "linesCovered";
    /** A number: lines only this process covered; null where {@link #LINES_COVERED} is. */
    public static final String UNIQUE_LINES_COVERED = "uniqueLinesCovered";
    /**
     * A string: the build step (mojo execution) that started the process, as
     * {@code maven-surefire-plugin:test (default-test) @ app}; null where Maven's JVM recorded none,
     * and for a process that another JVM started.
     */
    public static final String BUILD_STEP = "buildStep";
    /** A string: the process filter's property that kept the JVM from being covered; null for a covered one. */
    public static final String SKIPPED_BY = "skippedBy";

    private ProcessesJson() {
    }

    /** Writes {@value #FILE_NAME} into {@code directory}: the summary's counts where it has the process view. */
    static void write(File directory, CombinedData data, ReportSummary summary) throws IOException {
        File file = new File(directory, FILE_NAME);
        try (Writer out = Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name(FORMAT_VERSION).value(VERSION);
            json.name(PROCESS_VIEW).value(summary.hasProcessView());
            json.name(PROCESSES).beginArray();
            List<ProcessRecord> processes = data.processes();
            for (int i = 0; i < processes.size(); i++) {
                ProcessCoverage coverage = summary.hasProcessView() ? summary.processes().get(i) : null;
                process(json, processes.get(i), coverage);
            }
            for (ProcessRecord skipped : data.skippedProcesses()) {
                process(json, skipped, null);
            }
            json.endArray();
            json.endObject();
        }
    }

    /** {@code coverage} is null where the lines were not counted. */
    private static void process(JsonWriter json, ProcessRecord process, ProcessCoverage coverage) throws IOException {
        ProcessManifest manifest = process.manifest();
        json.beginObject();
        json.name(ID).value(process.id());
        json.name(PARENT).value(process.parentId());
        json.name(MAIN).value(manifest == null ? null : manifest.main());
        json.name(ENDING).value(process.isSkipped() ? null : process.ending().description());
        json.name(START_MILLIS).value(manifest == null ? null : manifest.startMillis());
        json.name(END_MILLIS).value(manifest == null ? null : manifest.endMillis());
        json.name(LINES_COVERED).value(coverage == null ? null : (Number) coverage.linesCovered());
        json.name(UNIQUE_LINES_COVERED).value(coverage == null ? null : (Number) coverage.uniqueLinesCovered());
        json.name(BUILD_STEP).value(process.buildStep());
        json.name(SKIPPED_BY).value(manifest == null ? null : manifest.skippedBy());
        json.endObject();
    }
}
