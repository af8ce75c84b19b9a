package io.github.subcov.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What Surefire or Failsafe hands its forked JVM: the configured parameter as Maven evaluates it
 * for the mojo, then Surefire's own {@code @{name}} replacement from the project's properties.
 * Maven looks up {@code ${argLine}} in the request's system and user properties before the
 * project's, so a {@code -DargLine} outranks the property that {@code prepare} sets: in Maven 3
 * the request's system properties hold a copy of every {@code -D} value, taken before any mojo ran.
 */
final class ForkedArgLine {

    static final String ARG_LINE = "argLine";
    private static final String FORK_COUNT = "forkCount";
    /**
     * The user's own ways to skip a Surefire or Failsafe run ({@code -DskipTests},
     * {@code -Dmaven.test.skip}, {@code <skip>}), read, never set: a run the user skipped starts no
     * JVM, so a warning that its tests lack the agent would be false.
     */
    private static final List<String> SKIPS = Arrays.asList("skip", "skipTests", "skipExec", "skipITs");

    private ForkedArgLine() {
    }

    /** The argLine parameter as the mojo will receive it, before Surefire's {@code @{name}} replacement. */
    static String evaluated(MavenSession session, MojoExecution execution) throws ExpressionEvaluationException {
        return parameter(session, execution, ARG_LINE);
    }

    /** Whether the run is skipped: it starts no JVM, with or without the agent. */
    static boolean skipped(MavenSession session, MojoExecution execution) throws ExpressionEvaluationException {
        for (String skip : SKIPS) {
            String value = parameter(session, execution, skip);
            if (value != null && value.trim().equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tests run in Maven's own JVM ({@code forkCount} 0), where no argLine applies. */
    static boolean inMavensJvm(MavenSession session, MojoExecution execution) throws ExpressionEvaluationException {
        String forkCount = parameter(session, execution, FORK_COUNT);
        return forkCount != null && forkCount.trim().equals("0");
    }

    /** Whether a {@code -D} value (command line, {@code .mvn/maven.config}, {@code MAVEN_OPTS}) outranks the POM's. */
    static boolean givenWithDashD(MavenSession session) {
        return session.getSystemProperties().getProperty(ARG_LINE) != null
                || session.getUserProperties().getProperty(ARG_LINE) != null;
    }

    /** Surefire's late replacement of {@code @{name}} by the project's property, as its fork configuration does it. */
    static String lateReplaced(String argLine, Properties projectProperties) {
        if (argLine == null || !argLine.contains("@{")) {
            return argLine;
        }
        String replaced = argLine;
        for (String name : projectProperties.stringPropertyNames()) {
            replaced = replaced.replace("@{" + name + "}", projectProperties.getProperty(name, ""));
        }
        return replaced;
    }

    private static String parameter(MavenSession session, MojoExecution execution, String name)
            throws ExpressionEvaluationException {
        Xpp3Dom configuration = execution.getConfiguration();
        Xpp3Dom parameter = configuration == null ? null : configuration.getChild(name);
        if (parameter == null || parameter.getValue() == null) {
            return null;
        }
        Object value = new PluginParameterExpressionEvaluator(session, execution).evaluate(parameter.getValue());
        return value == null ? null : value.toString();
    }
}
