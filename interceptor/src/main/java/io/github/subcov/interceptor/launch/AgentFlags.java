package io.github.subcov.interceptor.launch;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The {@code -javaagent} option that covers a JVM: subcov's interceptor, which starts JaCoCo's
 * runtime agent itself unless the JVM already names one somewhere subcov cannot rewrite (a
 * script's own {@code -javaagent}, an argument file), so that no JVM ever loads JaCoCo twice.
 */
public final class AgentFlags {

    private static final String JAVAAGENT = "-javaagent:";

    private final String interceptorJar;
    private final String configFile;

    public AgentFlags(String interceptorJar, String configFile) {
        this.interceptorJar = interceptorJar;
        this.configFile = configFile;
    }

    /** The options for a JVM started by the process with the given id. */
    public List<String> forChildOf(String parentId) {
        return Collections.singletonList(JAVAAGENT + interceptorJar + "=" + AgentArgument.format(parentId, configFile));
    }

    /**
     * Whether the option is one that subcov itself adds (any parent). Only the exact text counts:
     * a user's own agent from the same jar is the user's and must stay.
     */
    public boolean isOwn(String option) {
        String interceptor = JAVAAGENT + interceptorJar + "=";
        if (!option.startsWith(interceptor)) {
            return false;
        }
        AgentArgument argument = AgentArgument.parse(option.substring(interceptor.length()));
        return option.equals(interceptor + AgentArgument.format(argument.parentId(), configFile));
    }

    /** Whether the option loads JaCoCo's agent or subcov's, from any path. */
    public static boolean isCoverageAgent(String option) {
        return agentJarName(option).contains("jacoco") || agentJarName(option).contains("subcov-interceptor");
    }

    /** Whether the option loads JaCoCo's agent, from any path. */
    public static boolean isJacocoAgent(String option) {
        return agentJarName(option).contains("jacoco");
    }

    /** The file name of a {@code -javaagent} jar in lower case, or "" for any other option. */
    private static String agentJarName(String option) {
        if (!option.startsWith(JAVAAGENT)) {
            return "";
        }
        String jar = option.substring(JAVAAGENT.length());
        int equals = jar.indexOf('=');
        if (equals >= 0) {
            jar = jar.substring(0, equals);
        }
        return jar.substring(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
    }
}
