package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.codehaus.plexus.util.cli.CommandLineUtils;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    private final AgentOptions options = new AgentOptions("/repo/subcov-interceptor.jar", "/p/target/subcov-agent.properties",
            "/repo/org.jacoco.agent-runtime.jar", "output=none");

    @Test
    void interceptorComesBeforeJacoco() {
        assertEquals("-javaagent:/repo/subcov-interceptor.jar=config=/p/target/subcov-agent.properties"
                + " -javaagent:/repo/org.jacoco.agent-runtime.jar=output=none", options.argLine());
    }

    @Test
    void interceptorOnlyWhenAnotherPluginAddsJacoco() {
        assertEquals("-javaagent:/repo/subcov-interceptor.jar=config=/p/target/subcov-agent.properties",
                options.interceptorOnly());
    }

    @Test
    void existingArgLineIsKeptAfterTheAgents() {
        assertEquals("A -Xmx1g", AgentOptions.prepend("A", "-Xmx1g"));
        assertEquals("A", AgentOptions.prepend("A", null));
        assertEquals("A", AgentOptions.prepend("A", "  "));
    }

    @Test
    void pathsWithSpacesSplitBackIntoTheSameOptionsTheWaySurefireSplits() throws Exception {
        AgentOptions spaced = new AgentOptions("/my repo/subcov-interceptor.jar", "/p q/target/subcov-agent.properties",
                "/my repo/jacoco ü.jar", "output=none");
        String[] split = CommandLineUtils.translateCommandline(spaced.argLine());
        assertEquals(2, split.length);
        assertEquals("-javaagent:/my repo/subcov-interceptor.jar=config=/p q/target/subcov-agent.properties", split[0]);
        assertEquals("-javaagent:/my repo/jacoco ü.jar=output=none", split[1]);
    }
}
