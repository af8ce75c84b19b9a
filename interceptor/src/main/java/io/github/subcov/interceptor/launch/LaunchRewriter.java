package io.github.subcov.interceptor.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how a child is started so that every JVM below it is covered exactly once. A pure
 * function of the command, the environment and the agent flags; the agent wiring lives elsewhere.
 *
 * <ul>
 *   <li>a {@code java} launcher gets the flags right after the program, and subcov's part of an
 *       inherited {@code JAVA_TOOL_OPTIONS} is taken out, so the child prints no
 *       {@code Picked up JAVA_TOOL_OPTIONS} line;</li>
 *   <li>a program that starts no JVM of the project here ({@link ProgramsLeftAlone}: the JDK's
 *       tools, container and remote CLIs) keeps its command and gets the environment it would
 *       have without subcov: an inherited {@code JAVA_TOOL_OPTIONS} loses subcov's part as for a
 *       launcher, and nothing is added, so {@code javac} prints what it prints without subcov;</li>
 *   <li>any other program gets the flags appended to {@code JAVA_TOOL_OPTIONS}, so every JVM
 *       that a shell or launcher script starts is covered;</li>
 *   <li>a command that already carries a JaCoCo or subcov agent keeps exactly that one, also a
 *       shell whose command string names subcov's;</li>
 *   <li>a {@code java} launcher that a {@link ProcessFilter} skips gets no agent at all, neither
 *       on its command line nor through {@code JAVA_TOOL_OPTIONS}; the {@link Launch} says why, so
 *       that the report can name it;</li>
 *   <li>JaCoCo's jar joins the boot class path only where subcov sees every option the JVM
 *       will read: not through a script, an argument file or {@code _JAVA_OPTIONS}, which may
 *       name a JaCoCo agent of another version.</li>
 * </ul>
 */
public final class LaunchRewriter {

    public static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    public static final String JDK_JAVA_OPTIONS = "JDK_JAVA_OPTIONS";
    public static final String UNDERSCORE_JAVA_OPTIONS = "_JAVA_OPTIONS";

    private final AgentFlags flags;
    private final String parentId;
    private final ProcessFilter filter;
    private final SkippedLaunches skippedLaunches;
    private volatile Environment inherited;

    public LaunchRewriter(AgentFlags flags, String parentId) {
        this(flags, parentId, null, null);
    }

    /**
     * @param filter which JVMs to cover, or null for all
     * @param skippedLaunches where the hook records the children the filter skips, or null
     */
    public LaunchRewriter(AgentFlags flags, String parentId, ProcessFilter filter, SkippedLaunches skippedLaunches) {
        this.flags = flags;
        this.parentId = parentId;
        this.filter = filter;
        this.skippedLaunches = skippedLaunches;
    }

    /**
     * Where the children that a process filter skips are recorded: they run without subcov, so
     * their parent is the only one to say so. Called by the launch hook, not by {@link #rewrite},
     * which stays a pure function.
     */
    public interface SkippedLaunches {
        void skipped(List<String> command, ProcessFilter.Skip skip) throws IOException;
    }

    /** Null when this rewriter has no filter. */
    public SkippedLaunches skippedLaunches() {
        return skippedLaunches;
    }

    /**
     * @param command the program and its arguments
     * @param explicitEnvironment the environment the caller set, or {@code null} when it inherits
     * @param inheritedEnvironment this process's own environment
     */
    public Launch rewrite(List<String> command, Map<String, String> explicitEnvironment,
            Map<String, String> inheritedEnvironment) {
        if (command.isEmpty()) {
            return new Launch(command, null);
        }
        Environment environment = explicitEnvironment != null
                ? new Environment(explicitEnvironment) : inherited(inheritedEnvironment);
        if (JavaCommand.isLauncher(command.get(0))) {
            List<String> launcherOptions = JavaCommand.launcherOptions(command);
            boolean covered = environment.agentElsewhere || JavaCommand.hasCoverageAgent(launcherOptions)
                    || JavaCommand.isInformational(launcherOptions);
            ProcessFilter.Skip skip = covered || filter == null ? null : filter.skip(JvmProgram.ofCommand(command));
            if (skip != null) {
                return new Launch(command, environment.withoutOwnOptions(), skip);
            }
            boolean allOptionsSeen = !environment.mayHideAgent && !JavaCommand.namesArgumentFile(command);
            return new Launch(covered ? command : withFlags(command, allOptionsSeen), environment.withoutOwnOptions());
        }
        if (ProgramsLeftAlone.contains(command.get(0))) {
            return new Launch(command, environment.withoutOwnOptions());
        }
        if (JavaCommand.namesSubcovAgent(command)) {
            // Surefire's fork behind sh -c in a Maven that another build's subcov covers: the build
            // that named the agent covers that JVM; one handed down through JAVA_TOOL_OPTIONS would
            // start first and take its place
            return new Launch(command, environment.withoutOwnOptions());
        }
        return new Launch(command, environment.withOwnOptions(), !environment.agentElsewhere);
    }

    /**
     * A launch that names a coverage agent where the rewriter does not look (Surefire's fork behind
     * {@code sh -c}): its command stays, and its environment loses subcov's options as a
     * {@code java} launcher's does, so that the JVM runs with that agent alone.
     */
    public Launch withItsOwnAgent(List<String> command, Map<String, String> explicitEnvironment,
            Map<String, String> inheritedEnvironment) {
        Environment environment = explicitEnvironment != null
                ? new Environment(explicitEnvironment) : inherited(inheritedEnvironment);
        return new Launch(command, environment.withoutOwnOptions());
    }

    /**
     * The inherited environment never changes, so it is read once: a JVM that starts a thousand
     * children pays for it once, not per child.
     */
    private Environment inherited(Map<String, String> inheritedEnvironment) {
        Environment known = inherited;
        if (known == null || known.variables != inheritedEnvironment) {
            known = new Environment(inheritedEnvironment);
            inherited = known;
        }
        return known;
    }

    /** Takes back what {@link #rewrite} added to a command line. */
    public List<String> withoutFlags(List<String> command) {
        List<String> original = new ArrayList<String>(command.size());
        for (String arg : command) {
            if (!flags.isOwn(arg)) {
                original.add(arg);
            }
        }
        return original;
    }

    /**
     * Takes subcov's options out of a {@code JAVA_TOOL_OPTIONS} value: its own, and those another
     * build's subcov handed down to this JVM (a Maven that a covered build forked), which are not the
     * user's either: the build whose rewriter this is decides for the children. Null stays null.
     */
    public String withoutOwn(String toolOptions) {
        if (toolOptions == null) {
            return null;
        }
        List<JvmOptionsText.Token> tokens = JvmOptionsText.tokens(toolOptions);
        List<String> handedDown = new ArrayList<String>(1);
        for (JvmOptionsText.Token token : tokens) {
            String jar = AgentFlags.childAgentJar(token.value);
            if (jar != null) {
                handedDown.add(jar);
            }
        }
        List<JvmOptionsText.Token> own = new ArrayList<JvmOptionsText.Token>();
        for (JvmOptionsText.Token token : tokens) {
            if (flags.isOwn(token.value) || AgentFlags.childAgentJar(token.value) != null
                    || isBootClassPathOfAny(token.value, handedDown)) {
                own.add(token);
            }
        }
        return own.isEmpty() ? toolOptions : JvmOptionsText.without(toolOptions, own);
    }

    private static boolean isBootClassPathOfAny(String option, List<String> agentJars) {
        for (String jar : agentJars) {
            if (AgentFlags.isBootClassPathOf(option, jar)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code JAVA_TOOL_OPTIONS} value a child would have without subcov, given the value it has:
     * subcov's options taken out, or null when nothing of the user's is left (the child then has
     * no such variable, see {@link #withToolOptions}). A value without subcov's options is returned
     * as it is.
     */
    public String toolOptionsWithoutOwn(String value) {
        String user = withoutOwn(value);
        return user == value || !onlyOwnWereThere(user, value) ? user : null;
    }

    /** Whether taking subcov's options out of {@code value} leaves nothing the user had. */
    private static boolean onlyOwnWereThere(String user, String value) {
        return user == null || user.trim().isEmpty() && !value.trim().isEmpty();
    }

    private List<String> withFlags(List<String> command, boolean jacocoOnBootClassPath) {
        List<String> result = new ArrayList<String>(command.size() + 2);
        result.add(command.get(0));
        result.addAll(flags.forChildOf(parentId, jacocoOnBootClassPath));
        result.addAll(command.subList(1, command.size()));
        return result;
    }

    /** The whole environment with the new value, or null when nothing changes. */
    private static Map<String, String> withToolOptions(Map<String, String> environment, String oldValue,
            String newValue) {
        if (oldValue == null ? newValue == null : oldValue.equals(newValue)) {
            return null;
        }
        // unmodifiable: a result may be handed out again for the next child
        Map<String, String> result = new LinkedHashMap<String, String>(environment);
        if (onlyOwnWereThere(newValue, oldValue)) {
            // only subcov's part was there: the child must not see the variable at all
            result.remove(JAVA_TOOL_OPTIONS);
        } else {
            result.put(JAVA_TOOL_OPTIONS, newValue);
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * A child's environment as subcov reads it, and what it becomes: without subcov's part of
     * {@code JAVA_TOOL_OPTIONS} for a {@code java} launcher (its flags go on the command line) and
     * for a program left alone, with it for any other program. Each is worked out when first
     * needed and then kept.
     */
    private final class Environment {
        final Map<String, String> variables;
        final String toolOptions;
        final String userToolOptions;
        final boolean agentElsewhere;
        /** JDK_JAVA_OPTIONS or _JAVA_OPTIONS may name a JaCoCo agent that subcov leaves alone. */
        final boolean mayHideAgent;
        private Map<String, String> withoutOwnOptions;
        private Map<String, String> withOwnOptions;
        private boolean withoutOwnOptionsDone;
        private boolean withOwnOptionsDone;

        Environment(Map<String, String> variables) {
            this.variables = variables;
            this.toolOptions = variables.get(JAVA_TOOL_OPTIONS);
            this.userToolOptions = withoutOwn(toolOptions);
            this.agentElsewhere = JavaCommand.hasCoverageAgent(JvmOptionsText.values(userToolOptions))
                    || JavaCommand.hasCoverageAgent(JvmOptionsText.values(variables.get(JDK_JAVA_OPTIONS)));
            this.mayHideAgent = JavaCommand.mayNameJacocoAgent(variables.get(JDK_JAVA_OPTIONS))
                    || JavaCommand.mayNameJacocoAgent(variables.get(UNDERSCORE_JAVA_OPTIONS));
        }

        /**
         * Null when the environment stays as given. Also from an explicit environment: a caller's
         * copy of this JVM's environment ({@code ProcessBuilder.environment()}, plexus-utils'
         * {@code Commandline}) carries the part a script handed down, which was never the user's.
         */
        synchronized Map<String, String> withoutOwnOptions() {
            if (!withoutOwnOptionsDone) {
                withoutOwnOptions = withToolOptions(variables, toolOptions, userToolOptions);
                withoutOwnOptionsDone = true;
            }
            return withoutOwnOptions;
        }

        /**
         * Null when the program's environment stays as given. A user's own agent stays the only
         * one: subcov's inherited part must go, or every JVM below would load JaCoCo twice.
         */
        synchronized Map<String, String> withOwnOptions() {
            if (!withOwnOptionsDone) {
                // a script may give java its own JaCoCo agent: JaCoCo's jar stays off the boot class path
                String newToolOptions = agentElsewhere
                        ? userToolOptions : JvmOptionsText.append(userToolOptions, flags.forChildOf(parentId, false));
                withOwnOptions = withToolOptions(variables, toolOptions, newToolOptions);
                withOwnOptionsDone = true;
            }
            return withOwnOptions;
        }
    }
}
