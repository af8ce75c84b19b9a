package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.launch.JavaCommand;
import io.github.subcov.interceptor.launch.JvmOptionsText;
import io.github.subcov.interceptor.launch.LaunchRewriter;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The options this JVM was started with, wherever they came from: launcher options with argument
 * files expanded, {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS}. Read from
 * {@code /proc/self/cmdline} where there is one: the management bean that knows them all costs
 * about 35 ms of every start.
 */
final class JvmArguments {

    private static final File PROC_CMDLINE = new File("/proc/self/cmdline");

    private JvmArguments() {
    }

    static List<String> options() {
        List<String> options = new ArrayList<String>();
        List<String> command = commandLine();
        if (command == null) {
            options.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            return options;
        }
        options.addAll(JavaCommand.launcherOptions(expandArgumentFiles(command)));
        options.addAll(expandArgumentFiles(values(System.getenv(LaunchRewriter.JDK_JAVA_OPTIONS))));
        options.addAll(values(System.getenv(LaunchRewriter.JAVA_TOOL_OPTIONS)));
        return options;
    }

    /** The program and its arguments as the OS has them, or null where that cannot be read. */
    private static List<String> commandLine() {
        if (!PROC_CMDLINE.canRead()) {
            return null;
        }
        try {
            String text = new String(read(PROC_CMDLINE));
            List<String> arguments = new ArrayList<String>(Arrays.asList(text.split("\u0000")));
            return arguments.isEmpty() ? null : arguments;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** Replaces each {@code @file} before the main class with the arguments the file holds. */
    static List<String> expandArgumentFiles(List<String> arguments) {
        List<String> expanded = new ArrayList<String>(arguments.size());
        for (String argument : arguments) {
            if (argument.startsWith("@") && !argument.startsWith("@@") && argument.length() > 1) {
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
            for (String line : new String(read(file)).split("\r?\n")) {
                if (!line.trim().startsWith("#")) {
                    arguments.addAll(values(line));
                }
            }
        } catch (IOException unreadable) {
            // the launcher would have refused to start; nothing to find here
        }
        return arguments;
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

    private static byte[] read(File file) throws IOException {
        InputStream in = new FileInputStream(file);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            in.close();
        }
    }
}
