package io.github.subcov.interceptor.launch;

import java.util.List;
import java.util.Map;

/** What a child is started with: its command, and its whole environment when that changed. */
public final class Launch {

    private final List<String> command;
    private final Map<String, String> environment;
    private final boolean throughToolOptions;
    private final ProcessFilter.Skip skipped;

    Launch(List<String> command, Map<String, String> environment) {
        this(command, environment, false, null);
    }

    Launch(List<String> command, Map<String, String> environment, boolean throughToolOptions) {
        this(command, environment, throughToolOptions, null);
    }

    /** A {@code java} child that a process filter skips: no agent of subcov's reaches it. */
    Launch(List<String> command, Map<String, String> environment, ProcessFilter.Skip skipped) {
        this(command, environment, false, skipped);
    }

    private Launch(List<String> command, Map<String, String> environment, boolean throughToolOptions,
            ProcessFilter.Skip skipped) {
        this.command = command;
        this.environment = environment;
        this.throughToolOptions = throughToolOptions;
        this.skipped = skipped;
    }

    public List<String> command() {
        return command;
    }

    /** The child's whole environment, or {@code null} when the caller's choice stands unchanged. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Whether subcov's options reach the child's JVMs through {@code JAVA_TOOL_OPTIONS}, so that
     * each of them prints the variable's value on stderr.
     */
    public boolean throughToolOptions() {
        return throughToolOptions;
    }

    /** Why a process filter keeps the child from being covered, or null: it is covered, or no JVM. */
    public ProcessFilter.Skip skipped() {
        return skipped;
    }
}
