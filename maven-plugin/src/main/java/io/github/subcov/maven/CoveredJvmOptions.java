package io.github.subcov.maven;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.JavaCommand;

import java.util.List;

/**
 * The JVM options that cover a test JVM, which {@code prepare} puts into {@code argLine} and
 * {@code subcov.argLine}: the interceptor and JaCoCo's classes on the boot class
 * path (one jar where prepare could make it), and that jar as agent, which starts JaCoCo's
 * runtime agent itself unless the JVM already carries one. Written the way Surefire splits an
 * argument line (double quotes group). What JaCoCo's own agent is given is
 * {@link JacocoAgentArguments}.
 */
final class CoveredJvmOptions {

    /** {boot class path, agent}, each quoted: with JaCoCo's classes, and without them. */
    private final String[] withJacoco;
    private final String[] besideJacoco;

    /**
     * @param jacocoJar null to leave JaCoCo off the boot class path (see {@link AgentFlags#bootClassPath})
     * @param bootJar the interceptor and JaCoCo's agent in one jar, or null to name the two
     */
    CoveredJvmOptions(String interceptorJar, String jacocoJar, String bootJar, String configFile) {
        AgentFlags flags = new AgentFlags(interceptorJar, jacocoJar, bootJar, configFile);
        this.withJacoco = quoted(flags.forTestJvm(true));
        this.besideJacoco = quoted(flags.forTestJvm(false));
    }

    private static String[] quoted(List<String> options) {
        String[] quoted = new String[options.size()];
        for (int i = 0; i < quoted.length; i++) {
            quoted[i] = quoted(options.get(i));
        }
        return quoted;
    }

    String argLine() {
        return withJacoco[0] + " " + withJacoco[1];
    }

    /**
     * The options for a JVM that also gets the given ones: JaCoCo's jar stays off the boot class
     * path where they may name a JaCoCo agent, which may be of another version.
     */
    String argLineBeside(String otherOptions) {
        return mayNameJacocoAgent(otherOptions) ? besideJacoco(argLine()) : argLine();
    }

    /** The value with subcov's options losing JaCoCo's classes from the boot class path, as beside a JaCoCo agent. */
    String besideJacoco(String value) {
        String beside = value;
        for (int i = 0; i < withJacoco.length; i++) {
            beside = beside.replace(withJacoco[i], besideJacoco[i]);
        }
        return beside;
    }

    /** Whether options may name a JaCoCo agent: by name, or through a property or argument file. */
    static boolean mayNameJacocoAgent(String options) {
        return options != null
                && (options.contains("${") || options.contains("@{") || JavaCommand.mayNameJacocoAgent(options));
    }

    private static String quoted(String option) {
        return option.contains(" ") ? '"' + option + '"' : option;
    }

    /** The options before an existing argument line, which keeps all its own options. */
    static String prepend(String options, String existing) {
        return existing == null || existing.trim().isEmpty() ? options : options + " " + existing;
    }
}
