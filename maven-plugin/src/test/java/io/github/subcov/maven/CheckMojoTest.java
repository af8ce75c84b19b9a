package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's side of a check: its configuration, and how it reports what the report library found. */
class CheckMojoTest {

    private static final String NOT_RAN = "subcov: Rule violated for JVMs matching app.Main: one must run, but none"
            + " of the 1 JVMs did";

    @TempDir
    Path root;

    private final RecordingLog log = new RecordingLog();
    private CheckMojo check;

    @BeforeEach
    void aModuleWhoseTestJvmRanTheServer() throws Exception {
        Path data = Files.createDirectories(root.resolve("target/subcov"));
        Manifests.write(data, Manifests.idOf(4242), 4242, 1000, "exit", null);
        MavenProject project = Builds.module("app", root.toFile());
        check = Builds.inBuild(new CheckMojo(), project, Builds.session(root.toFile(), List.of(project)),
                Builds.execution("check", "default-cli"));
        MojoFields.with(check, "dataDirectory", data.toFile());
        MojoFields.with(check, "destFile", root.resolve("target/subcov.exec").toFile());
        MojoFields.with(check, "haltOnFailure", true);
        check.setLog(log);
    }

    @Test
    void noRulesFailsAndSaysHowToConfigureThem() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class, check::execute);

        assertEquals(CheckMojo.NO_RULES, failure.getMessage());
    }

    @Test
    void aWordJacocoDoesNotKnowFailsWithTheWordsItDoes() {
        CheckRule rule = new CheckRule();
        MojoFields.with(rule, "element", "KLASS");
        MojoFields.with(check, "rules", List.of(rule));

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, check::execute);

        assertEquals("subcov:check's rules are not valid: <element> is \"KLASS\"; it must be one of [METHOD, CLASS,"
                + " SOURCEFILE, PACKAGE, BUNDLE, GROUP].", failure.getMessage());
    }

    @Test
    void violationsAreErrorsAndTheBuildFailsOnceWithHowManyRules() {
        MojoFields.with(check, "jvmsRan", List.of("app.Main", "*app.Server"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, check::execute);

        assertEquals(List.of(NOT_RAN), log.errors);
        assertEquals("subcov: 1 of 2 rules violated (1 violation, listed above).", failure.getMessage());
    }

    @Test
    void withoutHaltOnFailureViolationsAreWarningsAndTheBuildGoesOn() {
        MojoFields.with(check, "jvmsRan", List.of("app.Main"));
        MojoFields.with(check, "haltOnFailure", false);

        assertDoesNotThrow(check::execute);

        assertEquals(List.of(), log.errors);
        assertEquals(List.of(NOT_RAN, "subcov: 1 of 1 rules violated (1 violation, listed above)."
                + " subcov.haltOnFailure is false: the build goes on."), log.warnings);
    }

    @Test
    void withoutAnyDataAJvmThatHadToRunFailsTheCheck() throws Exception {
        Files.delete(root.resolve("target/subcov").resolve(Manifests.idOf(4242) + ".json"));
        MojoFields.with(check, "jvmsRan", List.of("app.Main"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, check::execute);

        assertEquals("subcov: 1 of 1 rules violated (1 violation, listed above).", failure.getMessage());
        assertTrue(log.errors.contains("subcov: Rule violated for JVMs matching app.Main: one must run, but none"
                + " of the 0 JVMs did"), log.errors::toString);
    }

    @Test
    void withoutAnyDataCoverageRulesCheckNothingAndSayNothingIsMet() throws Exception {
        Files.delete(root.resolve("target/subcov").resolve(Manifests.idOf(4242) + ".json"));
        CheckRule rule = new CheckRule();
        MojoFields.with(check, "rules", List.of(rule));

        check.execute();

        assertTrue(log.errors.isEmpty(), log.errors::toString);
        assertTrue(log.infos.stream().noneMatch(line -> line.contains("met")), log.infos::toString);
    }

    @Test
    void metRulesSayHowManyInOneLine() {
        MojoFields.with(check, "jvmsRan", List.of("*app.Server*"));

        assertDoesNotThrow(check::execute);

        assertEquals("subcov: all 1 rules met.", log.infos.get(log.infos.size() - 1));
        assertEquals(new File(root.toFile(), "target/subcov.exec").isFile(), true);
    }
}
