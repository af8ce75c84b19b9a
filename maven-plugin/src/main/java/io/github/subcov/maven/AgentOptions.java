package io.github.subcov.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options that put subcov's interceptor and JaCoCo's runtime agent into a test JVM,
 * written as one argument line the way Surefire splits it (double quotes group).
 */
final class AgentOptions {

    private final String interceptorOption;
    private final String jacocoOption;

    AgentOptions(String interceptorJar, String configFile, String jacocoJar, String jacocoOptions) {
        this.interceptorOption = "-javaagent:" + interceptorJar + "=config=" + configFile;
        this.jacocoOption = "-javaagent:" + jacocoJar + "=" + jacocoOptions;
    }

    /** Both agents, interceptor first so that JaCoCo's transformer never sees subcov's classes. */
    String argLine() {
        return join(interceptorOption, jacocoOption);
    }

    /** The interceptor alone, for a JVM whose JaCoCo agent another plugin already adds. */
    String interceptorOnly() {
        return join(interceptorOption);
    }

    /** The options before an existing argument line, which keeps all its own options. */
    static String prepend(String options, String existing) {
        return existing == null || existing.trim().isEmpty() ? options : options + " " + existing;
    }

    private static String join(String... options) {
        List<String> quoted = new ArrayList<>();
        for (String option : options) {
            quoted.add(option.contains(" ") ? '"' + option + '"' : option);
        }
        return String.join(" ", quoted);
    }
}
