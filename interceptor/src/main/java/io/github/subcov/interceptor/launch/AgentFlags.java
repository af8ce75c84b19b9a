package io.github.subcov.interceptor.launch;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The options that cover a JVM: subcov's interceptor as {@code -javaagent}, which starts JaCoCo's
 * runtime agent itself unless the JVM already names one somewhere subcov cannot rewrite (a
 * script's own {@code -javaagent}, an argument file), so that no JVM ever loads JaCoCo twice; and
 * the interceptor and JaCoCo's classes on the boot class path, whose loader reads them natively
 * and does not verify them: a covered JVM starts about a quarter sooner than with JaCoCo's agent
 * alone. Both come from one jar where there is one ({@code setup.BootJar}): every jar there costs
 * each later spawn the descriptors it holds. The JVM ignores a boot class path entry that does not
 * exist, and the interceptor finds JaCoCo's classes on the system class path then; a missing
 * {@code -javaagent} jar stops the JVM, so the joint jar is kept where {@code mvn clean} does not
 * reach.
 */
public final class AgentFlags {

    /**
     * What the file name of every jar of subcov's interceptor holds, its own and the joint one with
     * JaCoCo's agent: how an option is known as subcov's, from any path and of any version.
     */
    public static final String JAR_MARK = "subcov-interceptor";
    private static final String JAVAAGENT = "-javaagent:";
    private static final String BOOT_CLASS_PATH = "-Xbootclasspath/a:";

    /** The agent jar and boot class path where JaCoCo's classes may join it. */
    private final String agentJar;
    private final String bootClassPath;
    private final String interceptorJar;
    private final String interceptorBootClassPath;
    private final String configFile;

    /** @param jacocoJar JaCoCo's runtime agent jar, or null to keep it off the boot class path */
    public AgentFlags(String interceptorJar, String jacocoJar, String configFile) {
        this(interceptorJar, jacocoJar, null, configFile);
    }

    /**
     * @param jacocoJar JaCoCo's runtime agent jar, or null to keep it off the boot class path
     * @param bootJar the interceptor and JaCoCo's agent in one jar, or null to name the two jars
     */
    public AgentFlags(String interceptorJar, String jacocoJar, String bootJar, String configFile) {
        boolean oneJar = bootJar != null && jacocoJar != null;
        this.agentJar = oneJar ? bootJar : interceptorJar;
        this.bootClassPath = oneJar ? bootClassPath(bootJar, null) : bootClassPath(interceptorJar, jacocoJar);
        this.interceptorJar = interceptorJar;
        this.interceptorBootClassPath = bootClassPath(interceptorJar, null);
        this.configFile = configFile;
    }

    /**
     * The boot class path option, first of the flags: a JVM's options are then read in an order
     * where nothing after {@code -javaagent:} names JaCoCo's jar (see {@code OptionsPrecheck}).
     *
     * @param jacocoJar null to leave JaCoCo's classes to the system class loader, as for a JVM
     *     that may carry a JaCoCo agent of another version: the boot loader is asked first, and
     *     that agent's {@code org.jacoco.agent.rt.RT} would then be this one's
     */
    public static String bootClassPath(String interceptorJar, String jacocoJar) {
        return BOOT_CLASS_PATH + interceptorJar + (jacocoJar == null ? "" : File.pathSeparator + jacocoJar);
    }

    private String bootClassPath(boolean jacocoOnBootClassPath) {
        return jacocoOnBootClassPath ? bootClassPath : interceptorBootClassPath;
    }

    /** The jar to name in {@code -javaagent}: the one that is on the boot class path. */
    private String agentJar(boolean jacocoOnBootClassPath) {
        return jacocoOnBootClassPath ? agentJar : interceptorJar;
    }

    /** The options {@code subcov:prepare} gives a test JVM, as {@link #forChildOf} without a parent id. */
    public List<String> forTestJvm(boolean jacocoOnBootClassPath) {
        return Arrays.asList(bootClassPath(jacocoOnBootClassPath),
                JAVAAGENT + agentJar(jacocoOnBootClassPath) + "=" + AgentArgument.format(configFile));
    }

    /**
     * The options for a JVM started by the process with the given id, with JaCoCo's jar on the
     * boot class path only where subcov can see every option of the JVM: a script, an argument
     * file or {@code _JAVA_OPTIONS} may name a JaCoCo agent of another version, whose classes
     * must come from its own jar.
     */
    public List<String> forChildOf(String parentId, boolean jacocoOnBootClassPath) {
        return Arrays.asList(bootClassPath(jacocoOnBootClassPath),
                JAVAAGENT + agentJar(jacocoOnBootClassPath) + "=" + AgentArgument.format(parentId, configFile));
    }

    /**
     * Whether the option is one that subcov itself adds (any parent). Only the exact text counts:
     * a user's own agent from the same jar is the user's and must stay.
     */
    public boolean isOwn(String option) {
        if (option.equals(bootClassPath) || option.equals(interceptorBootClassPath)) {
            return true;
        }
        return isOwnAgent(option, interceptorJar) || isOwnAgent(option, agentJar);
    }

    private boolean isOwnAgent(String option, String jar) {
        String agent = JAVAAGENT + jar + "=";
        if (!option.startsWith(agent)) {
            return false;
        }
        AgentArgument argument = AgentArgument.parse(option.substring(agent.length()));
        return option.equals(agent + AgentArgument.format(argument.parentId(), configFile));
    }

    /**
     * The jar of an option by which subcov, of this build or another, covers a child: its interceptor
     * as agent with a parent, a key only subcov writes; null for any other option. Such an option is
     * never the user's: a Maven that a covered build forks inherits it from that build.
     */
    static String childAgentJar(String option) {
        if (!isSubcovAgent(option)) {
            return null;
        }
        String agent = option.substring(JAVAAGENT.length());
        int equals = agent.indexOf('=');
        return equals >= 0 && AgentArgument.namesParent(agent.substring(equals + 1)) ? agent.substring(0, equals) : null;
    }

    /** Whether the option puts the given agent jar on the boot class path first, as subcov's flags do. */
    static boolean isBootClassPathOf(String option, String agentJar) {
        if (!option.startsWith(BOOT_CLASS_PATH)) {
            return false;
        }
        String entries = option.substring(BOOT_CLASS_PATH.length());
        int separator = entries.indexOf(File.pathSeparatorChar);
        return (separator < 0 ? entries : entries.substring(0, separator)).equals(agentJar);
    }

    /** Whether the option loads JaCoCo's agent or subcov's, from any path. */
    public static boolean isCoverageAgent(String option) {
        return agentJarName(option).contains("jacoco") || isSubcovAgent(option);
    }

    /** Whether the option loads subcov's interceptor, from any path. */
    static boolean isSubcovAgent(String option) {
        return agentJarName(option).contains(JAR_MARK);
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
