package io.github.subcov.interceptor;

import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the covered JVMs of one run left in the data directory: one manifest and one .exec each. */
final class DataDirectory {

    private final List<ProcessData> processes;

    private DataDirectory(List<ProcessData> processes) {
        this.processes = processes;
    }

    static DataDirectory read(Path directory, Path classes) throws IOException {
        List<ProcessData> processes = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    processes.add(ProcessData.read(json, classes));
                }
            }
        }
        return new DataDirectory(processes);
    }

    List<ProcessData> all() {
        return processes;
    }

    /** The processes whose command line runs the given main class. */
    List<ProcessData> running(String mainClass) {
        return processes.stream().filter(p -> p.runs(mainClass)).collect(Collectors.toList());
    }

    ProcessData only(String mainClass) {
        return single(running(mainClass), "running " + mainClass);
    }

    /** The one process running the main class whose command line ends with the given arguments. */
    ProcessData only(String mainClass, String lastArguments) {
        return single(running(mainClass).stream().filter(p -> p.command().endsWith(" " + lastArguments))
                .collect(Collectors.toList()), "running " + mainClass + " ... " + lastArguments);
    }

    private ProcessData single(List<ProcessData> found, String what) {
        if (found.size() != 1) {
            throw new AssertionError("expected one process " + what + ", found " + found.size() + ": " + this);
        }
        return found.get(0);
    }

    @Override
    public String toString() {
        return processes.toString();
    }

    /** Instructions of the method that a JaCoCo .exec file, subcov's or the user's, records as executed. */
    static int coveredInstructions(Path exec, Path classes, Class<?> type, String method) throws IOException {
        return coveredInstructions(exec, classes.resolve(type.getName().replace('.', '/') + ".class"), method);
    }

    /** Instructions of the method of the class file that a JaCoCo .exec file records as executed. */
    static int coveredInstructions(Path exec, Path classFile, String method) throws IOException {
        if (!Files.isRegularFile(exec)) {
            throw new AssertionError("no coverage file " + exec);
        }
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(exec.toFile());
        CoverageBuilder coverage = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), coverage)
                .analyzeClass(Files.readAllBytes(classFile), classFile.toString());
        for (IClassCoverage covered : coverage.getClasses()) {
            for (IMethodCoverage m : covered.getMethods()) {
                if (m.getName().equals(method)) {
                    return m.getInstructionCounter().getCoveredCount();
                }
            }
        }
        throw new AssertionError(classFile + " has no method " + method);
    }

    /**
     * The ids of the JaCoCo sessions in an .exec file: one per JaCoCo agent that wrote to it, so
     * two files that share an id were recorded by the same agent in the same JVM.
     */
    static Set<String> sessions(Path exec) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(exec.toFile());
        return loader.getSessionInfoStore().getInfos().stream().map(SessionInfo::getId).collect(Collectors.toSet());
    }

    /** One process: its manifest's fields and the coverage in its .exec file. */
    record ProcessData(String id, Long pid, String parent, String command, String ending, Long lastCheckpointMillis,
            Long lastDumpMillis, List<String> warnings, String skippedBy, String main, Path exec, Path classes) {

        private static final String JSON_STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
        private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\": (null|" + JSON_STRING + ")");
        private static final Pattern NUMBER_FIELD = Pattern.compile("\"(\\w+)\": (null|-?\\d+)[,\n]");
        private static final Pattern WARNINGS = Pattern.compile("\"warnings\": \\[(.*?)]\\s*}", Pattern.DOTALL);

        static ProcessData read(Path json, Path classes) throws IOException {
            String text = Files.readString(json);
            String name = json.getFileName().toString();
            Path exec = json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".exec");
            return new ProcessData(field(text, "id"), number(text, "pid"), field(text, "parent"), field(text, "command"),
                    field(text, "ending"), number(text, "lastCheckpointMillis"), number(text, "lastDumpMillis"),
                    warnings(text), optionalField(text, "skippedBy"), optionalField(text, "main"), exec, classes);
        }

        /** A field that only some manifests have, such as those of JVMs that a process filter skipped. */
        private static String optionalField(String json, String name) {
            return json.contains("\"" + name + "\": ") ? field(json, name) : null;
        }

        private static Long number(String json, String name) {
            Matcher matcher = NUMBER_FIELD.matcher(json);
            while (matcher.find()) {
                if (matcher.group(1).equals(name)) {
                    return matcher.group(2).equals("null") ? null : Long.valueOf(matcher.group(2));
                }
            }
            throw new AssertionError("manifest has no number " + name + ": " + json);
        }

        private static List<String> warnings(String json) {
            Matcher list = WARNINGS.matcher(json);
            if (!list.find()) {
                throw new AssertionError("manifest has no warnings: " + json);
            }
            List<String> warnings = new ArrayList<>();
            Matcher string = Pattern.compile(JSON_STRING).matcher(list.group(1));
            while (string.find()) {
                warnings.add(unescape(string.group(1)));
            }
            return warnings;
        }

        private static String field(String json, String name) {
            Matcher matcher = STRING_FIELD.matcher(json);
            while (matcher.find()) {
                if (matcher.group(1).equals(name)) {
                    return matcher.group(3) == null ? null : unescape(matcher.group(3));
                }
            }
            throw new AssertionError("manifest has no field " + name + ": " + json);
        }

        private static String unescape(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char next = text.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(next);
                }
            }
            return out.toString();
        }

        boolean runs(String mainClass) {
            return command != null && command.contains(" " + mainClass);
        }

        /** Instructions of the method that this process's .exec file records as executed. */
        int coveredInstructions(Class<?> type, String method) throws IOException {
            if (!Files.isRegularFile(exec)) {
                throw new AssertionError("no coverage file " + exec + " for " + this);
            }
            return DataDirectory.coveredInstructions(exec, classes, type, method);
        }

        /** Instructions of the method of the class file that this process's .exec file records as executed. */
        int coveredInstructions(Path classFile, String method) throws IOException {
            return DataDirectory.coveredInstructions(exec, classFile, method);
        }

        /** The JaCoCo sessions that this process's data came from (see {@link DataDirectory#sessions}). */
        Set<String> sessions() throws IOException {
            return DataDirectory.sessions(exec);
        }

        /** Fails unless this process's own .exec file shows the method run. */
        void assertCovered(Class<?> type, String method) throws IOException {
            if (coveredInstructions(type, method) == 0) {
                throw new AssertionError(type.getSimpleName() + "." + method + " not covered in " + exec + " of " + this);
            }
        }

        @Override
        public String toString() {
            return "process " + id + " (parent " + parent + ", " + ending
                    + (skippedBy == null ? "" : ", skipped by " + skippedBy + ": " + main) + ", checkpoint "
                    + lastCheckpointMillis
                    + ", dump " + lastDumpMillis + (warnings.isEmpty() ? "" : ", warnings " + warnings)
                    + "): " + command;
        }
    }
}
