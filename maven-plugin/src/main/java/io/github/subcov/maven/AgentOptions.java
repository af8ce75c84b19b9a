package io.github.subcov.maven;

/**
 * The JVM option that covers a test JVM: subcov's interceptor, which starts JaCoCo's runtime
 * agent itself unless the JVM already carries one. Written the way Surefire splits an argument
 * line (double quotes group).
 */
final class AgentOptions {

    private final String interceptorOption;

    AgentOptions(String interceptorJar, String configFile) {
        this.interceptorOption = "-javaagent:" + interceptorJar + "=config=" + configFile;
    }

    String argLine() {
        return interceptorOption.contains(" ") ? '"' + interceptorOption + '"' : interceptorOption;
    }

    /** The options before an existing argument line, which keeps all its own options. */
    static String prepend(String options, String existing) {
        return existing == null || existing.trim().isEmpty() ? options : options + " " + existing;
    }
}
