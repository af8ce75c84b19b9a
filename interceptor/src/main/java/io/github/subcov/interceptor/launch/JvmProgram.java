package io.github.subcov.interceptor.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link ProcessFilter} tests of a JVM: its main class ({@code com.example.App}; with
 * {@code -m module/class}, the class), the file name of the jar it runs with {@code -jar}
 * ({@code app-1.0.jar}), and its command line, the arguments joined by spaces. A parent reads them
 * from the command it starts; a JVM reached through {@code JAVA_TOOL_OPTIONS} from what its launcher
 * told it. Neither reads an argument file or a jar's manifest: a {@code -jar} JVM goes by its jar's
 * name, not its {@code Main-Class}.
 */
public final class JvmProgram {

    private final String mainClass;
    private final String jarName;
    private final String commandLine;

    JvmProgram(String mainClass, String jarName, String commandLine) {
        this.mainClass = mainClass;
        this.jarName = jarName;
        this.commandLine = commandLine;
    }

    /**
     * A {@code java} launcher's command as the caller gave it. Behind an argument file, or with a
     * module that names no class, the main class is unknown here.
     */
    public static JvmProgram ofCommand(List<String> command) {
        String line = joined(command);
        int at = 1 + JavaCommand.launcherOptions(command).size();
        if (JavaCommand.namesArgumentFile(command) || at >= command.size()) {
            return new JvmProgram(null, null, line);
        }
        String arg = command.get(at);
        String next = at + 1 < command.size() ? command.get(at + 1) : null;
        if (arg.equals("-jar")) {
            return new JvmProgram(null, next == null ? null : fileName(next), line);
        }
        if (arg.equals("-m") || arg.equals("--module")) {
            return new JvmProgram(moduleClass(next), null, line);
        }
        if (arg.startsWith("--module=")) {
            return new JvmProgram(moduleClass(arg.substring("--module=".length())), null, line);
        }
        return new JvmProgram(arg, null, line);
    }

    /**
     * What the report calls a process that runs this command: a JVM by its main class (or its
     * {@code -jar}'s file name) and the arguments its program gets; any other program, and a JVM
     * whose main class is unknown here, by its file name and all its arguments.
     */
    public static String title(List<String> command) {
        if (command.isEmpty()) {
            return "";
        }
        if (JavaCommand.isLauncher(command.get(0))) {
            JvmProgram program = ofCommand(command);
            if (program.knowsMain()) {
                int at = 1 + JavaCommand.launcherOptions(command).size();
                String arg = command.get(at);
                int first = at + (arg.equals("-jar") || arg.equals("-m") || arg.equals("--module") ? 2 : 1);
                List<String> title = new ArrayList<String>();
                title.add(program.name());
                title.addAll(command.subList(Math.min(first, command.size()), command.size()));
                return joined(title);
            }
        }
        List<String> title = new ArrayList<String>(command);
        title.set(0, fileName(command.get(0)));
        return joined(title);
    }

    /**
     * This JVM, as its launcher describes it before the main class loads: {@code sun.java.command}
     * (the main class, {@code module/class} or the jar's path, then the arguments),
     * {@code java.class.path} (the jar alone with {@code -jar}) and {@code jdk.module.main} (set with
     * {@code -m}).
     */
    public static JvmProgram running(String javaCommand, String classPath, String mainModule, String commandLine) {
        if (javaCommand == null || javaCommand.isEmpty()) {
            return new JvmProgram(null, null, commandLine);
        }
        // a jar's path may hold spaces: it is the whole class path, which the launcher set to it
        if (mainModule == null && classPath != null && !classPath.isEmpty()
                && (javaCommand.equals(classPath) || javaCommand.startsWith(classPath + " "))) {
            return new JvmProgram(null, fileName(classPath), commandLine);
        }
        int space = javaCommand.indexOf(' ');
        String main = space < 0 ? javaCommand : javaCommand.substring(0, space);
        return new JvmProgram(mainModule == null ? main : moduleClass(main), null, commandLine);
    }

    /** The JVM this runs in, as {@link #running} reads it from the properties its launcher set. */
    public static JvmProgram thisJvm(String commandLine) {
        return running(System.getProperty("sun.java.command"), System.getProperty("java.class.path"),
                System.getProperty("jdk.module.main"), commandLine);
    }

    /**
     * A JVM as its manifest recorded it: its main class or its jar's file name (null when neither
     * was known), and its command line. The two are tested alike, so which one it is does not matter.
     */
    public static JvmProgram recorded(String main, String commandLine) {
        return new JvmProgram(main, null, commandLine);
    }

    /** The main class, or null where it is unknown or the JVM runs a jar. */
    public String mainClass() {
        return mainClass;
    }

    /** The file name of the {@code -jar} jar, or null. */
    public String jarName() {
        return jarName;
    }

    public String commandLine() {
        return commandLine;
    }

    /** Whether the main class or the jar is known, so that includes can decide. */
    boolean knowsMain() {
        return mainClass != null || jarName != null;
    }

    /** What the report calls the JVM: its main class, else its jar's name; null when neither is known. */
    public String name() {
        return mainClass != null ? mainClass : jarName;
    }

    /** {@code module/class}: the class; a module alone names its class in its descriptor, unread here. */
    private static String moduleClass(String module) {
        int slash = module == null ? -1 : module.indexOf('/');
        return slash < 0 ? null : module.substring(slash + 1);
    }

    /** The last part of a path, after its last {@code /} or {@code \\}. */
    public static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** As {@code ProcessHandle.Info.commandLine} has it on Linux, and a manifest records it. */
    public static String joined(List<String> command) {
        StringBuilder line = new StringBuilder();
        for (String argument : command) {
            line.append(line.length() == 0 ? "" : " ").append(argument);
        }
        return line.toString();
    }
}
