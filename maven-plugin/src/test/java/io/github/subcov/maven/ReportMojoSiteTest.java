package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} as maven-site-plugin runs it from {@code <reporting>}: asked first, then into the site's directory. */
class ReportMojoSiteTest {

    @TempDir
    Path root;

    private final RecordingLog log = new RecordingLog();

    @Test
    void theSiteLinksToTheIndexThatTheReportWritesIntoTheSitesSubcovDirectory() throws Exception {
        File site = root.resolve("target/site").toFile();
        ReportMojo report = reportOf(moduleWithClassesAndData("app"), site);

        assertTrue(report.canGenerateReport());
        report.generate(null, null, Locale.ROOT);

        assertTrue(new File(site, report.getOutputName() + ".html").isFile(), "the menu's link");
        assertTrue(new File(site, "subcov/subcov.xml").isFile());
        assertTrue(new File(site, "subcov/processes.json").isFile());
        assertEquals(site, report.getReportOutputDirectory());
        assertTrue(report.isExternalReport(), "its own pages, not a page of the site");
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, report.getCategoryName());
        assertEquals("subcov", report.getName(Locale.ROOT));
    }

    @Test
    void withoutDataTheSiteLeavesTheReportOutAndSaysHowToGetIt() throws Exception {
        MavenProject module = moduleWithClassesAndData("app");
        Files.delete(root.resolve("app/target/subcov").resolve(Manifests.idOf(4242) + ".json"));
        ReportMojo report = reportOf(module, root.resolve("target/site").toFile());

        assertFalse(report.canGenerateReport());

        assertEquals(List.of("subcov: no report of app in the site: no coverage data in ["
                + root.resolve("app/target/subcov") + "]; run subcov:prepare and the tests before site, as in"
                + " mvn subcov:prepare verify site."), log.infos);
    }

    @Test
    void withoutClassesTheSiteLeavesTheReportOut() throws Exception {
        MavenProject module = moduleWithClassesAndData("app");
        Path classes = Path.of(module.getBuild().getOutputDirectory());
        Files.delete(classes.resolve(Builds.class.getName().replace('.', '/') + ".class"));
        ReportMojo report = reportOf(module, root.resolve("target/site").toFile());

        assertFalse(report.canGenerateReport());

        assertEquals(List.of("subcov: no report of app in the site: no classes in " + classes), log.infos);
    }

    @Test
    void skippedTheSiteLeavesTheReportOut() throws Exception {
        ReportMojo report = reportOf(moduleWithClassesAndData("app"), root.resolve("target/site").toFile());
        MojoFields.with(report, "skip", true);

        assertFalse(report.canGenerateReport());

        assertEquals(List.of("subcov: no report of app in the site: subcov.skip is true."), log.infos);
    }

    @Test
    void aSiteOfSeveralModulesHasEachModulesReportAndNoWholeBuildReport() throws Exception {
        MavenProject app = moduleWithClassesAndData("app");
        MavenProject cli = moduleWithClassesAndData("cli");
        MavenSession session = Builds.session(root.toFile(), List.of(app, cli));
        for (MavenProject module : List.of(app, cli)) {
            ReportMojo report = reportOf(module, new File(module.getBasedir(), "target/site"));
            Builds.inBuild(report, module, session, Builds.execution("report", "default-site"));

            report.generate(null, null, Locale.ROOT);
        }

        assertTrue(new File(app.getBasedir(), "target/site/subcov/index.html").isFile());
        assertTrue(new File(cli.getBasedir(), "target/site/subcov/index.html").isFile());
        assertFalse(root.resolve("target/site/subcov").toFile().exists());
    }

    /** A module whose classes a process that recorded nothing ran: enough for a report. */
    private MavenProject moduleWithClassesAndData(String artifactId) throws IOException {
        MavenProject module = Builds.module(artifactId, root.resolve(artifactId).toFile());
        Path classes = Files.createDirectories(Path.of(module.getBuild().getOutputDirectory(),
                Builds.class.getPackage().getName().replace('.', '/')));
        try (InputStream bytes = Builds.class.getResourceAsStream("Builds.class")) {
            Files.copy(bytes, classes.resolve("Builds.class"));
        }
        Path data = Files.createDirectories(root.resolve(artifactId).resolve("target/subcov"));
        Manifests.write(data, Manifests.idOf(4242), 4242, 1000, "exit", null);
        return module;
    }

    /** The goal as the site's plugin configures it: the module's parameters, then the site's directory. */
    private ReportMojo reportOf(MavenProject module, File site) {
        ReportMojo report = Builds.inBuild(new ReportMojo(), module, Builds.session(root.toFile(), List.of(module)),
                Builds.execution("report", "default-site"));
        File target = new File(module.getBuild().getDirectory());
        MojoFields.with(report, "dataDirectory", new File(target, "subcov"));
        MojoFields.with(report, "destFile", new File(target, "subcov.exec"));
        MojoFields.with(report, "outputDirectory", new File(target, "site/subcov"));
        MojoFields.with(report, "aggregate", true);
        MojoFields.with(report, "aggregateDirectory", root.resolve("target/site/subcov").toFile());
        MojoFields.with(report, "aggregateDestFile", root.resolve("target/subcov.exec").toFile());
        MojoFields.with(report, "sourceEncoding", "UTF-8");
        MojoFields.with(report, "processView", true);
        report.setLog(log);
        report.setReportOutputDirectory(site);
        return report;
    }
}
