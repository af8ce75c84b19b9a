package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A bug of subcov's fails the goals whose work is the data or the report, and only warns in prepare. */
class InternalErrorTest {

    private static final IllegalStateException BUG = new IllegalStateException("a bug in the report library");
    private static final String FAILURE = "subcov failed with an internal error (java.lang.IllegalStateException:"
            + " a bug in the report library). It is a bug in subcov, not in your build: please report it at"
            + " https://github.com/subcov/subcov/issues with the stack trace that mvn -e prints; meanwhile"
            + " -Dsubcov.skip=true builds without subcov.";

    static List<AbstractSubcovMojo> goalsWhoseWorkIsTheDataOrTheReport() {
        return List.of(
                new ReportMojo() {
                    @Override
                    protected void executeMojo() {
                        throw BUG;
                    }
                },
                new CombineMojo() {
                    @Override
                    protected void executeMojo() {
                        throw BUG;
                    }
                },
                new DumpMojo() {
                    @Override
                    protected void executeMojo() {
                        throw BUG;
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("goalsWhoseWorkIsTheDataOrTheReport")
    void aRuntimeExceptionFailsTheBuildWithTheCauseAndTheFix(AbstractSubcovMojo goal) {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals(FAILURE, failure.getMessage());
        assertSame(BUG, failure.getCause());
    }

    @Test
    void aMissingClassFailsTheBuildAsABug() {
        NoClassDefFoundError missing = new NoClassDefFoundError("org/jacoco/report/IReportVisitor");
        ReportMojo report = new ReportMojo() {
            @Override
            protected void executeMojo() {
                throw missing;
            }
        };

        assertSame(missing, assertThrows(MojoExecutionException.class, report::execute).getCause());
    }

    @Test
    void aRuntimeExceptionInPrepareWarnsThatTheTestsRunWithoutCoverageAndTheBuildGoesOn() {
        RecordingLog log = new RecordingLog();
        MavenProject project = new MavenProject();
        PrepareMojo prepare = new PrepareMojo() {
            @Override
            protected void executeMojo() {
                throw BUG;
            }
        };
        MojoFields.with(MojoFields.with(prepare, "project", project), "propertyName", "argLine").setLog(log);

        assertDoesNotThrow(prepare::execute);

        assertEquals("", project.getProperties().getProperty("argLine"), "@{argLine} still builds");
        assertEquals(List.of("subcov failed with an internal error (java.lang.IllegalStateException: a bug in the"
                + " report library): the tests run without coverage. It is a bug in subcov, not in your build: please"
                + " report it at https://github.com/subcov/subcov/issues with the stack trace below; meanwhile"
                + " -Dsubcov.skip=true builds without subcov."), log.warnings);
        assertEquals(List.of(BUG), log.warnedThrowables);
    }
}
