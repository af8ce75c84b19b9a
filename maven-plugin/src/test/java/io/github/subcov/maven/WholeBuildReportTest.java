package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.interceptor.data.DataFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' side of the whole build's report and check, where the ITs do not reach. */
class WholeBuildReportTest {

    @TempDir
    Path root;

    private final RecordingLog log = new RecordingLog();

    private <T extends AbstractCombiningMojo> T goal(T goal, MavenProject module, MavenSession session,
            MojoExecution execution) {
        Builds.inBuild(goal, module, session, execution);
        MojoFields.with(goal, "skip", true);
        MojoFields.with(goal, "aggregate", true);
        MojoFields.with(goal, "dataDirectory", new File(module.getBuild().getDirectory(), "subcov"));
        goal.setLog(log);
        return goal;
    }

    @Test
    void whenEveryModuleSkipsTheLastOneWritesNothingForTheWholeBuild() throws Exception {
        MavenProject app = Builds.module("app", root.resolve("app").toFile());
        MavenProject it = Builds.module("it", root.resolve("it").toFile());
        // a module with classes: the whole build's report would have one to show
        Files.createDirectories(root.resolve("app/target/classes/app"));
        Files.write(root.resolve("app/target/classes/app/Main.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        MavenSession session = Builds.session(root.toFile(), List.of(app, it));
        File wholeBuild = root.resolve("target/site/subcov").toFile();
        for (MavenProject module : List.of(app, it)) {
            ReportMojo report = goal(new ReportMojo(), module, session, Builds.execution("report", "default-cli"));
            MojoFields.with(report, "aggregateDirectory", wholeBuild);
            report.execute();
            goal(new CheckMojo(), module, session, Builds.execution("check", "default-cli")).execute();
        }

        assertFalse(root.resolve("target").toFile().exists());
        assertFalse(root.resolve("app/target/site").toFile().exists());
        assertEquals(List.of(), log.warnings);
        assertEquals(Collections.nCopies(4, "Skipping subcov: subcov.skip is true."), log.infos);
    }

    @Test
    void aDamagedFileInOneModulesDataIsToldOfOnceInTheBuild() throws Exception {
        MavenProject app = Builds.module("app", root.resolve("app").toFile());
        MavenProject it = Builds.module("it", root.resolve("it").toFile());
        MavenSession session = Builds.session(root.toFile(), List.of(app, it));
        Path appData = Files.createDirectories(root.resolve("app/target/subcov"));
        Files.createDirectories(root.resolve("it/target/subcov"));
        BuildLedger.of(session).prepared(app, appData.toFile());
        BuildLedger.of(session).prepared(it, root.resolve("it/target/subcov").toFile());
        String id = Manifests.idOf(4242);
        Manifests.write(appData, id, 4242, 1000, "exit", null);
        Files.write(DataFormat.execFile(appData.toFile(), id).toPath(), new byte[] {1, 2, 3});

        for (MavenProject module : List.of(app, it)) {
            CombineMojo combine = goal(new CombineMojo(), module, session, Builds.execution("combine", "default-cli"));
            MojoFields.with(combine, "skip", false);
            MojoFields.with(combine, "destFile", new File(module.getBuild().getDirectory(), "subcov.exec"));
            combine.execute();
        }

        assertEquals(1, log.warnings.size(), "told by app's goal: " + log.warnings);
        assertTrue(log.warnings.get(0).contains(DataFormat.execFile(appData.toFile(), id).getPath()), log.warnings.get(0));
        assertEquals(List.of(log.warnings.get(0) + " (told before in this build)"), log.debugs.stream()
                .filter(line -> line.contains(id)).collect(Collectors.toList()), "it's goal reads app's data again");
    }
}
