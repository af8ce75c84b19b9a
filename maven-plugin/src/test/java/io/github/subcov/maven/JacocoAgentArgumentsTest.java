package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class JacocoAgentArgumentsTest {

    @Test
    void defaultsWriteNothingAndExcludeTheAgentItself() throws Exception {
        assertEquals("output=none,jmx=false,excludes=io.github.subcov.interceptor.*",
                JacocoAgentArguments.of(null, " ").value());
    }

    @Test
    void subcovsMavenPluginCanBeCoveredWhereAnOuterBuildCoversTheMavenItRunsIn() throws Exception {
        assertEquals("output=none,jmx=false,includes=io.github.subcov.maven.*,excludes=io.github.subcov.interceptor.*",
                JacocoAgentArguments.of("io.github.subcov.maven.*", null).value());
    }

    @Test
    void userFiltersAreKeptInJacocoSyntax() throws Exception {
        assertEquals("output=none,jmx=false,includes=com.example.*:org.acme.Main,excludes=io.github.subcov.interceptor.*:com.example.gen.*",
                JacocoAgentArguments.of("com.example.*:org.acme.Main", "com.example.gen.*").value());
    }

    @Test
    void aCommaWouldBreakTheAgentArgumentSoItIsRejectedWithTheFix() {
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> JacocoAgentArguments.of("com.a.*,com.b.*", null));
        assertTrue(error.getMessage().contains("subcov.includes is \"com.a.*,com.b.*\""), error.getMessage());
        assertTrue(error.getMessage().contains("separated by ':'"), error.getMessage());
    }

    @Test
    void whitespaceInsideAPatternIsRejected() {
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> JacocoAgentArguments.of(null, "com.a.* com.b.*"));
        assertTrue(error.getMessage().startsWith("subcov.excludes is"), error.getMessage());
    }
}
