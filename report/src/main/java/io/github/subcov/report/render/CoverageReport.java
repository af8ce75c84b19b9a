package io.github.subcov.report.render;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.ClassFiles;
import io.github.subcov.report.analysis.ClassFiles.ClassFile;
import io.github.subcov.report.analysis.ClassFiles.ClassFilter;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.internal.ParallelWork;
import io.github.subcov.report.processes.ProcessCoverage;
import io.github.subcov.report.processes.ProcessLines;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.ISourceFileLocator;
import org.jacoco.report.MultiSourceFileLocator;

/**
 * Writes the report of combined data: JaCoCo's HTML ({@code index.html}), XML
 * ({@value #XML_FILE}) and CSV ({@value #CSV_FILE}), the process view ({@value #PROCESS_PAGE},
 * linked from the index) and its machine-readable form ({@value #PROCESSES_JSON}, also without the
 * process view, then without line counts), all in one output directory. The JaCoCo formats
 * are written at the same time, each on its own thread: HTML takes most of the time.
 */
public final class CoverageReport {

    /** JaCoCo's HTML report's first page. */
    public static final String HTML_INDEX = "index.html";
    /** The report in JaCoCo's XML schema. */
    public static final String XML_FILE = "subcov.xml";
    /** The report in JaCoCo's CSV columns. */
    public static final String CSV_FILE = "subcov.csv";
    /** The process view. */
    public static final String PROCESS_PAGE = ProcessPage.FILE_NAME;
    /** The processes for machines: ids, parents, endings, lines covered. */
    public static final String PROCESSES_JSON = ProcessesJson.FILE_NAME;

    private static final int TAB_WIDTH = 4;

    private String title = "subcov";
    private List<File> classDirectories = Collections.emptyList();
    private List<File> sourceDirectories = Collections.emptyList();
    private String sourceEncoding = "UTF-8";
    private List<String> includes = Collections.emptyList();
    private List<String> excludes = Collections.emptyList();
    private boolean processView = true;

    /** The report's heading; the project name, usually. */
    public CoverageReport title(String title) {
        this.title = title;
        return this;
    }

    /** Directories of {@code .class} files to report on; a missing one is a warning. */
    public CoverageReport classDirectories(List<File> directories) {
        this.classDirectories = new ArrayList<File>(directories);
        return this;
    }

    /** Directories of source files, for the HTML source pages. */
    public CoverageReport sourceDirectories(List<File> directories) {
        this.sourceDirectories = new ArrayList<File>(directories);
        return this;
    }

    /** The source files' encoding; UTF-8 unless set. */
    public CoverageReport sourceEncoding(String encoding) {
        this.sourceEncoding = encoding;
        return this;
    }

    /** Class name patterns in JaCoCo's agent syntax ({@code com.example.*}); none means all classes. */
    public CoverageReport includes(List<String> patterns) {
        this.includes = new ArrayList<String>(patterns);
        return this;
    }

    /** Class name patterns in JaCoCo's agent syntax to leave out of the report. */
    public CoverageReport excludes(List<String> patterns) {
        this.excludes = new ArrayList<String>(patterns);
        return this;
    }

    /**
     * Whether to work out which process covered what: the {@value #PROCESS_PAGE} page, the line
     * counts in {@value #PROCESSES_JSON} and the test JVMs' own share in the summary. It analyses
     * every distinct set of probes of every process again, which with hundreds of processes costs
     * more than the rest of the report. On unless turned off.
     */
    public CoverageReport processView(boolean processView) {
        this.processView = processView;
        return this;
    }

    /** Writes every file of the report into {@code outputDirectory}, creating it. */
    public ReportSummary write(CombinedData data, File outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory.toPath());
        List<String> warnings = new ArrayList<String>();
        List<ClassFile> classes = ClassFiles.read(classDirectories, new ClassFilter(includes, excludes), warnings);
        BundleAnalysis analysis = BundleAnalysis.analyse(classes, data.executionData(), warnings);
        IBundleCoverage bundle = analysis.bundle(title);
        writeJacocoFormats(data, bundle, outputDirectory);
        if (!processView) {
            ICounter lines = bundle.getLineCounter();
            ReportSummary summary = ReportSummary.withoutProcessView(lines.getCoveredCount(), lines.getMissedCount(),
                    data.processes().size(), rootCount(data), data.processesWithoutData(), data.skippedProcesses(),
                    Collections.unmodifiableList(warnings));
            ProcessesJson.write(outputDirectory, data, summary);
            return summary;
        }
        ReportSummary summary = summarise(data, analysis, bundle.getLineCounter(), warnings);
        ProcessPage.write(outputDirectory, title, data, summary);
        ProcessPage.linkFromIndex(outputDirectory);
        ProcessesJson.write(outputDirectory, data, summary);
        return summary;
    }

    private void writeJacocoFormats(final CombinedData data, final IBundleCoverage bundle, File outputDirectory)
            throws IOException {
        List<Closeable> opened = new ArrayList<Closeable>();
        Throwable failure = null;
        try {
            final List<IReportVisitor> visitors = new ArrayList<IReportVisitor>();
            for (ReportFormat format : ReportFormat.values()) {
                visitors.add(format.createVisitor(outputDirectory, opened));
            }
            final ISourceFileLocator sources = sourceLocator();
            ParallelWork.run(visitors.size(), new ParallelWork.Workers<ParallelWork.Worker>() {
                @Override
                public ParallelWork.Worker create() {
                    return new ParallelWork.Worker() {
                        @Override
                        public void process(int item) {
                            write(visitors.get(item), data, bundle, sources);
                        }
                    };
                }
            });
        } catch (UncheckedIOException wrapped) {
            failure = wrapped.getCause();
            throw wrapped.getCause();
        } catch (IOException | RuntimeException | Error thrown) {
            failure = thrown;
            throw thrown;
        } finally {
            closeAll(opened, failure);
        }
    }

    /**
     * Closes every output, also after a failure and when one of them fails to close: HTML's
     * writer thread must end either way. Throws only when nothing failed before; otherwise what
     * failed in closing is added to {@code failure} as suppressed.
     */
    private static void closeAll(List<Closeable> opened, Throwable failure) throws IOException {
        IOException first = null;
        for (Closeable closeable : opened) {
            try {
                closeable.close();
            } catch (IOException e) {
                Throwable primary = failure != null ? failure : first;
                if (primary == null) {
                    first = e;
                } else if (primary != e) {
                    // HTML's output throws a failure again that its visitor's end threw first
                    primary.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** One format; the formats only read the bundle, so they can be written side by side. */
    private static void write(IReportVisitor format, CombinedData data, IBundleCoverage bundle,
            ISourceFileLocator sources) {
        try {
            format.visitInfo(data.sessionInfos().getInfos(), data.executionData().getContents());
            format.visitBundle(bundle, sources);
            format.visitEnd();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static int rootCount(CombinedData data) {
        int roots = 0;
        for (ProcessRecord process : data.processes()) {
            if (process.isRoot()) {
                roots++;
            }
        }
        return roots;
    }

    private ISourceFileLocator sourceLocator() {
        MultiSourceFileLocator locator = new MultiSourceFileLocator(TAB_WIDTH);
        for (File directory : sourceDirectories) {
            locator.add(new DirectorySourceFileLocator(directory, sourceEncoding, TAB_WIDTH));
        }
        return locator;
    }

    private static ReportSummary summarise(CombinedData data, BundleAnalysis analysis, ICounter lines,
            List<String> warnings) {
        ProcessLines processLines = new ProcessLines(analysis, data.executionData());
        List<ProcessRecord> processes = data.processes();
        // one analysis per process: with hundreds of processes this is the report's main cost
        List<Map<String, int[]>> byClass = processes.parallelStream()
                .map(process -> processLines.coveredByClass(process.executionData()))
                .collect(Collectors.toList());
        List<int[]> covered = new ArrayList<int[]>();
        for (Map<String, int[]> classes : byClass) {
            covered.add(ProcessLines.union(classes.values()));
        }
        int[] coverers = ProcessLines.coverers(covered);
        List<ProcessCoverage> coverage = new ArrayList<ProcessCoverage>();
        List<int[]> coveredByRoots = new ArrayList<int[]>();
        for (int i = 0; i < processes.size(); i++) {
            List<ProcessCoverage.ClassLines> classes = new ArrayList<ProcessCoverage.ClassLines>();
            for (Map.Entry<String, int[]> ofClass : byClass.get(i).entrySet()) {
                classes.add(new ProcessCoverage.ClassLines(ofClass.getKey(), ofClass.getValue().length,
                        ProcessLines.uniqueCount(ofClass.getValue(), coverers)));
            }
            coverage.add(new ProcessCoverage(processes.get(i), covered.get(i).length,
                    ProcessLines.uniqueCount(covered.get(i), coverers), classes));
            if (processes.get(i).isRoot()) {
                coveredByRoots.add(covered.get(i));
            }
        }
        return new ReportSummary(lines.getCoveredCount(), lines.getMissedCount(),
                ProcessLines.unionSize(coveredByRoots), coveredByRoots.size(),
                Collections.unmodifiableList(coverage), data.processesWithoutData(), data.skippedProcesses(),
                Collections.unmodifiableList(warnings));
    }
}
