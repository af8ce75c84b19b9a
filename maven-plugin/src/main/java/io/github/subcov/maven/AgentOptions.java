package io.github.subcov.maven;

import io.github.subcov.interceptor.launch.AgentFlags;

/**
 * The JVM options that cover a test JVM: the interceptor and JaCoCo's jar on the boot class path,
 * and the interceptor as agent, which starts JaCoCo's runtime agent itself unless the JVM already
 * carries one. Written the way Surefire splits an argument line (double quotes group).
 */
final class AgentOptions {

    private final String bootClassPathOption;
    private final String interceptorOption;

    /** @param jacocoJar null to leave JaCoCo off the boot class path (see {@link AgentFlags#bootClassPath}) */
    AgentOptions(String interceptorJar, String jacocoJar, String configFile) {
        this.bootClassPathOption = AgentFlags.bootClassPath(interceptorJar, jacocoJar);
        this.interceptorOption = "-javaagent:" + interceptorJar + "=config=" + configFile;
    }

    String argLine() {
        return quoted(bootClassPathOption) + " " + quoted(interceptorOption);
    }

    private static String quoted(String option) {
        return option.contains(" ") ? '"' + option + '"' : option;
    }

    /** The options before an existing argument line, which keeps all its own options. */
    static String prepend(String options, String existing) {
        return existing == null || existing.trim().isEmpty() ? options : options + " " + existing;
    }
}
