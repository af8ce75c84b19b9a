package io.github.subcov.maven.forks;

import io.github.subcov.interceptor.launch.JvmOptionsText;
import io.github.subcov.interceptor.launch.JvmProgram;
import io.github.subcov.interceptor.launch.LaunchRewriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Maven that a mojo forks (maven-invoker-plugin's IT builds, {@code exec:exec} of {@code mvn})
 * gets subcov's options through {@code MAVEN_OPTS}, which its launcher script puts on java's
 * command line, instead of {@code JAVA_TOOL_OPTIONS}: the forked Maven prints no
 * {@code Picked up JAVA_TOOL_OPTIONS} line into the log an IT reads, as a {@code java} child
 * prints none, and the script's own probe of the JVM ({@code java -version}) stays uncovered.
 * Maven 3's script splits {@code MAVEN_OPTS} at white space and Maven 4's evaluates it, so this
 * only holds where each option is a plain word; any other stays in {@code JAVA_TOOL_OPTIONS}.
 */
final class ForkedMaven {

    static final String MAVEN_OPTS = "MAVEN_OPTS";

    private static final Set<String> SCRIPTS = new HashSet<>(Arrays.asList("mvn", "mvnw", "mvnDebug"));
    private static final Set<String> SHELLS = new HashSet<>(Arrays.asList("sh", "bash", "dash", "ksh", "zsh"));
    /** What both scripts pass to java as it is: no white space, quote, glob or expansion. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

    private ForkedMaven() {
    }

    /**
     * Whether the command runs a Maven launcher script: as the program, or as the program of a
     * shell's command string, which maven-invoker-plugin (through maven-shared-utils) writes as
     * {@code cd '<dir>' && '<maven home>/bin/mvn' '<arg>' …}.
     */
    static boolean runsMaven(String[] command) {
        if (command.length == 0 || command[0] == null) {
            return false;
        }
        if (SCRIPTS.contains(JvmProgram.fileName(command[0]))) {
            return true;
        }
        if (command.length < 3 || !SHELLS.contains(JvmProgram.fileName(command[0])) || !"-c".equals(command[1])
                || command[2] == null) {
            return false;
        }
        List<String> words = words(command[2], 5);
        int program = 0;
        if (words.size() > 3 && words.get(0).equals("cd") && words.get(2).equals("&&")) {
            program = 3;
        }
        if (words.size() > program + 1 && words.get(program).equals("exec")) {
            program++;
        }
        return words.size() > program && SCRIPTS.contains(JvmProgram.fileName(words.get(program)));
    }

    /**
     * The environment of a forked Maven whose launch the rewriter covered through
     * {@code JAVA_TOOL_OPTIONS}: subcov's part moves to the end of {@code MAVEN_OPTS}, after the
     * user's options there, and anything subcov handed down leaves both; the same environment
     * where there is nothing to move or a part cannot go through the script as it is.
     */
    static Map<String, String> throughMavenOpts(Map<String, String> environment, LaunchRewriter rewriter) {
        String toolOptions = environment.get(LaunchRewriter.JAVA_TOOL_OPTIONS);
        if (toolOptions == null) {
            return environment;
        }
        String userToolOptions = rewriter.withoutOwn(toolOptions);
        List<String> subcovs = JvmOptionsText.values(toolOptions);
        for (String user : JvmOptionsText.values(userToolOptions)) {
            subcovs.remove(user);
        }
        if (subcovs.isEmpty()) {
            return environment;
        }
        for (String option : subcovs) {
            if (!PLAIN_WORD.matcher(option).matches()) {
                return environment;
            }
        }
        Map<String, String> result = new LinkedHashMap<>(environment);
        if (userToolOptions.trim().isEmpty()) {
            result.remove(LaunchRewriter.JAVA_TOOL_OPTIONS);
        } else {
            result.put(LaunchRewriter.JAVA_TOOL_OPTIONS, userToolOptions);
        }
        String mavenOpts = rewriter.withoutOwn(environment.get(MAVEN_OPTS));
        result.put(MAVEN_OPTS, mavenOpts == null || mavenOpts.trim().isEmpty()
                ? String.join(" ", subcovs) : mavenOpts + " " + String.join(" ", subcovs));
        return result;
    }

    /** The first words of a POSIX shell command string, quotes taken off. */
    static List<String> words(String text, int most) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (words.size() < most) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            StringBuilder word = new StringBuilder();
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i++);
                if (c == '\'') {
                    int close = text.indexOf('\'', i);
                    int end = close < 0 ? text.length() : close;
                    word.append(text, i, end);
                    i = end + 1;
                } else if (c == '"') {
                    while (i < text.length() && text.charAt(i) != '"') {
                        char d = text.charAt(i++);
                        word.append(d == '\\' && i < text.length() ? text.charAt(i++) : d);
                    }
                    i++;
                } else {
                    word.append(c == '\\' && i < text.length() ? text.charAt(i++) : c);
                }
            }
            words.add(word.toString());
        }
        return words;
    }
}
