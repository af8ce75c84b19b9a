package io.github.subcov.report.combine;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DataFormat.Manifest;
import io.github.subcov.interceptor.launch.SecretMask;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the interceptor recorded about one process besides its coverage, read from the fields
 * {@link DataFormat.Manifest} names. Every field may be
 * missing: manifests come from agents of other versions and from processes that died while
 * starting, so a missing or mistyped field reads as {@code null} rather than failing. Secrets in the
 * command line and the warnings are masked again as read ({@link SecretMask}): an older agent
 * wrote them as they were.
 */
public final class ProcessManifest {

    /** How a process ended, as far as its manifest tells. */
    public enum Ending {
        /** Exited, called {@code System.exit}, or got SIGTERM, SIGINT or SIGHUP. */
        EXIT("exit"),
        /** Called {@code Runtime.halt}. */
        HALT("halt"),
        /** The manifest still said {@code running} when read: the process was killed or still runs. */
        RUNNING("killed or still running"),
        /** No manifest, or none that says. */
        UNKNOWN("unknown");

        private final String description;

        Ending(String description) {
            this.description = description;
        }

        /** Words for the report: {@code exit}, {@code halt}, {@code killed or still running}. */
        public String description() {
            return description;
        }

        static Ending of(String text) {
            // read leniently: a hand-edited manifest may say EXIT
            DataFormat.Ending written =
                    DataFormat.Ending.of(text == null ? null : text.trim().toLowerCase(Locale.ROOT));
            if (written == null) {
                return UNKNOWN;
            }
            switch (written) {
                case EXIT:
                    return EXIT;
                case HALT:
                    return HALT;
                default:
                    return RUNNING;
            }
        }
    }

    private final Long formatVersion;
    private final String id;
    private final Long pid;
    private final String parent;
    private final Long parentPid;
    private final String command;
    private final String workingDirectory;
    private final String javaVersion;
    private final String javaHome;
    private final Long startMillis;
    private final Long endMillis;
    private final Ending ending;
    private final Long lastCheckpointMillis;
    private final Long lastDumpMillis;
    private final List<String> warnings;
    private final String skippedBy;
    private final String main;

    /** Values as read: a primitive as its text, an array as the texts of its primitives, else null. */
    private ProcessManifest(Map<String, Object> json, SecretMask mask, ProjectRoot root) {
        formatVersion = number(json, Manifest.FORMAT_VERSION);
        id = text(json, Manifest.ID);
        pid = number(json, Manifest.PID);
        parent = text(json, Manifest.PARENT);
        parentPid = number(json, Manifest.PARENT_PID);
        command = root.shown(mask.mask(text(json, Manifest.COMMAND)));
        workingDirectory = root.shown(text(json, Manifest.WORKING_DIRECTORY));
        javaVersion = text(json, Manifest.JAVA_VERSION);
        javaHome = text(json, Manifest.JAVA_HOME);
        startMillis = number(json, Manifest.START_MILLIS);
        endMillis = number(json, Manifest.END_MILLIS);
        ending = Ending.of(text(json, Manifest.ENDING));
        lastCheckpointMillis = number(json, Manifest.LAST_CHECKPOINT_MILLIS);
        lastDumpMillis = number(json, Manifest.LAST_DUMP_MILLIS);
        warnings = masked(texts(json, Manifest.WARNINGS), mask, root);
        skippedBy = text(json, Manifest.SKIPPED_BY);
        main = root.shown(text(json, Manifest.MAIN));
    }

    /** The manifest made of these fields: what {@link #parse} does after reading the JSON. */
    static ProcessManifest of(Map<String, Object> json, SecretMask mask) {
        return new ProcessManifest(json, mask, ProjectRoot.UNKNOWN);
    }

    /** As {@link #of(Map, SecretMask)}, with the paths under the build's root shown relative to it. */
    static ProcessManifest of(Map<String, Object> json, SecretMask mask, ProjectRoot root) {
        return new ProcessManifest(json, mask, root);
    }

    /** Reads a manifest file; a field that is missing or of another type reads as {@code null}. */
    public static ProcessManifest read(File file) throws IOException {
        return parse(new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8));
    }

    /** The manifest in {@code json}, masked by the default patterns; an IOException says what is not JSON or not an object. */
    public static ProcessManifest parse(String json) throws IOException {
        return parse(json, SecretMask.byDefault());
    }

    /** The manifest in {@code json}, its secrets masked; an IOException says what is not JSON or not an object. */
    public static ProcessManifest parse(String json, SecretMask mask) throws IOException {
        return of(ManifestJson.readObject(json), mask);
    }

    /** The data format's version the writer recorded; {@code null} before versions were recorded. */
    public Long formatVersion() {
        return formatVersion;
    }

    /** Whether a newer subcov wrote this, which may have fields this one does not know. */
    public boolean isNewerFormat() {
        return formatVersion != null && formatVersion > DataFormat.VERSION;
    }

    /** The id the interceptor gave the process, {@code host-pid-random}; also its files' name. */
    public String id() {
        return id;
    }

    /** The operating system's process id. */
    public Long pid() {
        return pid;
    }

    /** The id of the process that started this one; {@code null} for a test JVM. */
    public String parent() {
        return parent;
    }

    /**
     * The pid of the OS process that started this one, such as a shell between Maven's JVM and it;
     * {@code null} where unknown.
     */
    public Long parentPid() {
        return parentPid;
    }

    /** The command line the process was started with. */
    public String command() {
        return command;
    }

    /** The directory the process ran in. */
    public String workingDirectory() {
        return workingDirectory;
    }

    /** The JVM's {@code java.version}. */
    public String javaVersion() {
        return javaVersion;
    }

    /** The JVM's {@code java.home}. */
    public String javaHome() {
        return javaHome;
    }

    /** When the process started, in milliseconds since the epoch. */
    public Long startMillis() {
        return startMillis;
    }

    /** When the process ended; {@code null} while the manifest says it runs. */
    public Long endMillis() {
        return endMillis;
    }

    /** How the process ended; {@link Ending#UNKNOWN} when the manifest does not say. */
    public Ending ending() {
        return ending;
    }

    /** When the process last wrote a checkpoint snapshot; {@code null} before its first. */
    public Long lastCheckpointMillis() {
        return lastCheckpointMillis;
    }

    /** When the process last wrote a snapshot that was asked for (subcov:dump, destroyForcibly). */
    public Long lastDumpMillis() {
        return lastDumpMillis;
    }

    /** What went wrong in the process's agent, such as a snapshot it could not write; never {@code null}. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The property that kept the process from being covered ({@code subcov.processIncludes} or
     * {@code subcov.processExcludes}); {@code null} for a covered one. Such a process recorded nothing.
     */
    public String skippedBy() {
        return skippedBy;
    }

    /**
     * The JVM's main class, or its jar's file name; {@code null} when neither was known, and for a
     * covered JVM whose agent predates this field in its manifest.
     */
    public String main() {
        return main;
    }

    /** A field's string, number or boolean as text; null where missing or of another type. */
    static String text(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value instanceof String ? (String) value : null;
    }

    /** A field's number; null where missing or not a whole number. */
    static Long number(Map<String, Object> json, String name) {
        String value = text(json, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> masked(List<String> texts, SecretMask mask, ProjectRoot root) {
        List<String> masked = new ArrayList<String>(texts.size());
        for (String text : texts) {
            masked.add(root.shown(mask.mask(text)));
        }
        return Collections.unmodifiableList(masked);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value instanceof List ? (List<String>) value : Collections.<String>emptyList();
    }
}
