package io.github.subcov.bench.child;

/**
 * A JVM behind a shell, started by {@link PipeReadLoop}'s check: says whether its
 * {@code JAVA_TOOL_OPTIONS} loads subcov. Such a JVM also prints {@code Picked up
 * JAVA_TOOL_OPTIONS: …} on its stderr, which the shell sends into the pipe its parent reads.
 */
public final class ToolOptionsEcho {

    static final String SAYS = "JAVA_TOOL_OPTIONS names subcov: ";

    private ToolOptionsEcho() {
    }

    public static void main(String[] args) {
        String options = System.getenv("JAVA_TOOL_OPTIONS");
        System.out.println(SAYS + HookProbe.namesSubcov(options == null ? "" : options));
    }
}
