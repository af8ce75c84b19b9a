package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.codehaus.plexus.util.cli.CommandLineUtils;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void theInterceptorReadsTheConfigNamedInItsArgument() {
        assertEquals("-javaagent:/repo/subcov-interceptor.jar=config=/p/target/subcov-agent.properties",
                new AgentOptions("/repo/subcov-interceptor.jar", "/p/target/subcov-agent.properties").argLine());
    }

    @Test
    void existingArgLineIsKeptAfterTheAgent() {
        assertEquals("A -Xmx1g", AgentOptions.prepend("A", "-Xmx1g"));
        assertEquals("A", AgentOptions.prepend("A", null));
        assertEquals("A", AgentOptions.prepend("A", "  "));
    }

    @Test
    void pathsWithSpacesSplitBackIntoOneOptionTheWaySurefireSplits() throws Exception {
        AgentOptions spaced = new AgentOptions("/my repo/subcov-interceptor.jar", "/p q/ü/subcov-agent.properties");
        assertArrayEquals(new String[] {"-javaagent:/my repo/subcov-interceptor.jar=config=/p q/ü/subcov-agent.properties"},
                CommandLineUtils.translateCommandline(spaced.argLine()));
    }
}
