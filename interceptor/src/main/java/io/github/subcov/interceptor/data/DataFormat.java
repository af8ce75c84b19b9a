package io.github.subcov.interceptor.data;

import java.io.File;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The data directory's format, owned here: the agent writes it (Maven's JVM its build step records),
 * and the report, the Maven goals and the bench read it from these names alone. {@code docs/data-format.md} describes it for people who
 * read it with their own tools.
 *
 * <p>The names are compile-time constants, so the agent's start-up path, which only uses those,
 * does not load this class.
 */
public final class DataFormat {

    /**
     * The manifest's {@link Manifest#FORMAT_VERSION}. A new field keeps it; a field that changes
     * meaning or goes raises it, and a reader that meets a higher one says so.
     */
    public static final int VERSION = 1;

    /** {@code <id>.exec}: a process's coverage in JaCoCo's execution-data format. */
    public static final String EXEC_SUFFIX = ".exec";
    /** {@code <id>.json}: a process's manifest, an object of the fields in {@link Manifest}. */
    public static final String MANIFEST_SUFFIX = ".json";
    /** {@code <id>.dump}: asks one process for a snapshot; the process deletes it once written. */
    public static final String DUMP_REQUEST_SUFFIX = ".dump";
    /** Asks every running process for a snapshot; its modification time is the request. */
    public static final String ALL_DUMP_REQUEST = "all.dump";
    /** A file being written: {@code <name>[.<writer>].tmp}, renamed over {@code <name>} when whole. */
    public static final String TEMPORARY_SUFFIX = ".tmp";
    /**
     * {@code build.properties}: what the build that made the directory tells whoever reads it, in
     * {@link java.util.Properties} form; written by {@code prepare}, never by a covered JVM.
     */
    public static final String BUILD_FILE = "build.properties";
    /**
     * In {@link #BUILD_FILE}: the absolute path of the directory Maven ran in. A report shows the
     * paths that manifests record relative to it, so that CI shards that ran under other roots read alike.
     */
    public static final String PROJECT_ROOT = "projectRoot";
    /**
     * {@code <host>-<pid>-<millis>.step}: which build step started the process of that pid, an
     * object of the fields in {@link BuildStep}. Maven's JVM writes it, never a covered JVM.
     */
    public static final String BUILD_STEP_SUFFIX = ".step";

    /** The parent that Maven's own JVM names in the manifests of the JVMs it starts: {@code maven-<pid>}. */
    public static final String MAVEN_ID_PREFIX = "maven-";

    private DataFormat() {
    }

    public static File execFile(File directory, String id) {
        return new File(directory, id + EXEC_SUFFIX);
    }

    public static File manifestFile(File directory, String id) {
        return new File(directory, id + MANIFEST_SUFFIX);
    }

    /** The record of the process of {@code pid} on {@code host} that Maven's JVM started at {@code startMillis}. */
    public static File buildStepFile(File directory, String host, long pid, long startMillis) {
        return new File(directory, host + "-" + pid + "-" + startMillis + BUILD_STEP_SUFFIX);
    }

    /**
     * The host part of a process id ({@code <host>-<pid>-<random>}, the host's name with every
     * {@code -} made {@code _}), or null for an id without one.
     */
    public static String host(String processId) {
        int end = processId == null ? -1 : processId.indexOf('-');
        return end <= 0 ? null : processId.substring(0, end);
    }

    /** The id of the process whose {@code .exec} or manifest file this is; null for any other file. */
    public static String processId(String fileName) {
        for (String suffix : new String[] {EXEC_SUFFIX, MANIFEST_SUFFIX}) {
            if (fileName.endsWith(suffix) && fileName.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return null;
    }

    /**
     * Whether a file is one that a run writes to the directory, whole or still being written: the
     * processes' files and Maven's build step records.
     */
    public static boolean isWrittenByProcesses(String fileName) {
        return fileName.endsWith(EXEC_SUFFIX) || fileName.endsWith(MANIFEST_SUFFIX)
                || fileName.endsWith(BUILD_STEP_SUFFIX) || fileName.endsWith(TEMPORARY_SUFFIX);
    }

    /**
     * The manifest's fields. Every one may be {@code null} or missing: a process may die while
     * starting, and a manifest may come from another version.
     */
    public static final class Manifest {
        /** A number: {@link DataFormat#VERSION} of the writer. */
        public static final String FORMAT_VERSION = "formatVersion";
        /** A string, unique in the directory, also the file names' stem. */
        public static final String ID = "id";
        /** A number; {@code null} for a child that a filter skipped, which its parent describes. */
        public static final String PID = "pid";
        /** A string: the id of the covered process that started this one, or {@code null}. */
        public static final String PARENT = "parent";
        /**
         * A number: the pid of the OS process that started this one (a shell between it and
         * Maven's JVM, as Surefire's {@code sh -c}), read at the first write, off the start-up path;
         * {@code null} without {@code /proc}, for a skipped child, and from an agent older than the field.
         */
        public static final String PARENT_PID = "parentPid";
        /** A string: the command line, arguments joined by spaces. */
        public static final String COMMAND = "command";
        public static final String WORKING_DIRECTORY = "workingDirectory";
        public static final String JAVA_VERSION = "javaVersion";
        public static final String JAVA_HOME = "javaHome";
        /** Numbers: milliseconds since the epoch. */
        public static final String START_MILLIS = "startMillis";
        public static final String END_MILLIS = "endMillis";
        /** A string of {@link Ending}; {@code null} for a skipped process. */
        public static final String ENDING = "ending";
        public static final String LAST_CHECKPOINT_MILLIS = "lastCheckpointMillis";
        /** When the process last answered a dump request. */
        public static final String LAST_DUMP_MILLIS = "lastDumpMillis";
        /** A string: the property of the process filter that skipped this JVM; only in a skipped one's manifest. */
        public static final String SKIPPED_BY = "skippedBy";
        /**
         * A string: the JVM's main class, else the file name of its {@code -jar} jar, as
         * {@code JvmProgram} reads them; {@code null} when neither is known. Before the report's
         * {@code processes.json}, only a skipped JVM's manifest had it.
         */
        public static final String MAIN = "main";
        /** An array of strings: what went wrong in the process, at most {@link #MAX_WARNINGS}. */
        public static final String WARNINGS = "warnings";

        public static final int MAX_WARNINGS = 20;

        /** Every field, in the order written. */
        public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList(FORMAT_VERSION, ID, PID,
                PARENT, PARENT_PID, COMMAND, WORKING_DIRECTORY, JAVA_VERSION, JAVA_HOME, START_MILLIS, END_MILLIS, ENDING,
                LAST_CHECKPOINT_MILLIS, LAST_DUMP_MILLIS, SKIPPED_BY, MAIN, WARNINGS));

        private Manifest() {
        }
    }

    /**
     * The fields of a build step record ({@value DataFormat#BUILD_STEP_SUFFIX}): Maven's JVM writes
     * one for each process that a mojo starts in a module whose {@code prepare} ran, as it starts.
     * The report joins it with the manifest of the JVM whose host and pid, or OS parent's pid, it
     * names. Every field may be missing, as in a manifest.
     */
    public static final class BuildStep {
        /** A number: {@link DataFormat#VERSION} of the writer. */
        public static final String FORMAT_VERSION = Manifest.FORMAT_VERSION;
        /** A string: the host part of the ids of the processes on the host where it ran. */
        public static final String HOST = "host";
        /** A number: the started process's OS pid: a JVM's, or a shell's or script's that runs one. */
        public static final String PID = "pid";
        /** A string: the id that Maven's JVM hands its children as their parent, {@code maven-<pid>}. */
        public static final String MAVEN = "maven";
        /** A number: when Maven's JVM was about to start the process, milliseconds since the epoch. */
        public static final String START_MILLIS = "startMillis";
        /** A string: the build step, as {@link #name} makes it. */
        public static final String STEP = "buildStep";

        /** Every field, in the order written. */
        public static final List<String> FIELDS =
                Collections.unmodifiableList(Arrays.asList(FORMAT_VERSION, HOST, PID, MAVEN, START_MILLIS, STEP));

        private BuildStep() {
        }

        /**
         * A mojo execution as Maven's log names it, without the plugin's version:
         * {@code <plugin artifactId>:<goal> (<execution id>) @ <module artifactId>}, such as
         * {@code maven-surefire-plugin:test (default-test) @ app}.
         */
        public static String name(String plugin, String goal, String executionId, String module) {
            return plugin + ":" + goal + " (" + executionId + ") @ " + module;
        }
    }

    /** How a process ended, as its manifest's {@link Manifest#ENDING} says. */
    public enum Ending {
        /** Left on disk, it means the process was killed, or still runs. */
        RUNNING("running"),
        EXIT("exit"),
        HALT("halt");

        private final String text;

        Ending(String text) {
            this.text = text;
        }

        /** The value written. */
        public String text() {
            return text;
        }

        /** The ending a written value names, or null for none of them. */
        public static Ending of(String text) {
            for (Ending ending : values()) {
                if (ending.text.equals(text)) {
                    return ending;
                }
            }
            return null;
        }
    }
}
