package io.github.subcov.maven;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.render.CoverageReport;
import io.github.subcov.report.render.ReportSummary;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Combines what every covered process recorded, as {@code combine} does, and writes the report
 * into {@code target/site/subcov}: HTML ({@code index.html}), XML in JaCoCo's schema
 * ({@code subcov.xml}, which Sonar and Codecov read), CSV ({@code subcov.csv}), a page of the
 * processes and what each covered ({@code processes.html}, and {@code processes.json} for tools),
 * and a one-line summary on the console.
 * Runs by default in the {@code verify} phase.
 *
 * <p>In a build of several modules, each module's report counts the data of every module's JVMs
 * that have written it by then, and the module that finishes {@code report} last also writes the
 * whole build's report, over every module's classes and data, into the directory Maven runs in:
 * {@code target/site/subcov}.
 *
 * <p>It is a Maven report too, as {@code jacoco:report} is: named in {@code <reporting><plugins>},
 * {@code mvn subcov:prepare verify site} writes the module's report into the site's {@code subcov}
 * directory and lists it as "subcov" under "Project Reports", and the site leaves it out where
 * there are no classes or no data. A site has no whole build's report.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractCombiningMojo implements MavenMultiPageReport {

    /** The report's directory in a site, which its menu links to. */
    static final String SITE_DIRECTORY = "subcov";

    private static final String OUTPUT_DIRECTORY = "subcov.outputDirectory";
    private static final String AGGREGATE_DIRECTORY = "subcov.aggregateDirectory";

    /**
     * The classes to show in the report: class name patterns in JaCoCo's syntax, separated by
     * {@code :}, where {@code *} stands for any characters and {@code ?} for one, such as
     * {@code com.example.*:org.acme.Main}. Default: every class of the module.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.includes")
    private String includes;

    /**
     * The classes to leave out of the report, in the syntax of {@link #includes}, such as
     * {@code com.example.generated.*}; an exclude wins over an include. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.excludes")
    private String excludes;

    /**
     * The directory the report goes to; it is created where missing, and must not be a file. A
     * directory; default <code>${project.reporting.outputDirectory}/subcov</code>, that is
     * {@code target/site/subcov}. In a site the report goes into the site's {@code subcov}
     * directory instead.
     *
     * @since 0.1.0
     */
    @Parameter(property = OUTPUT_DIRECTORY, defaultValue = "${project.reporting.outputDirectory}/subcov")
    private File outputDirectory;

    /**
     * The encoding of the source files that the HTML report shows: a charset name; default
     * <code>${project.build.sourceEncoding}</code>, else {@code UTF-8}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "project.build.sourceEncoding", defaultValue = "UTF-8")
    private String sourceEncoding;

    /**
     * Whether to work out which process covered what: {@code processes.html}, the line counts in
     * {@code processes.json} and the test JVMs' own share in the console summary. It analyses each
     * class again for every distinct way the JVMs ran it, alongside the HTML report; with hundreds
     * of JVMs that adds about a tenth to the report's time. {@code true} or {@code false}; default
     * {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.processView", defaultValue = "true")
    private boolean processView;

    /**
     * Where the whole build's report goes, when the module that finishes {@code report} last writes
     * it (see {@code subcov.aggregate}): one bundle per module with classes, over the data of every
     * module. A directory; default <code>${session.executionRootDirectory}/target/site/subcov</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = AGGREGATE_DIRECTORY, defaultValue = "${session.executionRootDirectory}/target/site/subcov")
    private File aggregateDirectory;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        reportModule();
        if (lastOfTheBuild()) {
            reportBuild();
        }
    }

    /** A module that skips subcov still ends the build's report when it is the last one and others did not skip. */
    @Override
    protected void skipped() throws MojoExecutionException, MojoFailureException {
        if (lastOfTheBuild() && buildHasData()) {
            reportBuild();
        }
    }

    /**
     * What a site asks before {@code generate}: no when skipped, without classes or without any
     * data, with one line that says why; the site then goes on without the report.
     */
    @Override
    public boolean canGenerateReport() {
        if (skip()) {
            getLog().info("subcov: no report of " + project().getArtifactId() + " in the site: subcov.skip is true.");
            return false;
        }
        File classes = classes();
        if (!hasClasses(classes)) {
            getLog().info("subcov: no report of " + project().getArtifactId() + " in the site: no classes in "
                    + classes);
            return false;
        }
        if (!hasData()) {
            getLog().info("subcov: no report of " + project().getArtifactId() + " in the site: no coverage data in "
                    + moduleDataDirectories() + "; run subcov:prepare and the tests before site, as in"
                    + " mvn subcov:prepare verify site.");
            return false;
        }
        return true;
    }

    /**
     * The module's report, into the site's {@code subcov} directory, which the site links to as it
     * is: the site's sink stays empty. The whole build's report is left to {@code report} as a goal:
     * Maven renders each module's site right after that module's tests, the top module's first,
     * before the other modules' tests have run.
     */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            guarded(this::reportModule);
        } catch (MojoExecutionException | MojoFailureException failure) {
            throw new MavenReportException(failure.getMessage(), failure);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /** The page the site's menu links to, without the {@code .html} that the site adds. */
    @Override
    public String getOutputName() {
        return SITE_DIRECTORY + "/" + CoverageReport.HTML_INDEX.replaceFirst("\\.html$", "");
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "subcov";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Coverage of every JVM the build started, merged, and which process covered what.";
    }

    /** Writes its own pages, which the site's menu links to. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    /** The site's directory: the report goes into its {@code subcov} directory. */
    @Override
    public void setReportOutputDirectory(File siteDirectory) {
        outputDirectory = new File(siteDirectory, SITE_DIRECTORY);
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory.getParentFile();
    }

    private File classes() {
        return new File(project().getBuild().getOutputDirectory());
    }

    private void reportModule() throws MojoExecutionException, MojoFailureException {
        File classes = classes();
        if (!hasClasses(classes)) {
            getLog().info("subcov: skipping the report of " + project().getArtifactId() + ": no classes in " + classes);
            return;
        }
        // before combining, which with many JVMs takes a while
        WritableDirectory.check(outputDirectory, OUTPUT_DIRECTORY);
        CombinedData data = combine();
        if (data == null) {
            return;
        }
        List<File> sources = new ArrayList<>();
        for (String root : project().getCompileSourceRoots()) {
            sources.add(new File(root));
        }
        write(data, configured(project().getName()).classDirectories(Collections.singletonList(classes))
                .sourceDirectories(sources), outputDirectory, OUTPUT_DIRECTORY, "");
    }

    /** The whole build's report: each module with classes is a bundle of its own, with its own sources. */
    private void reportBuild() throws MojoExecutionException, MojoFailureException {
        List<MavenProject> modules = buildModulesWithClasses();
        if (modules.isEmpty()) {
            getLog().info("subcov: no module of the build has classes; no report of the whole build.");
            return;
        }
        WritableDirectory.check(aggregateDirectory, AGGREGATE_DIRECTORY);
        CombinedData data = combineBuild();
        if (data == null) {
            return;
        }
        CoverageReport report = configured(buildName());
        for (MavenProject module : modules) {
            List<File> sources = new ArrayList<>();
            for (String root : module.getCompileSourceRoots()) {
                sources.add(new File(root));
            }
            report.module(moduleName(module, modules), Collections.singletonList(
                    new File(module.getBuild().getOutputDirectory())), sources);
        }
        write(data, report, aggregateDirectory, AGGREGATE_DIRECTORY,
                "the whole build (" + modules.size() + (modules.size() == 1 ? " module" : " modules") + "): ");
    }

    /** The artifactId, unless two modules share it. */
    private static String moduleName(MavenProject module, List<MavenProject> modules) {
        for (MavenProject other : modules) {
            if (other != module && other.getArtifactId().equals(module.getArtifactId())) {
                return module.getGroupId() + ":" + module.getArtifactId();
            }
        }
        return module.getArtifactId();
    }

    private CoverageReport configured(String title) {
        return new CoverageReport()
                .title(title)
                .sourceEncoding(sourceEncoding)
                .includes(patterns(includes))
                .excludes(patterns(excludes))
                .processView(processView);
    }

    private void write(CombinedData data, CoverageReport report, File directory, String property, String scope)
            throws MojoExecutionException {
        try {
            ReportSummary summary = report.write(data, directory);
            for (String warning : summary.warnings()) {
                getLog().warn("subcov: " + warning);
            }
            for (ProcessRecord process : summary.processesWithoutData()) {
                getLog().warn("subcov: process " + process.id() + " recorded nothing (" + process.noDataReason()
                        + "): " + process.command());
            }
            getLog().info(summary.consoleLine().replaceFirst("^subcov: ", "subcov: " + scope));
            for (String skipped : summary.skippedLines()) {
                getLog().info(skipped);
            }
            getLog().info("subcov: report " + (scope.isEmpty() ? "" : "of the whole build ") + "in "
                    + new File(directory, CoverageReport.HTML_INDEX));
        } catch (IOException failure) {
            throw WritableDirectory.unwritable(directory, property, failure);
        }
    }

    static List<String> patterns(String value) {
        return value == null || value.trim().isEmpty() ? Collections.<String>emptyList()
                : Arrays.asList(value.trim().split(":"));
    }
}
