package io.github.subcov.interceptor.launch;

import java.util.ArrayList;
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
 *   <li>any other program gets the flags appended to {@code JAVA_TOOL_OPTIONS}, so every JVM
 *       that a shell or launcher script starts is covered;</li>
 *   <li>a command that already carries a JaCoCo or subcov agent keeps exactly that one.</li>
 * </ul>
 */
public final class LaunchRewriter {

    public static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    public static final String JDK_JAVA_OPTIONS = "JDK_JAVA_OPTIONS";

    private final AgentFlags flags;
    private final String parentId;

    public LaunchRewriter(AgentFlags flags, String parentId) {
        this.flags = flags;
        this.parentId = parentId;
    }

    /**
     * @param command the program and its arguments
     * @param explicitEnvironment the environment the caller set, or {@code null} when it inherits
     * @param inheritedEnvironment this process's own environment
     */
    public Launch rewrite(List<String> command, Map<String, String> explicitEnvironment,
            Map<String, String> inheritedEnvironment) {
        Map<String, String> environment =
                explicitEnvironment != null ? explicitEnvironment : inheritedEnvironment;
        if (command.isEmpty()) {
            return new Launch(command, null);
        }
        String toolOptions = environment.get(JAVA_TOOL_OPTIONS);
        String userToolOptions = withoutOwn(toolOptions);
        List<String> userToolTokens = values(userToolOptions);
        boolean agentElsewhere = JavaCommand.hasCoverageAgent(userToolTokens)
                || JavaCommand.hasCoverageAgent(values(environment.get(JDK_JAVA_OPTIONS)));

        if (JavaCommand.isLauncher(command.get(0))) {
            List<String> launcherOptions = JavaCommand.launcherOptions(command);
            boolean covered = agentElsewhere || JavaCommand.hasCoverageAgent(launcherOptions)
                    || JavaCommand.isInformational(launcherOptions);
            List<String> newCommand = covered ? command : withFlags(command);
            return new Launch(newCommand, withToolOptions(environment, toolOptions, userToolOptions));
        }
        if (agentElsewhere) {
            // the user's agent stays the only one; subcov's inherited part must go, or every JVM
            // below would load JaCoCo twice
            return new Launch(command, withToolOptions(environment, toolOptions, userToolOptions));
        }
        String newToolOptions = JvmOptionsText.append(userToolOptions, flags.forChildOf(parentId));
        return new Launch(command, withToolOptions(environment, toolOptions, newToolOptions));
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

    /** Takes subcov's own options out of a {@code JAVA_TOOL_OPTIONS} value; null stays null. */
    public String withoutOwn(String toolOptions) {
        if (toolOptions == null) {
            return null;
        }
        List<JvmOptionsText.Token> own = new ArrayList<JvmOptionsText.Token>();
        for (JvmOptionsText.Token token : JvmOptionsText.tokens(toolOptions)) {
            if (flags.isOwn(token.value)) {
                own.add(token);
            }
        }
        return own.isEmpty() ? toolOptions : JvmOptionsText.without(toolOptions, own);
    }

    private List<String> withFlags(List<String> command) {
        List<String> result = new ArrayList<String>(command.size() + 2);
        result.add(command.get(0));
        result.addAll(flags.forChildOf(parentId));
        result.addAll(command.subList(1, command.size()));
        return result;
    }

    /** The whole environment with the new value, or null when nothing changes. */
    private static Map<String, String> withToolOptions(Map<String, String> environment, String oldValue,
            String newValue) {
        if (oldValue == null ? newValue == null : oldValue.equals(newValue)) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<String, String>(environment);
        if (newValue == null || newValue.trim().isEmpty() && !oldValue.trim().isEmpty()) {
            // only subcov's part was there: the child must not see the variable at all
            result.remove(JAVA_TOOL_OPTIONS);
        } else {
            result.put(JAVA_TOOL_OPTIONS, newValue);
        }
        return result;
    }

    private static List<String> values(String options) {
        List<String> values = new ArrayList<String>();
        if (options != null) {
            for (JvmOptionsText.Token token : JvmOptionsText.tokens(options)) {
                values.add(token.value);
            }
        }
        return values;
    }
}
