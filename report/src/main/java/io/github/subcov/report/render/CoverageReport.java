package io.github.subcov.report.render;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.ClassFiles;
import io.github.subcov.report.analysis.ClassFiles.ClassFile;
import io.github.subcov.report.analysis.ClassFiles.ClassFilter;
import io.github.subcov.report.analysis.ModuleBundle;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportGroupVisitor;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.ISourceFileLocator;
import org.jacoco.report.MultiSourceFileLocator;

/**
 * Writes the report of combined data: JaCoCo's HTML ({@code index.html}), XML
 * ({@value #XML_FILE}) and CSV ({@value #CSV_FILE}), the process view ({@value #PROCESS_PAGE},
 * linked from the index) and its machine-readable form ({@value #PROCESSES_JSON}, also without the
 * process view, then without line counts), all in one output directory. The JaCoCo formats
 * are written at the same time, each on its own thread, and the process view's analyses take the
 * threads the formats leave free: JaCoCo's HTML keeps one thread busy for most of the time.
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
    /** The classes of a report of one module, named by its title. */
    private final Module unnamed = new Module("", Collections.<File>emptyList(), Collections.<File>emptyList());
    /** The modules of a report of several, each a bundle under the title. */
    private final List<Module> modules = new ArrayList<Module>();
    private String sourceEncoding = "UTF-8";
    private List<String> includes = Collections.emptyList();
    private List<String> excludes = Collections.emptyList();
    private boolean processView = true;

    /** The report's heading; the project name, usually. */
    public CoverageReport title(String title) {
        this.title = title;
        return this;
    }

    /** Directories of {@code .class} files to report on, of a report of one module; a missing one is a warning. */
    public CoverageReport classDirectories(List<File> directories) {
        unnamed.classDirectories = new ArrayList<File>(directories);
        return this;
    }

    /** Directories of source files, for the HTML source pages, of a report of one module. */
    public CoverageReport sourceDirectories(List<File> directories) {
        unnamed.sourceDirectories = new ArrayList<File>(directories);
        return this;
    }

    /**
     * A module of a report of several: its name, its class directories (a missing one is a
     * warning) and its source directories. The report then shows one bundle per module, grouped
     * under the title, and the class and source directories of one module are not used.
     */
    public CoverageReport module(String name, List<File> classDirectories, List<File> sourceDirectories) {
        modules.add(new Module(name, classDirectories, sourceDirectories));
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
     * each class again for every distinct set of probes the processes left in it, on the threads
     * the HTML report leaves free. On unless turned off.
     */
    public CoverageReport processView(boolean processView) {
        this.processView = processView;
        return this;
    }

    /** Writes every file of the report into {@code outputDirectory}, creating it. */
    public ReportSummary write(CombinedData data, File outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory.toPath());
        List<String> warnings = new ArrayList<String>();
        List<Module> reported = modules.isEmpty() ? Collections.singletonList(unnamed) : modules;
        ClassFilter filter = new ClassFilter(includes, excludes);
        List<ClassFile> classes = new ArrayList<ClassFile>();
        for (Module module : reported) {
            classes.addAll(ClassFiles.read(module.name, module.classDirectories, filter, warnings));
        }
        BundleAnalysis analysis = BundleAnalysis.analyse(classes, data.executionData(), warnings);
        UnmatchedWarnings.add(analysis, data, warnings);
        List<ModuleBundle> bundles = analysis.bundles(title);
        ProcessLines processLines = processView ? new ProcessLines(analysis, data.executionData(), processData(data))
                : null;
        writeJacocoFormats(data, bundles, sourceLocators(reported), outputDirectory, processLines);
        int covered = 0;
        int missed = 0;
        for (ModuleBundle bundle : bundles) {
            covered += bundle.coverage().getLineCounter().getCoveredCount();
            missed += bundle.coverage().getLineCounter().getMissedCount();
        }
        if (!processView) {
            ReportSummary summary = ReportSummary.withoutProcessView(covered, missed,
                    data.processes().size(), rootCount(data), data.processesWithoutData(), data.skippedProcesses(),
                    Collections.unmodifiableList(warnings));
            ProcessesJson.write(outputDirectory, data, summary);
            return summary;
        }
        ReportSummary summary = summarise(data, processLines, covered, missed, warnings);
        ProcessPage.write(outputDirectory, title, data, summary);
        ProcessPage.linkFromIndex(outputDirectory);
        ProcessesJson.write(outputDirectory, data, summary);
        return summary;
    }

    /**
     * Writes the JaCoCo formats and, when there is a process view, analyses its classes
     * ({@code processLines}) on the same threads: items after the formats' are its classes.
     */
    private void writeJacocoFormats(final CombinedData data, final List<ModuleBundle> bundles,
            final Map<String, ISourceFileLocator> sources, File outputDirectory, final ProcessLines processLines)
            throws IOException {
        List<Closeable> opened = new ArrayList<Closeable>();
        Throwable failure = null;
        try {
            final List<IReportVisitor> visitors = new ArrayList<IReportVisitor>();
            for (ReportFormat format : ReportFormat.values()) {
                visitors.add(format.createVisitor(outputDirectory, opened));
            }
            int classes = processLines == null ? 0 : processLines.classCount();
            ParallelWork.run(visitors.size() + classes, new ParallelWork.Workers<ParallelWork.Worker>() {
                @Override
                public ParallelWork.Worker create() {
                    return new ParallelWork.Worker() {
                        @Override
                        public void process(int item) {
                            if (item < visitors.size()) {
                                write(visitors.get(item), data, bundles, sources);
                            } else {
                                processLines.analyseClass(item - visitors.size());
                            }
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

    /**
     * One format; the formats only read the bundles, so they can be written side by side. Several
     * bundles go into a group named by the title, as JaCoCo's {@code report-aggregate} writes them.
     */
    private void write(IReportVisitor format, CombinedData data, List<ModuleBundle> bundles,
            Map<String, ISourceFileLocator> sources) {
        try {
            format.visitInfo(data.sessionInfos().getInfos(), data.executionData().getContents());
            IReportGroupVisitor group = bundles.size() == 1 ? format : format.visitGroup(title);
            for (ModuleBundle bundle : bundles) {
                group.visitBundle(bundle.coverage(), sources.get(bundle.module()));
            }
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

    /** Per module, its source directories: two modules may have a source file of the same path. */
    private Map<String, ISourceFileLocator> sourceLocators(List<Module> reported) {
        Map<String, ISourceFileLocator> locators = new HashMap<String, ISourceFileLocator>();
        for (Module module : reported) {
            MultiSourceFileLocator locator = new MultiSourceFileLocator(TAB_WIDTH);
            for (File directory : module.sourceDirectories) {
                locator.add(new DirectorySourceFileLocator(directory, sourceEncoding, TAB_WIDTH));
            }
            locators.put(module.name, locator);
        }
        return locators;
    }

    private static List<ExecutionDataStore> processData(CombinedData data) {
        List<ExecutionDataStore> stores = new ArrayList<ExecutionDataStore>();
        for (ProcessRecord process : data.processes()) {
            stores.add(process.executionData());
        }
        return stores;
    }

    /** The process view's numbers, from {@code processLines} once its classes are analysed. */
    private static ReportSummary summarise(CombinedData data, ProcessLines processLines, int linesCovered,
            int linesMissed, List<String> warnings) {
        List<ProcessRecord> processes = data.processes();
        List<Map<String, int[]>> byClass = new ArrayList<Map<String, int[]>>();
        for (int i = 0; i < processes.size(); i++) {
            byClass.add(processLines.coveredByClass(i));
        }
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
        return new ReportSummary(linesCovered, linesMissed,
                ProcessLines.unionSize(coveredByRoots), coveredByRoots.size(),
                Collections.unmodifiableList(coverage), data.processesWithoutData(), data.skippedProcesses(),
                Collections.unmodifiableList(warnings));
    }

    /** A module's name and where its classes and sources are. */
    private static final class Module {
        final String name;
        List<File> classDirectories;
        List<File> sourceDirectories;

        Module(String name, List<File> classDirectories, List<File> sourceDirectories) {
            this.name = name;
            this.classDirectories = new ArrayList<File>(classDirectories);
            this.sourceDirectories = new ArrayList<File>(sourceDirectories);
        }
    }
}
