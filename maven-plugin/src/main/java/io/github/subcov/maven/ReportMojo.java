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
 * Combines the data of every covered process and writes the report: HTML, XML in JaCoCo's
 * schema, CSV, a page per process, and a one-line summary on the console.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractCombiningMojo {

    /** Where the report goes. */
    @Parameter(property = "subcov.outputDirectory", defaultValue = "${project.reporting.outputDirectory}/subcov")
    private File outputDirectory;

    /** Encoding of the source files shown in the HTML report. */
    @Parameter(property = "project.build.sourceEncoding", defaultValue = "UTF-8")
    private String sourceEncoding;

    /**
     * Whether to work out which process covered what: {@code processes.html} and the test JVMs'
     * own share in the console summary. It analyses every process's data again, which with
     * hundreds of JVMs takes longer than the rest of the report; {@code false} leaves it out.
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
                    .includes(patterns(includes()))
                    .excludes(patterns(excludes()))
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
            throw new MojoExecutionException("subcov: cannot write the report to " + outputDirectory + ": " + failure,
                    failure);
        }
    }

    private static List<String> patterns(String value) {
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
