package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArgLineInjectorTest {

    private static final String AGENTS = new AgentOptions("/r/subcov-interceptor.jar", "/r/jacoco.jar", "/c").argLine();

    @Test
    void argLineThatUsesThePropertyIsLeftToTheProperty() {
        assertNull(ArgLineInjector.withAgents("${argLine}", AGENTS));
        assertNull(ArgLineInjector.withAgents("@{argLine} -Xmx256m", AGENTS));
        assertNull(ArgLineInjector.withAgents("-Xmx256m @{subcov.argLine}", AGENTS));
    }

    @Test
    void literalArgLineGetsTheAgentsInFront() {
        assertEquals(AGENTS + " -Xmx256m", ArgLineInjector.withAgents("-Xmx256m", AGENTS));
    }

    @Test
    void emptyArgLineGetsTheAgents() {
        assertEquals(AGENTS, ArgLineInjector.withAgents(null, AGENTS));
        assertEquals(AGENTS, ArgLineInjector.withAgents("", AGENTS));
    }

    @Test
    void otherPropertiesDoNotCount() {
        assertEquals(AGENTS + " @{surefireArgLine}", ArgLineInjector.withAgents("@{surefireArgLine}", AGENTS));
    }

    @Test
    void argLineThatAlreadyCarriesSubcovIsNotDoubled() {
        assertNull(ArgLineInjector.withAgents(AGENTS + " -Xmx1g", AGENTS));
    }
}
