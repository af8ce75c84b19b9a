package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.data.ProcSelf;
import io.github.subcov.interceptor.launch.JavaCommand;
import io.github.subcov.interceptor.launch.JvmOptionsText;
import io.github.subcov.interceptor.launch.LaunchRewriter;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The options this JVM was started with, wherever they came from: launcher options with argument
 * files expanded, {@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS} and {@code _JAVA_OPTIONS}. Read from
 * {@code /proc/self/cmdline} and {@code /proc/self/environ} where there are such: the management
 * bean that knows them all costs about 35 ms of every start.
 */
final class JvmArguments {

    private JvmArguments() {
    }

    static List<String> options() {
        List<String> options = new ArrayList<String>();
        List<String> command = ProcSelf.commandLine();
        // not System.getenv: on JDK 25 (not 17) that loads java.lang.ProcessImpl, which would make
        // the launch hook weave it in every JVM at start
        List<String> environment = ProcSelf.environment();
        if (command == null || command.isEmpty() || environment == null) {
            options.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            return options;
        }
        options.addAll(JavaCommand.launcherOptions(expandArgumentFiles(command)));
        // launcher options only, which the launcher reads as if they followed the program
        List<String> jdkOptions = new ArrayList<String>();
        jdkOptions.add(command.get(0));
        jdkOptions.addAll(JvmOptionsText.values(variable(environment, LaunchRewriter.JDK_JAVA_OPTIONS)));
        List<String> expandedJdkOptions = expandArgumentFiles(jdkOptions);
        options.addAll(expandedJdkOptions.subList(1, expandedJdkOptions.size()));
        options.addAll(JvmOptionsText.values(variable(environment, LaunchRewriter.JAVA_TOOL_OPTIONS)));
        // the JVM reads it after the command line: an agent named there would load after this one
        options.addAll(JvmOptionsText.values(variable(environment, LaunchRewriter.UNDERSCORE_JAVA_OPTIONS)));
        return options;
    }

    private static String variable(List<String> environment, String name) {
        String prefix = name + "=";
        for (String entry : environment) {
            if (entry.startsWith(prefix)) {
                return entry.substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * Replaces each {@code @file} between the program and the main class with the arguments the
     * file holds, as the launcher does. The program's own arguments are never read: one may be
     * {@code @/dev/stdin}, meant for the program.
     */
    static List<String> expandArgumentFiles(List<String> command) {
        List<String> expanded = new ArrayList<String>(command.size());
        boolean mainClassReached = false;
        for (String argument : command) {
            mainClassReached = mainClassReached || expanded.size() > 1
                    && JavaCommand.launcherOptions(expanded).size() < expanded.size() - 1;
            if (!expanded.isEmpty() && !mainClassReached && argument.startsWith("@") && !argument.startsWith("@@")
                    && argument.length() > 1) {
                expanded.addAll(argumentFile(new File(argument.substring(1))));
            } else {
                expanded.add(argument);
            }
        }
        return expanded;
    }

    private static List<String> argumentFile(File file) {
        List<String> arguments = new ArrayList<String>();
        try {
            for (String line : new String(ProcSelf.read(file)).split("\r?\n|\r")) {
                arguments.addAll(JvmOptionsText.values(withoutComment(line)));
            }
        } catch (IOException unreadable) {
            // the launcher would have refused to start; nothing to find here
        }
        return arguments;
    }

    /**
     * The line up to an unquoted {@code #}: the launcher ignores the rest of the line and the
     * token that the {@code #} interrupts ({@code -Dk=a#b} sets nothing).
     */
    private static String withoutComment(String line) {
        char quote = 0;
        int tokenStart = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                tokenStart = i + 1;
            } else if (c == '#') {
                return line.substring(0, tokenStart);
            }
        }
        return line;
    }
}
