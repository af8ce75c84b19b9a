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

    /**
     * Whether the option is one that subcov itself adds (any parent). Only the exact text counts:
     * a user's own agent from the same jar, say JaCoCo's runtime jar in the local repository with
     * a {@code destfile}, is the user's and must stay.
     */
    public boolean isOwn(String option) {
        if (option.equals(JAVAAGENT + jacocoJar + "=" + jacocoOptions)) {
            return true;
        }
        String interceptor = JAVAAGENT + interceptorJar + "=";
        if (!option.startsWith(interceptor)) {
            return false;
        }
        AgentArgument argument = AgentArgument.parse(option.substring(interceptor.length()));
        return option.equals(interceptor + AgentArgument.format(argument.parentId(), configFile));
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
