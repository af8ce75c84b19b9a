package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ArgLineInjectorTest {

    private static final CoveredJvmOptions OPTIONS =
            new CoveredJvmOptions("/r/subcov-interceptor.jar", "/r/jacoco.jar", "/r/subcov-interceptor-boot-1f.jar", "/c");
    private static final String AGENTS = OPTIONS.argLine();
    /** Beside options that may name a JaCoCo agent: JaCoCo's jar stays off the boot class path. */
    private static final String AGENTS_BESIDE_JACOCO = OPTIONS.argLineBeside("-javaagent:/r/jacocoagent.jar");

    @Test
    void aBuildStepIsNamedAsMavensLogNamesTheMojoWithoutThePluginsVersion() {
        Plugin surefire = new Plugin();
        surefire.setArtifactId("maven-surefire-plugin");
        MavenProject project = new MavenProject();
        project.setArtifactId("app");

        assertEquals("maven-surefire-plugin:test (default-test) @ app",
                ArgLineInjector.buildStep(new MojoExecution(surefire, "test", "default-test"), project));
        assertNull(ArgLineInjector.buildStep(null, project));
    }

    @Test
    void argLineWhoseEffectiveValueCarriesTheAgentIsLeftAlone() {
        assertNull(ArgLineInjector.withAgents(AGENTS + " -Xmx256m", AGENTS + " -Xmx256m", OPTIONS));
        assertNull(ArgLineInjector.withAgents("@{argLine} -Xmx256m", AGENTS + " -Xmx256m", OPTIONS));
    }

    @Test
    void literalArgLineGetsTheAgentsInFront() {
        assertEquals(AGENTS + " -Xmx256m", ArgLineInjector.withAgents("-Xmx256m", "-Xmx256m", OPTIONS));
    }

    @Test
    void dashDValueThatOutranksThePropertyGetsTheAgentsInFront() {
        // ${argLine} evaluated to the -DargLine value, not to what prepare set
        assertEquals(AGENTS + " -Xmx1g -Dfoo=bar", ArgLineInjector.withAgents("-Xmx1g -Dfoo=bar", "-Xmx1g -Dfoo=bar", OPTIONS));
    }

    @Test
    void emptyArgLineGetsTheAgents() {
        assertEquals(AGENTS, ArgLineInjector.withAgents(null, null, OPTIONS));
        assertEquals(AGENTS, ArgLineInjector.withAgents("", "", OPTIONS));
    }

    @Test
    void otherPropertiesDoNotCount() {
        assertEquals(AGENTS_BESIDE_JACOCO + " @{surefireArgLine}",
                ArgLineInjector.withAgents("@{surefireArgLine}", "-Xmx1g", OPTIONS), "that property may hold a JaCoCo agent");
    }

    @Test
    void literalWithAJacocoAgentKeepsJacocoOffTheBootClassPath() {
        String literal = "-javaagent:/m2/org.jacoco.agent-0.8.11-runtime.jar=destfile=t.exec -Xmx1g";

        assertEquals(AGENTS_BESIDE_JACOCO + " " + literal, ArgLineInjector.withAgents(literal, literal, OPTIONS));
        assertEquals("-Xbootclasspath/a:/r/subcov-interceptor.jar -javaagent:/r/subcov-interceptor.jar=config=/c",
                AGENTS_BESIDE_JACOCO);
    }

    @Test
    void propertyNextToAJacocoAgentLosesJacocoFromTheBootClassPath() {
        Properties project = new Properties();
        project.setProperty("argLine", AGENTS + " -Xmx1g");
        project.setProperty("subcov.argLine", AGENTS);
        project.setProperty("other", AGENTS);
        Properties user = new Properties();

        assertTrue(ArgLineInjector.keepJacocoOffBootClassPath(
                "@{argLine} -javaagent:/m2/org.jacoco.agent-0.8.11-runtime.jar=destfile=t.exec", OPTIONS, project, user));

        assertEquals(AGENTS_BESIDE_JACOCO + " -Xmx1g", project.getProperty("argLine"));
        assertEquals(AGENTS_BESIDE_JACOCO, project.getProperty("subcov.argLine"));
        assertEquals(AGENTS, project.getProperty("other"), "not subcov's property");
        assertTrue(user.isEmpty());
        assertFalse(ArgLineInjector.keepJacocoOffBootClassPath("@{argLine} -javaagent:/x/jacocoagent.jar", OPTIONS, project),
                "already changed");
    }

    @Test
    void propertyAloneOrLiteralKeepsJacocoOnTheBootClassPath() {
        for (String configured : new String[] {null, "@{argLine}", "${argLine} -Xmx1g -Djacoco.skip=true",
            "-javaagent:/x/jacocoagent.jar"}) {
            Properties project = new Properties();
            project.setProperty("argLine", AGENTS);

            assertFalse(ArgLineInjector.keepJacocoOffBootClassPath(configured, OPTIONS, project), String.valueOf(configured));
            assertEquals(AGENTS, project.getProperty("argLine"));
        }
    }

    @Test
    void argLineThatAlreadyCarriesSubcovIsNotDoubled() {
        assertNull(ArgLineInjector.withAgents(AGENTS + " -Xmx1g", AGENTS + " -Xmx1g", OPTIONS));
    }
}
