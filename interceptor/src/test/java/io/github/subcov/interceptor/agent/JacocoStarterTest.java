package io.github.subcov.interceptor.agent;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JacocoStarterTest {

    @Test
    void jacocoAgentAnywhereInTheOptionsIsNamed() {
        assertTrue(JacocoStarter.namesJacoco(List.of("-javaagent:/x/jacocoagent.jar")));
        assertTrue(JacocoStarter.namesJacoco(List.of("-Xmx1g", "-javaagent:/s/subcov-interceptor.jar=config=/c",
                "-javaagent:/m2/org.jacoco.agent-0.8.15-runtime.jar=destfile=a.exec", "-ea")));
        assertTrue(JacocoStarter.namesJacoco(List.of("-javaagent:C:\\jacoco\\lib\\JaCoCoAgent.jar=output=tcpserver")));
    }

    @Test
    void sessionIsNamedAfterTheProcessUnlessTheOptionsNameOne() {
        assertEquals("output=none,excludes=a.*,sessionid=host-1-x",
                JacocoStarter.withSessionId("output=none,excludes=a.*", "host-1-x"));
        assertEquals("sessionid=host-1-x", JacocoStarter.withSessionId("", "host-1-x"));
        assertEquals("output=none, sessionid=mine", JacocoStarter.withSessionId("output=none, sessionid=mine", "host-1-x"));
    }

    @Test
    void interceptorOtherAgentsAndMentionsAreNotJacoco() {
        assertFalse(JacocoStarter.namesJacoco(List.of()));
        assertFalse(JacocoStarter.namesJacoco(List.of("-javaagent:/s/subcov-interceptor.jar=parent=p,config=/jacoco/c")));
        assertFalse(JacocoStarter.namesJacoco(List.of("-javaagent:/x/aspectjweaver.jar", "-javaagent:/jacoco/agent.jar",
                "-Dagent=-javaagent:/x/jacocoagent.jar", "-cp", "/lib/jacocoagent.jar", "@jacoco-args.txt")));
    }
}
