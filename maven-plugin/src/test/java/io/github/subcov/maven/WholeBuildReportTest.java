package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
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
}
