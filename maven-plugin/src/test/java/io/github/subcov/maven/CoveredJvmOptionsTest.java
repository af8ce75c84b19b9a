package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import org.codehaus.plexus.util.cli.CommandLineUtils;
import org.junit.jupiter.api.Test;

class CoveredJvmOptionsTest {

    @Test
    void theInterceptorReadsTheConfigNamedInItsArgumentWithBothJarsOnTheBootClassPath() {
        assertEquals("-Xbootclasspath/a:/repo/subcov-interceptor.jar" + File.pathSeparator + "/repo/jacoco.jar"
                        + " -javaagent:/repo/subcov-interceptor.jar=config=/p/target/subcov-agent.properties",
                new CoveredJvmOptions("/repo/subcov-interceptor.jar", "/repo/jacoco.jar", null, "/p/target/subcov-agent.properties")
                        .argLine());
    }

    @Test
    void withoutJacocoJarOnlyTheInterceptorIsOnTheBootClassPath() {
        assertEquals("-Xbootclasspath/a:/repo/subcov-interceptor.jar -javaagent:/repo/subcov-interceptor.jar=config=/c",
                new CoveredJvmOptions("/repo/subcov-interceptor.jar", null, null, "/c").argLine());
    }

    @Test
    void besideOptionsThatMayNameAJacocoAgentOnlyTheInterceptorIsOnTheBootClassPath() {
        CoveredJvmOptions options = new CoveredJvmOptions("/r/subcov-interceptor.jar", "/r/jacoco.jar", null, "/c");
        String interceptorOnly = "-Xbootclasspath/a:/r/subcov-interceptor.jar -javaagent:/r/subcov-interceptor.jar=config=/c";

        for (String other : new String[] {"-javaagent:/m2/org.jacoco.agent-0.8.11-runtime.jar=destfile=a.exec",
            "-Xmx1g \"-javaagent:/my jacoco/jacocoagent.jar\"", "${jacocoArgLine}", "@{jacoco.agent}", "@/p/jvm.args"}) {
            assertEquals(interceptorOnly, options.argLineBeside(other), other);
        }
        for (String other : new String[] {null, "", "-Xmx1g -Djacoco.skip=true", "-javaagent:/x/aspectjweaver.jar"}) {
            assertEquals(options.argLine(), options.argLineBeside(other), other);
        }
    }

    @Test
    void theJointJarIsBothTheBootClassPathAndTheAgent() {
        assertEquals("-Xbootclasspath/a:/r/subcov-interceptor-boot-1f.jar"
                        + " -javaagent:/r/subcov-interceptor-boot-1f.jar=config=/c",
                new CoveredJvmOptions("/r/subcov-interceptor.jar", "/r/jacoco.jar", "/r/subcov-interceptor-boot-1f.jar", "/c")
                        .argLine());
        assertEquals("-Xbootclasspath/a:/r/subcov-interceptor.jar -javaagent:/r/subcov-interceptor.jar=config=/c",
                new CoveredJvmOptions("/r/subcov-interceptor.jar", null, "/r/subcov-interceptor-boot-1f.jar", "/c")
                        .argLine(), "without JaCoCo on the boot class path its classes come from its own jar");
    }

    @Test
    void besideAJacocoAgentTheJointJarGivesWayToTheInterceptorAlone() {
        CoveredJvmOptions options =
                new CoveredJvmOptions("/r/subcov-interceptor.jar", "/r/jacoco.jar", "/r/subcov-interceptor-boot-1f.jar", "/c");
        String interceptorOnly = "-Xbootclasspath/a:/r/subcov-interceptor.jar -javaagent:/r/subcov-interceptor.jar=config=/c";

        assertEquals(interceptorOnly, options.argLineBeside("${jacocoArgLine}"));
        assertEquals("-Xmx1g " + interceptorOnly + " @{jacoco}", options.besideJacoco("-Xmx1g " + options.argLine() + " @{jacoco}"));
    }

    @Test
    void existingArgLineIsKeptAfterTheAgent() {
        assertEquals("A -Xmx1g", CoveredJvmOptions.prepend("A", "-Xmx1g"));
        assertEquals("A", CoveredJvmOptions.prepend("A", null));
        assertEquals("A", CoveredJvmOptions.prepend("A", "  "));
    }

    @Test
    void pathsWithSpacesSplitBackIntoOneOptionTheWaySurefireSplits() throws Exception {
        CoveredJvmOptions spaced = new CoveredJvmOptions("/my repo/subcov-interceptor.jar", "/my repo/jacoco.jar", null,
                "/p q/ü/subcov-agent.properties");
        assertArrayEquals(new String[] {
            "-Xbootclasspath/a:/my repo/subcov-interceptor.jar" + File.pathSeparator + "/my repo/jacoco.jar",
            "-javaagent:/my repo/subcov-interceptor.jar=config=/p q/ü/subcov-agent.properties"},
                CommandLineUtils.translateCommandline(spaced.argLine()));
    }
}
