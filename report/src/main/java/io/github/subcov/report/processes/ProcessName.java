package io.github.subcov.report.processes;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.JvmProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the process view calls a process: what it runs ({@link JvmProgram#title}), read from the
 * command line its manifest recorded, without the options by which subcov covers it. Those are
 * the same in every process and would make every row read alike: {@code -Xbootclasspath/a:} and
 * {@code -javaagent:} of subcov's interceptor jar (or its joint jar with JaCoCo's agent), wherever
 * the line names them, also twice or inside a shell's command string.
 *
 * <p>A manifest joins the arguments with spaces, so an argument that holds a space (a class path
 * of a directory with spaces) reads as two here; subcov's own options are found whole all the same.
 */
public final class ProcessName {

    /** A path inside one option: it may hold spaces, but no option starts inside it. */
    private static final String PATH = "(?:(?!\\s-).)*?";
    private static final String JAR = Pattern.quote(AgentFlags.JAR_MARK);
    private static final Pattern OWN_OPTIONS = Pattern.compile("\\s*(?:"
            + "-Xbootclasspath/a:" + PATH + JAR + "[^/\\\\:;\\s]*\\.jar(?:[:;]" + PATH + "\\.jar)?"
            + "|-javaagent:" + PATH + JAR + "[^/\\\\=\\s]*\\.jar=(?:" + PATH + "\\.properties|\\S*)"
            + ")(?=[\\s'\"]|$)", Pattern.DOTALL);

    /**
     * What Surefire and Failsafe fork: their booter jar, whose arguments are temporary file names
     * that differ in every run and tell a reader nothing.
     */
    static final String TEST_JVM = "test JVM (Surefire booter)";
    private static final Pattern TEST_BOOTER = Pattern.compile("surefirebooter[^\\s/\\\\]*\\.jar(?:\\s.*)?",
            Pattern.DOTALL);

    private ProcessName() {
    }

    /** The command line without subcov's options. */
    public static String command(String commandLine) {
        return OWN_OPTIONS.matcher(commandLine).replaceAll("").trim();
    }

    /** What the process runs: its main class or jar and the program's arguments, or its program and arguments. */
    public static String of(String commandLine) {
        List<String> words = new ArrayList<String>();
        for (String word : command(commandLine).split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        String title = JvmProgram.title(words);
        return TEST_BOOTER.matcher(title).matches() ? TEST_JVM : title;
    }
}
