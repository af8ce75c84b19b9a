package io.github.subcov.interceptor.launch;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the {@code java} launcher's own options say about a command line. */
public final class JavaCommand {

    private static final String JAVAAGENT = "-javaagent:";

    private static final Set<String> LAUNCHERS =
            new HashSet<String>(Arrays.asList("java", "javaw", "java.exe", "javaw.exe"));

    /** Launcher options whose value is the next argument. */
    private static final Set<String> WITH_VALUE = new HashSet<String>(Arrays.asList(
            "-cp", "-classpath", "--class-path", "-p", "--module-path", "--upgrade-module-path",
            "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--enable-native-access", "--source"));

    /** Options after which the JVM prints something and runs no program. */
    private static final Set<String> INFORMATIONAL = new HashSet<String>(Arrays.asList(
            "-version", "--version", "-fullversion", "--full-version", "-help", "--help", "-h",
            "-?", "-X", "--help-extra", "--list-modules", "-d", "--describe-module",
            "--validate-modules"));

    private JavaCommand() {
    }

    /** Allocates nothing: it runs for every child a JVM starts. */
    static boolean isLauncher(String program) {
        int start = Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1;
        for (String launcher : LAUNCHERS) {
            if (program.length() - start == launcher.length()
                    && program.regionMatches(true, start, launcher, 0, launcher.length())) {
                return true;
            }
        }
        return false;
    }

    /** The launcher's own options: the arguments after the program, before the main class or jar. */
    public static List<String> launcherOptions(List<String> command) {
        int i = 1;
        while (i < command.size()) {
            String arg = command.get(i);
            if (arg.equals("-jar") || arg.equals("-m") || arg.equals("--module") || arg.startsWith("--module=")
                    || !arg.startsWith("-")) {
                break;
            }
            i += WITH_VALUE.contains(arg) ? 2 : 1;
        }
        return command.subList(1, Math.min(i, command.size()));
    }

    /** Whether the launcher reads an argument file ({@code @file}) before the main class or jar. */
    static boolean namesArgumentFile(List<String> command) {
        for (int i = 1; i < command.size(); i++) {
            String arg = command.get(i);
            if (arg.startsWith("@")) {
                return true;
            }
            if (arg.equals("-jar") || arg.equals("-m") || arg.equals("--module") || arg.startsWith("--module=")
                    || !arg.startsWith("-")) {
                return false;
            }
            i += WITH_VALUE.contains(arg) ? 1 : 0;
        }
        return false;
    }

    /**
     * Whether options ({@code JAVA_TOOL_OPTIONS} syntax) may name a JaCoCo agent: by its jar's
     * name, or through an argument file, which subcov does not read.
     */
    public static boolean mayNameJacocoAgent(String options) {
        if (options == null) {
            return false;
        }
        for (JvmOptionsText.Token token : JvmOptionsText.tokens(options)) {
            if (AgentFlags.isJacocoAgent(token.value) || token.value.startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    static boolean isInformational(List<String> launcherOptions) {
        for (String option : launcherOptions) {
            if (INFORMATIONAL.contains(option)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an argument, or an option inside one (a shell's command string), loads subcov's
     * interceptor: the JVM it starts is covered by the build that named it.
     */
    static boolean namesSubcovAgent(List<String> command) {
        for (int i = 1; i < command.size(); i++) {
            String argument = command.get(i);
            for (int at = argument.indexOf(JAVAAGENT); at >= 0; at = argument.indexOf(JAVAAGENT, at + 1)) {
                if (AgentFlags.isSubcovAgent(argument.substring(at))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasCoverageAgent(Iterable<String> options) {
        for (String option : options) {
            if (AgentFlags.isCoverageAgent(option)) {
                return true;
            }
        }
        return false;
    }
}
