package io.github.subcov.maven;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.JavaCommand;

/**
 * The JVM options that cover a test JVM: the interceptor and JaCoCo's jar on the boot class path,
 * and the interceptor as agent, which starts JaCoCo's runtime agent itself unless the JVM already
 * carries one. Written the way Surefire splits an argument line (double quotes group).
 */
final class AgentOptions {

    private final String bootClassPathOption;
    private final String interceptorBootClassPathOption;
    private final String interceptorOption;

    /** @param jacocoJar null to leave JaCoCo off the boot class path (see {@link AgentFlags#bootClassPath}) */
    AgentOptions(String interceptorJar, String jacocoJar, String configFile) {
        this.bootClassPathOption = AgentFlags.bootClassPath(interceptorJar, jacocoJar);
        this.interceptorBootClassPathOption = AgentFlags.bootClassPath(interceptorJar, null);
        this.interceptorOption = "-javaagent:" + interceptorJar + "=config=" + configFile;
    }

    String argLine() {
        return quoted(bootClassPathOption) + " " + quoted(interceptorOption);
    }

    /**
     * The options for a JVM that also gets the given ones: JaCoCo's jar stays off the boot class
     * path where they may name a JaCoCo agent, which may be of another version.
     */
    String argLineBeside(String otherOptions) {
        return mayNameJacocoAgent(otherOptions) ? besideJacoco(argLine()) : argLine();
    }

    /** The value with subcov's boot class path option losing JaCoCo's jar, as beside a JaCoCo agent. */
    String besideJacoco(String value) {
        return value.replace(quoted(bootClassPathOption), quoted(interceptorBootClassPathOption));
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
