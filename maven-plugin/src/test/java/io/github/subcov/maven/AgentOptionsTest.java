package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import org.codehaus.plexus.util.cli.CommandLineUtils;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void theInterceptorReadsTheConfigNamedInItsArgumentWithBothJarsOnTheBootClassPath() {
        assertEquals("-Xbootclasspath/a:/repo/subcov-interceptor.jar" + File.pathSeparator + "/repo/jacoco.jar"
                        + " -javaagent:/repo/subcov-interceptor.jar=config=/p/target/subcov-agent.properties",
                new AgentOptions("/repo/subcov-interceptor.jar", "/repo/jacoco.jar", "/p/target/subcov-agent.properties")
                        .argLine());
    }

    @Test
    void withoutJacocoJarOnlyTheInterceptorIsOnTheBootClassPath() {
        assertEquals("-Xbootclasspath/a:/repo/subcov-interceptor.jar -javaagent:/repo/subcov-interceptor.jar=config=/c",
                new AgentOptions("/repo/subcov-interceptor.jar", null, "/c").argLine());
    }

    @Test
    void existingArgLineIsKeptAfterTheAgent() {
        assertEquals("A -Xmx1g", AgentOptions.prepend("A", "-Xmx1g"));
        assertEquals("A", AgentOptions.prepend("A", null));
        assertEquals("A", AgentOptions.prepend("A", "  "));
    }

    @Test
    void pathsWithSpacesSplitBackIntoOneOptionTheWaySurefireSplits() throws Exception {
        AgentOptions spaced = new AgentOptions("/my repo/subcov-interceptor.jar", "/my repo/jacoco.jar",
                "/p q/ü/subcov-agent.properties");
        assertArrayEquals(new String[] {
            "-Xbootclasspath/a:/my repo/subcov-interceptor.jar" + File.pathSeparator + "/my repo/jacoco.jar",
            "-javaagent:/my repo/subcov-interceptor.jar=config=/p q/ü/subcov-agent.properties"},
                CommandLineUtils.translateCommandline(spaced.argLine()));
    }
}
