package io.github.subcov.report.render;

import static io.github.subcov.report.render.ProcessPage.escape;

import io.github.subcov.report.combine.ProcessManifest;
import io.github.subcov.report.combine.ProcessManifest.Ending;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.processes.ProcessCoverage;
import io.github.subcov.report.processes.ProcessName;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One process's own page, {@value #DIRECTORY}{@code /<id>.html}: what it runs, its command one
 * click away, who started it and whom it started, how it ended and how long it ran, its data,
 * and the classes it covered with the lines only it covered.
 */
final class ProcessDetailPage {

    /** Beside {@code processes.html}: one page per process. */
    static final String DIRECTORY = "processes";

    /** Longer names are cut in links: a test JVM's arguments are Surefire's temporary files. */
    static final int LINK_LENGTH = 100;

    static final String STILL_RUNNING = "unknown: killed or still running";
    static final String AT_LEAST = "at least %s (its last checkpoint), then killed or still running";

    private final StringBuilder html = new StringBuilder(8 * 1024);

    private ProcessDetailPage() {
    }

    /** A page for each process, in {@value #DIRECTORY} of the report's directory. */
    static void writeAll(File directory, String title, List<ProcessCoverage> processes) throws IOException {
        File pages = new File(directory, DIRECTORY);
        Files.createDirectories(pages.toPath());
        Map<String, ProcessRecord> byId = new HashMap<String, ProcessRecord>();
        Map<String, List<ProcessRecord>> children = new HashMap<String, List<ProcessRecord>>();
        for (ProcessCoverage process : processes) {
            byId.put(process.process().id(), process.process());
        }
        for (ProcessCoverage process : processes) {
            String parent = process.process().parentId();
            if (parent != null && byId.containsKey(parent)) {
                children.computeIfAbsent(parent, id -> new ArrayList<ProcessRecord>()).add(process.process());
            }
        }
        for (ProcessCoverage process : processes) {
            ProcessDetailPage page = new ProcessDetailPage();
            String id = process.process().id();
            page.write(title, process, byId.get(process.process().parentId()),
                    children.getOrDefault(id, new ArrayList<ProcessRecord>()));
            Files.write(new File(pages, fileName(id)).toPath(), page.html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A link to the process's page from a page {@code prefix} away from it ({@code ""} or {@code "../"}). */
    static String link(ProcessRecord process, String prefix) {
        String command = ProcessName.command(process.command());
        String where = prefix.isEmpty() ? DIRECTORY + "/" : "";
        String name = ProcessName.of(process.command());
        String shown = name.length() <= LINK_LENGTH ? name : name.substring(0, LINK_LENGTH - 1) + "\u2026";
        return "<a href=\"" + escape(where + fileName(process.id())) + "\" title=\"" + escape(command) + "\">"
                + escape(shown) + "</a>";
    }

    /** The id as a file name: the interceptor's ids are, but one from a hand-made file may not be. */
    static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }

    /** How long the process ran: end minus start, or what is known where it did not end. */
    static String ranFor(ProcessRecord process) {
        ProcessManifest manifest = process.manifest();
        if (manifest == null || manifest.startMillis() == null) {
            return "unknown";
        }
        if (manifest.endMillis() != null) {
            return duration(manifest.endMillis() - manifest.startMillis());
        }
        if (process.ending() == Ending.RUNNING && manifest.lastCheckpointMillis() != null) {
            return String.format(Locale.ROOT, AT_LEAST,
                    duration(manifest.lastCheckpointMillis() - manifest.startMillis()));
        }
        return process.ending() == Ending.RUNNING ? STILL_RUNNING : "unknown";
    }

    static String duration(long millis) {
        if (millis < 1000) {
            return Math.max(millis, 0) + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %d s", millis / 60_000, millis % 60_000 / 1000);
    }

    private void write(String title, ProcessCoverage coverage, ProcessRecord parent, List<ProcessRecord> children) {
        ProcessRecord process = coverage.process();
        String name = ProcessName.of(process.command());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n");
        html.append("<title>").append(escape(name)).append(" \u2014 ").append(escape(title)).append("</title>\n");
        html.append("<link rel=\"stylesheet\" href=\"../jacoco-resources/report.css\" type=\"text/css\">\n");
        html.append("<style>").append(ProcessPage.STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<div class=\"breadcrumb\"><a href=\"../index.html\" class=\"el_report\">").append(escape(title))
                .append("</a> &gt; <a href=\"../").append(ProcessPage.FILE_NAME)
                .append("\" class=\"el_session\">Processes</a> &gt; <span class=\"el_session\">")
                .append(escape(name)).append("</span></div>\n");
        html.append("<h1>").append(escape(name)).append("<span class=\"id\">").append(escape(process.id()))
                .append("</span></h1>\n");
        html.append("<details><summary>Command</summary><pre class=\"command\">")
                .append(escape(ProcessName.command(process.command()))).append("</pre></details>\n");
        facts(coverage, parent, children);
        classes(coverage);
        warnings(process);
        html.append("</body>\n</html>\n");
    }

    private void facts(ProcessCoverage coverage, ProcessRecord parent, List<ProcessRecord> children) {
        ProcessRecord process = coverage.process();
        ProcessManifest manifest = process.manifest();
        html.append("<table class=\"coverage\" cellspacing=\"0\">\n<tbody>\n");
        row("PID", process.pid() == null ? "unknown" : process.pid().toString());
        html.append("<tr><td>Started by</td><td>");
        if (parent != null) {
            html.append(link(parent, "../"));
        } else {
            html.append(escape(process.parentId() == null ? "the build: a test JVM" : process.parentId()));
        }
        html.append("</td></tr>\n");
        if (process.buildStep() != null) {
            row("Build step", process.buildStep());
        }
        html.append("<tr><td>Children</td><td>");
        if (children.isEmpty()) {
            html.append("no covered process");
        }
        for (int i = 0; i < children.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(link(children.get(i), "../"));
        }
        html.append("</td></tr>\n");
        row("Started at", manifest == null || manifest.startMillis() == null ? "unknown"
                : Instant.ofEpochMilli(manifest.startMillis()).toString());
        row("Ended", process.ending().description());
        row("Ran for", ranFor(process));
        row("Data", ProcessPage.dataDescription(process) + " (" + process.execFile().getName() + ")");
        if (!process.hasData()) {
            row("Recorded nothing", process.noDataReason());
        }
        row("Lines covered", Integer.toString(coverage.linesCovered()));
        row("Lines only it covered", Integer.toString(coverage.uniqueLinesCovered()));
        if (manifest != null) {
            row("Working directory", String.valueOf(manifest.workingDirectory()));
            row("Java", String.valueOf(manifest.javaVersion()));
        }
        html.append("</tbody>\n</table>\n");
    }

    private void classes(ProcessCoverage coverage) {
        if (coverage.classes().isEmpty()) {
            return;
        }
        html.append("<h2>Classes it covered</h2>\n<table class=\"coverage\" cellspacing=\"0\">\n<thead><tr>"
                + "<td>Class</td><td>Lines covered</td><td>Lines only it covered</td></tr></thead>\n<tbody>\n");
        for (ProcessCoverage.ClassLines lines : coverage.classes()) {
            html.append("<tr><td>").append(escape(lines.name().replace('/', '.'))).append("</td><td>")
                    .append(lines.linesCovered()).append("</td><td>").append(lines.uniqueLinesCovered())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void warnings(ProcessRecord process) {
        if (process.manifest() == null || process.manifest().warnings().isEmpty()) {
            return;
        }
        html.append("<h2>Warnings</h2>\n<ul>\n");
        for (String warning : process.manifest().warnings()) {
            html.append("<li>").append(escape(warning)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void row(String name, String value) {
        html.append("<tr><td>").append(escape(name)).append("</td><td>").append(escape(value)).append("</td></tr>\n");
    }
}
