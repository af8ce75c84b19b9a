package io.github.subcov.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrepareMojoTest {

    @Test
    void skippedItSetsTheArgLinesThatTheProjectDoesNotSetToTheEmptyString() throws Exception {
        MavenProject project = new MavenProject();

        skipped(project, "argLine").execute();

        assertEquals("", project.getProperties().getProperty("argLine"));
        assertEquals("", project.getProperties().getProperty("subcov.argLine"));
    }

    @Test
    void skippedItLeavesAnArgLineThatTheUserSetAlone() throws Exception {
        MavenProject project = new MavenProject();
        project.getProperties().setProperty("surefireArgLine", "-Xmx1g -Dx=y");

        skipped(project, "surefireArgLine").execute();

        assertEquals("-Xmx1g -Dx=y", project.getProperties().getProperty("surefireArgLine"));
        assertEquals("", project.getProperties().getProperty("subcov.argLine"));
        assertNull(project.getProperties().getProperty("argLine"), "only the property that subcov.propertyName names");
    }

    private static PrepareMojo skipped(MavenProject project, String propertyName) {
        PrepareMojo prepare = new PrepareMojo();
        MojoFields.with(prepare, "skip", true);
        MojoFields.with(prepare, "project", project);
        MojoFields.with(prepare, "propertyName", propertyName);
        prepare.setLog(new RecordingLog());
        return prepare;
    }

    @Test
    void saveSignalIsOffByDefaultAndUsr1WhenAskedFor() throws Exception {
        assertNull(PrepareMojo.saveSignal("off"));
        assertNull(PrepareMojo.saveSignal(null));
        assertEquals("USR1", PrepareMojo.saveSignal("USR1"));
        assertEquals("USR1", PrepareMojo.saveSignal("SIGUSR1"));
    }

    @Test
    void processPatternsAreTrimmedAndABlankValueIsNone() throws Exception {
        assertEquals("app.Worker,*-cli.jar", PrepareMojo.processPatterns("subcov.processExcludes", "app.Worker, *-cli.jar"));
        assertNull(PrepareMojo.processPatterns("subcov.processIncludes", null));
        assertNull(PrepareMojo.processPatterns("subcov.processIncludes", " "));
    }

    @Test
    void aBadProcessPatternFailsPrepareNamingTheValueAndTheFix() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> PrepareMojo.processPatterns("subcov.processExcludes", "app.Worker:app.Tool"));

        assertEquals("subcov.processExcludes is \"app.Worker:app.Tool\": separate patterns with commas, for example"
                + " app.Worker,app.Tool (':' separates only subcov.includes and subcov.excludes).", failure.getMessage());
    }

    @Test
    void maskPatternsAreTrimmedAndABlankValueIsTheDefault() throws Exception {
        assertEquals("*pin*,*token*", PrepareMojo.maskPatterns(" *pin*, *token* "));
        assertNull(PrepareMojo.maskPatterns(null));
        assertNull(PrepareMojo.maskPatterns(" "));
        MojoExecutionException failure =
                assertThrows(MojoExecutionException.class, () -> PrepareMojo.maskPatterns("*pin*,,*token*"));
        assertTrue(failure.getMessage().startsWith("subcov.maskPatterns is \"*pin*,,*token*\": an empty pattern"),
                failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"USR2", "HUP", "FOO"})
    void anotherSaveSignalFailsPrepareNamingTheValueAndTheFix(String value) {
        MojoExecutionException failure =
                assertThrows(MojoExecutionException.class, () -> PrepareMojo.saveSignal(value));

        assertEquals("subcov.saveSignal is \"" + value + "\": use USR1 (HotSpot keeps USR2 for itself;"
                + " HUP, INT and TERM already end the JVM with a snapshot), or off to take no signal.",
                failure.getMessage());
    }
}
