package io.github.subcov.bench.measure;

import java.util.ArrayList;
import java.util.List;

/** What a JVM that stands in for Maven's, with subcov's launch hook put in, shares. */
final class MavenJvms {

    /**
     * JDK 21 and later warn on stderr that an agent was loaded dynamically, which would fail the
     * run; the first option only silences that, as in a project's {@code .mvn/jvm.config}. JDK 24
     * and later also warn once per JVM at the first use of {@code sun.misc.Unsafe}'s memory access,
     * which ByteBuddy's class injector makes; Maven's JVM has made that warning before any mojo
     * runs (Guice, Maven 3.9.11 on JDK 25), so the second option keeps the one here quiet too.
     */
    static final List<String> OPTIONS = options(Runtime.version().feature());

    /** The parent id in the manifest of a JVM that Maven's JVM started. */
    static final String PARENT_PREFIX = "maven-";

    private MavenJvms() {
    }

    private static List<String> options(int feature) {
        List<String> options = new ArrayList<String>(List.of("-XX:+EnableDynamicAgentLoading"));
        if (feature >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return List.copyOf(options);
    }
}
