package io.github.subcov.interceptor.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentFlagsTest {

    private static final String INTERCEPTOR = "/m2/io/github/subcov/subcov-interceptor/0.1.0/subcov-interceptor-0.1.0.jar";
    private static final String JACOCO = "/m2/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar";
    private static final AgentFlags FLAGS = new AgentFlags(INTERCEPTOR, JACOCO, "/project/target/subcov.properties");
    private static final String BOOT = "-Xbootclasspath/a:" + INTERCEPTOR + File.pathSeparator + JACOCO;

    @Test
    void childGetsTheInterceptorAloneWhichStartsJacocoItselfWithBothJarsOnTheBootClassPath() {
        assertEquals(List.of(BOOT, "-javaagent:" + INTERCEPTOR + "=parent=h-7-z,config=/project/target/subcov.properties"),
                FLAGS.forChildOf("h-7-z", true));
        assertEquals(List.of(BOOT, "-javaagent:" + INTERCEPTOR + "=parent=,config=/project/target/subcov.properties"),
                FLAGS.forChildOf(null, true));
        assertFalse(FLAGS.forChildOf("h-7-z", true).stream().anyMatch(AgentFlags::isJacocoAgent),
                "JaCoCo's agent itself is never on a child's command line");
    }

    @Test
    void withoutJacocoJarOnlyTheInterceptorGoesOnTheBootClassPath() {
        AgentFlags flags = new AgentFlags(INTERCEPTOR, null, "/c");

        assertEquals("-Xbootclasspath/a:" + INTERCEPTOR, flags.forChildOf("p", true).get(0));
        assertTrue(flags.isOwn("-Xbootclasspath/a:" + INTERCEPTOR));
        assertFalse(flags.isOwn(BOOT), "another build's boot class path is the user's");
    }

    @Test
    void whereAnotherJacocoMayHideOnlyTheInterceptorGoesOnTheBootClassPath() {
        List<String> unseen = FLAGS.forChildOf("h-7-z", false);

        assertEquals(List.of("-Xbootclasspath/a:" + INTERCEPTOR, FLAGS.forChildOf("h-7-z", true).get(1)), unseen);
        assertTrue(unseen.stream().allMatch(FLAGS::isOwn), unseen::toString);
    }

    @Test
    void theJointJarIsTheBootClassPathAndTheAgentWhereJacocoJoinsIt() {
        String joint = "/m2/io/github/subcov/subcov-interceptor/0.1.0/subcov-interceptor-boot-5e.jar";
        AgentFlags flags = new AgentFlags(INTERCEPTOR, JACOCO, joint, "/c");

        assertEquals(List.of("-Xbootclasspath/a:" + joint, "-javaagent:" + joint + "=parent=p,config=/c"),
                flags.forChildOf("p", true));
        assertEquals(new AgentFlags(INTERCEPTOR, JACOCO, "/c").forChildOf("p", false), flags.forChildOf("p", false),
                "where another JaCoCo may hide, the interceptor comes alone");
        assertTrue(flags.forChildOf("p", true).stream().allMatch(flags::isOwn));
        assertTrue(flags.forChildOf("q", false).stream().allMatch(flags::isOwn));
        assertFalse(flags.forChildOf("p", true).stream().anyMatch(AgentFlags::isJacocoAgent),
                "a child must start JaCoCo from the joint jar, not take it for a JaCoCo agent of its own");
        assertFalse(flags.isOwn("-javaagent:" + joint + "=parent=a,config=/other"));
        assertEquals(List.of("-Xbootclasspath/a:" + INTERCEPTOR, "-javaagent:" + INTERCEPTOR + "=parent=p,config=/c"),
                new AgentFlags(INTERCEPTOR, null, joint, "/c").forChildOf("p", true),
                "without JaCoCo's jar the joint one is not used");
    }

    @Test
    void ownOptionsAreRecognisedForAnyParent() {
        for (String option : FLAGS.forChildOf("h-7-z", true)) {
            assertTrue(FLAGS.isOwn(option), option);
        }
        for (String option : FLAGS.forChildOf(null, true)) {
            assertTrue(FLAGS.isOwn(option), option);
        }
    }

    @Test
    void childOptionsOfAnyBuildAreKnownByTheParentInTheInterceptorsArgument() {
        String joint = "/outer/subcov-interceptor-boot-5e.jar";
        for (AgentFlags build : List.of(FLAGS, new AgentFlags("/outer/subcov-interceptor-0.0.9.jar", JACOCO, joint, "/o"))) {
            for (boolean jacocoOnBootClassPath : new boolean[] {true, false}) {
                List<String> child = build.forChildOf("maven-7", jacocoOnBootClassPath);
                String jar = AgentFlags.childAgentJar(child.get(1));
                assertTrue(jar != null && AgentFlags.isBootClassPathOf(child.get(0), jar), child::toString);
            }
        }
        assertEquals(null, AgentFlags.childAgentJar("-javaagent:" + INTERCEPTOR + "=config=/project/target/subcov.properties"),
                "a test JVM's agent, which the user may name too");
        assertEquals(null, AgentFlags.childAgentJar("-javaagent:" + JACOCO + "=parent=x"));
        assertEquals(null, AgentFlags.childAgentJar("-javaagent:" + INTERCEPTOR));
        assertEquals(null, AgentFlags.childAgentJar("-Dparent=x"));
        assertFalse(AgentFlags.isBootClassPathOf("-Xbootclasspath/a:/x/extra.jar" + File.pathSeparator + INTERCEPTOR, INTERCEPTOR));
    }

    @Test
    void usersAgentFromTheSameJarIsNotOwn() {
        // jacoco:prepare-agent resolves the very jar that subcov uses from the local repository;
        // subcov never puts JaCoCo on a command line, so every JaCoCo option is the user's
        assertFalse(FLAGS.isOwn("-javaagent:" + JACOCO + "=destfile=target/jacoco-it.exec"));
        assertFalse(FLAGS.isOwn("-javaagent:" + JACOCO + "=output=none"));
        assertFalse(FLAGS.isOwn("-javaagent:" + JACOCO + "=output=none,jmx=false"));
        assertFalse(FLAGS.isOwn("-javaagent:" + JACOCO));
        assertFalse(FLAGS.isOwn("-javaagent:" + INTERCEPTOR));
        assertFalse(FLAGS.isOwn("-javaagent:" + INTERCEPTOR + "=parent=a,config=/other/build/subcov.properties"));
        assertFalse(FLAGS.isOwn("-Xbootclasspath/a:" + JACOCO));
        assertFalse(FLAGS.isOwn("-Xbootclasspath/a:" + JACOCO + File.pathSeparator + INTERCEPTOR));
        assertFalse(FLAGS.isOwn(BOOT + File.pathSeparator + "/x/extra.jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-javaagent:" + INTERCEPTOR + "x=parent=a",
        "-javaagent:" + JACOCO + ".bak",
        "-javaagent:/elsewhere/org.jacoco.agent-0.8.15-runtime.jar=output=none",
        "-javaagent:/m2/io/github/subcov/subcov-interceptor/0.1.0/",
        "-Dx=-javaagent:" + JACOCO,
        "javaagent:" + JACOCO,
        "-agentpath:" + JACOCO,
        ""})
    void otherOptionsAreNotOwn(String option) {
        assertFalse(FLAGS.isOwn(option), option);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-javaagent:/x/jacocoagent.jar",
        "-javaagent:jacocoagent.jar=destfile=target/jacoco.exec",
        "-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar=output=none",
        "-javaagent:C:\\tools\\JaCoCo\\JACOCOAGENT.JAR=output=tcpserver",
        "-javaagent:/opt/my jacoco dir/jacoco agent 0.8.jar",
        "-javaagent:/x/y/subcov-interceptor-0.1.0-SNAPSHOT.jar=parent=,config=/c",
        "-javaagent:/x/y/Subcov-Interceptor.jar",
        "-javaagent:" + INTERCEPTOR})
    void jacocoAndSubcovAgentsFromAnyPathAreCoverageAgents(String option) {
        assertTrue(AgentFlags.isCoverageAgent(option), option);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-javaagent:/x/aspectjweaver.jar",
        "-javaagent:/jacoco/agent.jar",
        "-javaagent:C:\\jacoco\\agent.jar",
        "-javaagent:/x/other.jar=destfile=jacoco.exec",
        "-javaagent:/x/subcov.jar",
        "-agentlib:jdwp=transport=dt_socket",
        "-Djacoco.agent=1",
        "-jacocoagent.jar",
        "jacocoagent.jar",
        "-javaagent:"})
    void otherAgentsAndOptionsAreNot(String option) {
        assertFalse(AgentFlags.isCoverageAgent(option), option);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-javaagent:/x/jacocoagent.jar",
        "-javaagent:jacocoagent.jar=destfile=target/jacoco.exec",
        "-javaagent:" + JACOCO + "=output=none",
        "-javaagent:C:\\tools\\JaCoCo\\JACOCOAGENT.JAR=output=tcpserver",
        "-javaagent:/opt/my jacoco dir/jacoco agent 0.8.jar",
        "-javaagent:/x/y/org.jacoco.agent-0.8.15-runtime.jar=destfile=/a b/it.exec,append=false"})
    void jacocoAgentsFromAnyPathAreJacoco(String option) {
        assertTrue(AgentFlags.isJacocoAgent(option), option);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-javaagent:" + INTERCEPTOR + "=parent=a,config=/c",
        "-javaagent:/x/y/Subcov-Interceptor.jar",
        // a jacoco directory or option value is not a JaCoCo jar
        "-javaagent:/jacoco/agent.jar",
        "-javaagent:/x/other.jar=destfile=jacoco.exec",
        "-javaagent:/x/aspectjweaver.jar",
        "-agentpath:/x/libjacoco.so",
        "-Djacoco.agent=-javaagent:/x/jacocoagent.jar",
        "-javaagent:",
        ""})
    void interceptorAndOtherOptionsAreNotJacoco(String option) {
        assertFalse(AgentFlags.isJacocoAgent(option), option);
    }
}
