package io.github.subcov.report.render;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.exec.SalvagedExec;
import io.github.subcov.report.processes.ProcessCoverage;
import io.github.subcov.report.processes.ProcessName;
import io.github.subcov.report.processes.ProcessTree;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page beside JaCoCo's {@code index.html} that says which process covered what: the tree of
 * processes, each named by what it runs and linked to its own page ({@link ProcessDetailPage}), how
 * each ended, and what each covered that no other process did.
 */
final class ProcessPage {

    static final String FILE_NAME = "processes.html";

    private static final String SESSIONS_LINK = "<a href=\"jacoco-sessions.html\" class=\"el_session\">Sessions</a>";
    private static final String PROCESSES_LINK = "<a href=\"" + FILE_NAME + "\" class=\"el_session\">Processes</a>";

    static final String STYLE = "td.command,pre.command{font-family:monospace;white-space:pre-wrap;word-break:break-all}"
            + "td.process{white-space:nowrap}td.child:before{content:'\\2514\\00a0'}"
            + "span.id{font-size:80%;color:#777;margin-left:0.6em}";

    private final StringBuilder html = new StringBuilder(16 * 1024);

    private ProcessPage() {
    }

    static void write(File directory, String title, CombinedData data, ReportSummary summary) throws IOException {
        ProcessPage page = new ProcessPage();
        page.head(title);
        page.line("<p>", summary.consoleLine(), "</p>");
        page.processTable(summary.processes());
        page.silentProcesses(summary.processesWithoutData());
        page.skippedProcesses(summary.skippedProcesses());
        page.warnings(allWarnings(data, summary));
        page.html.append("</body>\n</html>\n");
        Files.write(new File(directory, FILE_NAME).toPath(), page.html.toString().getBytes(StandardCharsets.UTF_8));
        ProcessDetailPage.writeAll(directory, title, summary.processes());
    }

    /**
     * Adds a link to this page beside the Sessions link of JaCoCo's {@code index.html}. Should a
     * JaCoCo release word that link differently, the index stays as JaCoCo wrote it.
     */
    static void linkFromIndex(File directory) throws IOException {
        File index = new File(directory, CoverageReport.HTML_INDEX);
        String html = new String(Files.readAllBytes(index.toPath()), StandardCharsets.UTF_8);
        int link = html.indexOf(SESSIONS_LINK);
        if (link >= 0) {
            String linked = html.substring(0, link) + PROCESSES_LINK + html.substring(link);
            Files.write(index.toPath(), linked.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void head(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n");
        line("<title>Processes \u2014 ", title, "</title>");
        // JaCoCo's style sheet, written beside this page by the HTML report
        html.append("<link rel=\"stylesheet\" href=\"jacoco-resources/report.css\" type=\"text/css\">\n");
        html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<div class=\"breadcrumb\"><span class=\"info\">").append(SESSIONS_LINK).append("</span>")
                .append("<a href=\"index.html\" class=\"el_report\">").append(escape(title))
                .append("</a> &gt; <span class=\"el_session\">Processes</span></div>\n");
        html.append("<h1>Processes</h1>\n");
    }

    private void processTable(List<ProcessCoverage> processes) {
        html.append("<table class=\"coverage\" cellspacing=\"0\">\n<thead><tr><td>Process</td><td>PID</td>"
                + "<td>Ended</td><td>Ran for</td><td>Data</td><td>Lines covered</td><td>Lines only it covered</td>"
                + "</tr></thead>\n<tbody>\n");
        for (ProcessTree.Node node : ProcessTree.depthFirst(processes)) {
            ProcessRecord process = node.process().process();
            String indent = String.format(Locale.ROOT, "%.1fem", 0.4 + 1.5 * node.depth());
            html.append("<tr><td class=\"process").append(node.depth() > 0 ? " child" : "")
                    .append("\" style=\"padding-left:").append(indent).append("\">");
            html.append(ProcessDetailPage.link(process, "")).append("<span class=\"id\">")
                    .append(escape(process.id())).append("</span></td>");
            cell(process.pid() == null ? "" : process.pid().toString());
            cell(process.ending().description());
            cell(ProcessDetailPage.ranFor(process));
            cell(dataDescription(process));
            cell(Integer.toString(node.process().linesCovered()));
            cell(Integer.toString(node.process().uniqueLinesCovered()));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void silentProcesses(List<ProcessRecord> silent) {
        if (silent.isEmpty()) {
            return;
        }
        html.append("<h2>Processes that recorded nothing</h2>\n<table class=\"coverage\" cellspacing=\"0\">\n"
                + "<thead><tr><td>Process</td><td>Likely reason</td><td>Command</td></tr></thead>\n<tbody>\n");
        for (ProcessRecord process : silent) {
            html.append("<tr>");
            cell(process.id());
            cell(process.noDataReason());
            commandCell(process);
        }
        html.append("</tbody>\n</table>\n");
    }

    private void skippedProcesses(List<ProcessRecord> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        html.append("<h2>JVMs skipped by a process filter</h2>\n<table class=\"coverage\" cellspacing=\"0\">\n"
                + "<thead><tr><td>Process</td><td>Parent</td><td>Skipped by</td><td>Main</td><td>Command</td></tr>"
                + "</thead>\n<tbody>\n");
        for (ProcessRecord process : skipped) {
            html.append("<tr>");
            cell(process.id());
            cell(String.valueOf(process.parentId()));
            cell(process.manifest().skippedBy());
            cell(String.valueOf(process.manifest().main()));
            commandCell(process);
        }
        html.append("</tbody>\n</table>\n");
    }

    private void warnings(List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        html.append("<h2>Warnings</h2>\n<ul>\n");
        for (String warning : warnings) {
            line("<li>", warning, "</li>");
        }
        html.append("</ul>\n");
    }

    private static List<String> allWarnings(CombinedData data, ReportSummary summary) {
        List<String> all = new ArrayList<String>(data.warnings());
        all.addAll(summary.warnings());
        for (ProcessRecord process : data.processes()) {
            if (process.manifest() != null) {
                for (String warning : process.manifest().warnings()) {
                    all.add(process.id() + ": " + warning);
                }
            }
        }
        return all;
    }

    static String dataDescription(ProcessRecord process) {
        SalvagedExec exec = process.exec();
        switch (exec.status()) {
            case MISSING:
                return "none";
            case COMPLETE:
                return size(exec.size());
            default:
                return size(exec.size()) + ", " + exec.status().name().toLowerCase(Locale.ROOT);
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** The command without subcov's options, which read the same in every process. */
    private void commandCell(ProcessRecord process) {
        html.append("<td class=\"command\">").append(escape(ProcessName.command(process.command())))
                .append("</td></tr>\n");
    }

    private void cell(String text) {
        html.append("<td>").append(escape(text)).append("</td>");
    }

    private void line(String open, String text, String close) {
        html.append(open).append(escape(text)).append(close).append('\n');
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
