package io.github.subcov.interceptor.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The two {@code -javaagent} options that cover a JVM: subcov's interceptor first, so that its
 * own classes are loaded before JaCoCo's transformer exists, then JaCoCo's runtime agent.
 */
public final class AgentFlags {

    private static final String JAVAAGENT = "-javaagent:";

    private final String interceptorJar;
    private final String configFile;
    private final String jacocoJar;
    private final String jacocoOptions;

    public AgentFlags(String interceptorJar, String configFile, String jacocoJar, String jacocoOptions) {
        this.interceptorJar = interceptorJar;
        this.configFile = configFile;
        this.jacocoJar = jacocoJar;
        this.jacocoOptions = jacocoOptions;
    }

    /** The options for a JVM started by the process with the given id. */
    public List<String> forChildOf(String parentId) {
        return Arrays.asList(
                JAVAAGENT + interceptorJar + "=" + AgentArgument.format(parentId, configFile),
                JAVAAGENT + jacocoJar + "=" + jacocoOptions);
    }

    /** Whether the option is one that subcov itself adds (any parent). */
    public boolean isOwn(String option) {
        return isAgent(option, interceptorJar) || isAgent(option, jacocoJar);
    }

    private static boolean isAgent(String option, String jar) {
        if (!option.startsWith(JAVAAGENT) || !option.startsWith(jar, JAVAAGENT.length())) {
            return false;
        }
        int end = JAVAAGENT.length() + jar.length();
        return option.length() == end || option.charAt(end) == '=';
    }

    /** Whether the option loads JaCoCo's agent or subcov's, from any path. */
    public static boolean isCoverageAgent(String option) {
        if (!option.startsWith(JAVAAGENT)) {
            return false;
        }
        String jar = option.substring(JAVAAGENT.length());
        int equals = jar.indexOf('=');
        if (equals >= 0) {
            jar = jar.substring(0, equals);
        }
        String name = jar.substring(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.contains("jacoco") || name.contains("subcov-interceptor");
    }
}
