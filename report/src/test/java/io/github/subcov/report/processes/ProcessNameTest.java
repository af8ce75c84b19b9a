package io.github.subcov.report.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcessNameTest {

    private static final String REPO = "/home/me/.m2/repository/io/github/subcov/subcov-interceptor/0.1.0-SNAPSHOT";
    private static final String BOOT = "-Xbootclasspath/a:" + REPO + "/subcov-interceptor-boot-3fa9c1.jar";
    private static final String AGENT = "-javaagent:" + REPO + "/subcov-interceptor-boot-3fa9c1.jar"
            + "=parent=vm-3036-cjlg5vrx,config=/work/app/target/subcov-agent.properties";

    @Test
    void aJvmIsNamedByItsMainClassAndArgumentsWithoutSubcovsOptions() {
        String line = "/usr/lib/jvm/java-17/bin/java " + BOOT + " " + AGENT + " -cp /work/app/target/classes"
                + " app.Worker java-home";

        assertEquals("app.Worker java-home", ProcessName.of(line));
        assertEquals("/usr/lib/jvm/java-17/bin/java -cp /work/app/target/classes app.Worker java-home",
                ProcessName.command(line));
    }

    @Test
    void theInterceptorAndJacocosJarOnTheBootClassPathGoToo() {
        String line = "java -Xbootclasspath/a:" + REPO + "/subcov-interceptor-0.1.0-SNAPSHOT.jar:/m2/org/jacoco/"
                + "org.jacoco.agent-0.8.12-runtime.jar -javaagent:" + REPO + "/subcov-interceptor-0.1.0-SNAPSHOT.jar"
                + "=config=/w/target/subcov-agent.properties @/tmp/worker.args";

        assertEquals("java @/tmp/worker.args", ProcessName.command(line));
        assertEquals("java @/tmp/worker.args", ProcessName.of(line));
    }

    @Test
    void pathsWithSpacesAndOptionsNamedTwiceGoWhole() {
        String spaced = "/tmp/it path with spaces-\u00fcn\u00efc\u00f6d\u00e9";
        String line = "java -Xbootclasspath/a:" + spaced + "/subcov-interceptor-boot-1.jar -javaagent:" + spaced
                + "/subcov-interceptor-boot-1.jar=config=" + spaced + "/target/subcov-agent.properties " + BOOT + " "
                + AGENT + " -Dx=1 -jar server.jar --port 80";

        assertEquals("java -Dx=1 -jar server.jar --port 80", ProcessName.command(line));
        assertEquals("server.jar --port 80", ProcessName.of(line));
    }

    @Test
    void aShellIsNamedByItsProgramAndArgumentsAndLosesSubcovsOptionsInside() {
        String line = "/bin/sh -c JAVA_TOOL_OPTIONS='" + BOOT + " " + AGENT + "' java -cp x app.Node shell";

        assertEquals("sh -c JAVA_TOOL_OPTIONS='' java -cp x app.Node shell", ProcessName.of(line));
    }

    @Test
    void theUsersOwnAgentsStay() {
        String line = "java -javaagent:/opt/otel/opentelemetry-javaagent.jar -Xbootclasspath/a:/opt/extra.jar app.Main";

        assertEquals(line, ProcessName.command(line));
        assertEquals("app.Main", ProcessName.of(line));
    }

    @Test
    void aTestJvmIsNamedSoNotByTheTemporaryFilesItIsGiven() {
        String line = "/usr/lib/jvm/java-17/bin/java -jar /work/app/target/surefire/surefirebooter-20261207_3.jar"
                + " /work/app/target/surefire 2026-12-07T12-15-07_891-jvmRun1 surefire-20261207_1tmp";

        assertEquals(ProcessName.TEST_JVM, ProcessName.of(line));
    }
}
