package io.github.subcov.interceptor.launch;

import io.github.subcov.interceptor.launch.LaunchShapes.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What a process filter changes in the rewriter's decision, and what it leaves as without one. */
class LaunchRewriterFilterTest {

    @Provide
    Arbitrary<Shape> shapes() {
        return LaunchShapes.shapes();
    }

    @Property(tries = 2000)
    void filterThatMatchesNoJvmChangesNoLaunch(@ForAll("shapes") Shape shape) {
        Launch without = new LaunchRewriter(shape.flags(), ME).rewrite(shape.command(), shape.explicit(),
                shape.inherited());
        Launch with = new LaunchRewriter(shape.flags(), ME, ProcessFilter.of("*", "no.such.Main"), null)
                .rewrite(shape.command(), shape.explicit(), shape.inherited());

        assertEquals(without.command(), with.command());
        assertEquals(without.environment(), with.environment());
        assertNull(with.skipped());
    }

    @Property(tries = 2000)
    void excludingEveryJvmTakesSubcovOutOfEveryJavaLaunchItWouldHaveChanged(@ForAll("shapes") Shape shape) {
        Launch without = new LaunchRewriter(shape.flags(), ME).rewrite(shape.command(), shape.explicit(),
                shape.inherited());
        Launch with = new LaunchRewriter(shape.flags(), ME, ProcessFilter.of(null, "*"), null)
                .rewrite(shape.command(), shape.explicit(), shape.inherited());

        boolean wouldCover = shape.isJava() && !without.command().equals(shape.command());
        assertEquals(wouldCover, with.skipped() != null);
        if (wouldCover) {
            assertEquals(shape.command(), with.command());
            assertEquals(without.environment(), with.environment(), "subcov's part of JAVA_TOOL_OPTIONS goes as before");
        } else {
            assertEquals(without.command(), with.command());
            assertEquals(without.environment(), with.environment());
        }
        Statistics.collect(wouldCover ? "skipped" : shape.isJava() ? "java left as it was" : "other program");
    }

    private static final AgentFlags FLAGS = LaunchRewriterTest.FLAGS;
    private static final String ME = LaunchRewriterTest.ME;
    private static final String TOOL = LaunchRewriter.JAVA_TOOL_OPTIONS;
    /** What a shell above this JVM handed down, as every JVM below a shell inherits it. */
    private static final Map<String, String> HANDED_DOWN =
            Map.of("PATH", "/usr/bin", TOOL, "-Xmx1g " + JvmOptionsText.append(null, FLAGS.forChildOf("host-1-up", true)));

    private static LaunchRewriter rewriter(String includes, String excludes) {
        return new LaunchRewriter(FLAGS, ME, ProcessFilter.of(includes, excludes), null);
    }

    private static List<String> withFlags(boolean allSeen, String... command) {
        List<String> result = new ArrayList<>(List.of(command));
        result.addAll(1, FLAGS.forChildOf(ME, allSeen));
        return result;
    }

    @Test
    void excludedJavaChildGetsNoAgentNeitherOnItsCommandLineNorThroughToolOptions() {
        List<String> command = List.of("/jdk/bin/java", "-cp", "app.jar", "app.Worker", "7");

        Launch launch = rewriter(null, "app.Worker").rewrite(command, null, HANDED_DOWN);

        assertSame(command, launch.command());
        assertEquals(Map.of("PATH", "/usr/bin", TOOL, "-Xmx1g"), launch.environment(), "only the user's options stay");
        assertEquals(ProcessFilter.EXCLUDES, launch.skipped().filter());
        assertEquals("app.Worker", launch.skipped().name());
    }

    @Test
    void javaChildThatNoIncludeMatchesIsSkippedByTheIncludes() {
        Launch launch = rewriter("app.*", null).rewrite(List.of("java", "-jar", "tool-1.0.jar"), null, Map.of());

        assertEquals(List.of("java", "-jar", "tool-1.0.jar"), launch.command());
        assertNull(launch.environment());
        assertEquals(ProcessFilter.INCLUDES, launch.skipped().filter());
        assertEquals("tool-1.0.jar", launch.skipped().name());
    }

    @Test
    void includedJavaChildIsCoveredAsWithoutAFilter() {
        List<String> command = List.of("java", "-cp", "app.jar", "app.Server");
        Launch launch = rewriter("app.*", "app.Worker").rewrite(command, null, Map.of());

        assertEquals(withFlags(true, "java", "-cp", "app.jar", "app.Server"), launch.command());
        assertNull(launch.skipped());
        assertEquals(new LaunchRewriter(FLAGS, ME).rewrite(command, null, Map.of()).command(), launch.command());
    }

    @Test
    void shellIsNoJvmAndHandsTheAgentDownForTheJvmBelowToDecide() {
        List<String> command = List.of("sh", "-c", "java -cp app.jar app.Worker");

        Launch launch = rewriter(null, "app.Worker").rewrite(command, null, Map.of());

        assertSame(command, launch.command());
        assertEquals(String.join(" ", FLAGS.forChildOf(ME, false)), launch.environment().get(TOOL));
        assertNull(launch.skipped());
    }

    @Test
    void javaChildWhoseMainClassAnArgumentFileHidesIsLeftToItsOwnAgent() {
        Launch launch = rewriter("app.*", null).rewrite(List.of("java", "@/tmp/args"), null, Map.of());

        assertEquals(withFlags(false, "java", "@/tmp/args"), launch.command());
        assertNull(launch.skipped());
    }

    @Test
    void childWithTheUsersOwnJacocoAgentKeepsItWhateverTheFilterSays() {
        List<String> command = List.of("java", "-javaagent:/x/jacocoagent.jar", "-cp", "x", "app.Worker");

        Launch launch = rewriter(null, "app.Worker").rewrite(command, null, Map.of());

        assertSame(command, launch.command());
        assertNull(launch.skipped());
    }

    @Test
    void informationalJavaRunsNoProgramAndIsNotCountedAsSkipped() {
        Launch launch = rewriter("app.*", null).rewrite(List.of("java", "-version"), null, Map.of());

        assertEquals(List.of("java", "-version"), launch.command());
        assertNull(launch.skipped());
    }
}
