package io.github.subcov.interceptor.launch;

/**
 * The interceptor's agent argument: {@code parent=<id>,config=<path>}. The config path comes
 * last and runs to the end, so it may hold any character.
 */
public final class AgentArgument {

    private static final String PARENT = "parent=";
    private static final String CONFIG = "config=";

    private final String parentId;
    private final String configFile;

    private AgentArgument(String parentId, String configFile) {
        this.parentId = parentId;
        this.configFile = configFile;
    }

    /** The argument {@code subcov:prepare} gives a test JVM, which has no parent: {@code config=<path>}. */
    public static String format(String configFile) {
        return CONFIG + configFile;
    }

    public static String format(String parentId, String configFile) {
        return PARENT + (parentId == null ? "" : parentId) + "," + CONFIG + configFile;
    }

    /** Reads the argument; a bare path (no keys) is a config file of a JVM without parent. */
    public static AgentArgument parse(String argument) {
        // no trim: the config path runs to the end, and a path may end in white space
        String text = argument == null ? "" : argument;
        String parent = null;
        if (text.startsWith(PARENT)) {
            int comma = text.indexOf(',');
            String id = comma < 0 ? text.substring(PARENT.length()) : text.substring(PARENT.length(), comma);
            parent = id.isEmpty() ? null : id;
            text = comma < 0 ? "" : text.substring(comma + 1);
        }
        if (text.startsWith(CONFIG)) {
            text = text.substring(CONFIG.length());
        }
        return new AgentArgument(parent, text);
    }

    /** Whether the argument is one of a child, which only subcov writes: {@code parent=} comes first. */
    static boolean namesParent(String argument) {
        return argument.startsWith(PARENT);
    }

    public String parentId() {
        return parentId;
    }

    public String configFile() {
        return configFile;
    }
}
