package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArgLineInjectorTest {

    private static final AgentOptions OPTIONS = new AgentOptions("/r/subcov-interceptor.jar", "/c", "/r/jacoco.jar", "output=none");
    private static final String AGENTS = OPTIONS.argLine();

    @Test
    void argLineThatUsesThePropertyIsLeftToTheProperty() {
        assertNull(ArgLineInjector.withAgents("${argLine}", "${argLine}", OPTIONS));
        assertNull(ArgLineInjector.withAgents("@{argLine} -Xmx256m", "@{argLine} -Xmx256m", OPTIONS));
        assertNull(ArgLineInjector.withAgents("-Xmx256m @{subcov.argLine}", "-Xmx256m @{subcov.argLine}", OPTIONS));
    }

    @Test
    void literalArgLineGetsTheAgentsInFront() {
        assertEquals(AGENTS + " -Xmx256m", ArgLineInjector.withAgents("-Xmx256m", "-Xmx256m", OPTIONS));
    }

    @Test
    void emptyArgLineGetsTheAgents() {
        assertEquals(AGENTS, ArgLineInjector.withAgents(null, null, OPTIONS));
        assertEquals(AGENTS, ArgLineInjector.withAgents("", "", OPTIONS));
    }

    @Test
    void otherPropertiesDoNotCount() {
        assertEquals(AGENTS + " @{surefireArgLine}", ArgLineInjector.withAgents("@{surefireArgLine}", "@{surefireArgLine}", OPTIONS));
    }

    @Test
    void propertyThatBringsJacocoGetsOnlyTheInterceptor() {
        assertEquals(OPTIONS.interceptorOnly() + " @{jacocoArgLine}",
                ArgLineInjector.withAgents("@{jacocoArgLine}", "-javaagent:/m2/org.jacoco.agent-0.8.15-runtime.jar=destfile=x", OPTIONS));
    }

    @Test
    void argLineThatAlreadyCarriesSubcovIsNotDoubled() {
        assertNull(ArgLineInjector.withAgents(AGENTS + " -Xmx1g", AGENTS + " -Xmx1g", OPTIONS));
    }
}
