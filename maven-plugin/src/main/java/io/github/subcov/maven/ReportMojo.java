package io.github.subcov.maven;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.render.CoverageReport;
import io.github.subcov.report.render.ReportSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Combines what every covered process recorded, as {@code combine} does, and writes the report
 * into {@code target/site/subcov}: HTML ({@code index.html}), XML in JaCoCo's schema
 * ({@code subcov.xml}, which Sonar and Codecov read), CSV ({@code subcov.csv}), a page of the
 * processes and what each covered ({@code processes.html}, and {@code processes.json} for tools),
 * and a one-line summary on the console.
 * Runs by default in the {@code verify} phase.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractCombiningMojo {

    private static final String OUTPUT_DIRECTORY = "subcov.outputDirectory";

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
     * {@code target/site/subcov}.
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
     * {@code processes.json} and the test JVMs' own share in the console summary. It analyses every process's data again, which with
     * hundreds of JVMs takes longer than the rest of the report. {@code true} or {@code false};
     * default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.processView", defaultValue = "true")
    private boolean processView;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        File classes = new File(project().getBuild().getOutputDirectory());
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
        try {
            ReportSummary summary = new CoverageReport()
                    .title(project().getName())
                    .classDirectories(Collections.singletonList(classes))
                    .sourceDirectories(sources)
                    .sourceEncoding(sourceEncoding)
                    .includes(patterns(includes))
                    .excludes(patterns(excludes))
                    .processView(processView)
                    .write(data, outputDirectory);
            for (String warning : summary.warnings()) {
                getLog().warn("subcov: " + warning);
            }
            for (ProcessRecord process : summary.processesWithoutData()) {
                getLog().warn("subcov: process " + process.id() + " recorded nothing (" + process.noDataReason()
                        + "): " + process.command());
            }
            getLog().info(summary.consoleLine());
            for (String skipped : summary.skippedLines()) {
                getLog().info(skipped);
            }
            getLog().info("subcov: report in " + new File(outputDirectory, CoverageReport.HTML_INDEX));
        } catch (IOException failure) {
            throw WritableDirectory.unwritable(outputDirectory, OUTPUT_DIRECTORY, failure);
        }
    }

    static List<String> patterns(String value) {
        return value == null || value.trim().isEmpty() ? Collections.<String>emptyList()
                : Arrays.asList(value.trim().split(":"));
    }

    private static boolean hasClasses(File directory) {
        File[] entries = directory.listFiles();
        if (entries == null) {
            return false;
        }
        for (File entry : entries) {
            if (entry.isFile() ? entry.getName().endsWith(".class") : hasClasses(entry)) {
                return true;
            }
        }
        return false;
    }
}
