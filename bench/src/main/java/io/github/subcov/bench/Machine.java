package io.github.subcov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers were measured on: they mean little without it. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return String.format("cores (nproc): %d; CPU: %s; memory: %s; OS: %s %s%n"
                + "JDK: %s %s (%s)%n", Runtime.getRuntime().availableProcessors(), cpuModel(), memory(),
                System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("java.home"));
    }

    /** The 1, 5 and 15 minute load averages: on a shared machine they say how much to trust a run. */
    public static String load() {
        String line = firstLine(Path.of("/proc/loadavg"), "");
        String[] parts = line.split(" ");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException notLinux) {
            // fall through
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        String line = firstLine(Path.of("/proc/meminfo"), "");
        String[] parts = line.trim().split("\\s+");
        if (parts.length >= 2 && line.startsWith("MemTotal")) {
            return Math.round(Long.parseLong(parts[1]) / 1024.0 / 1024.0) + " GiB";
        }
        return "unknown";
    }

    private static String firstLine(Path file, String otherwise) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? otherwise : lines.get(0);
        } catch (IOException e) {
            return otherwise;
        }
    }
}
