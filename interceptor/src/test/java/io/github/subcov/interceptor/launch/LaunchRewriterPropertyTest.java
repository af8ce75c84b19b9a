package io.github.subcov.interceptor.launch;

import io.github.subcov.interceptor.launch.LaunchShapes.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.github.subcov.interceptor.launch.LaunchShapes.JDK;
import static io.github.subcov.interceptor.launch.LaunchShapes.ME;
import static io.github.subcov.interceptor.launch.LaunchShapes.TOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What must hold for every launch, checked on thousands of generated ones. */
class LaunchRewriterPropertyTest {

    private static final int TRIES = 4000;

    @Provide
    Arbitrary<Shape> shapes() {
        return LaunchShapes.shapes();
    }

    private static Launch rewrite(Shape shape) {
        return new LaunchRewriter(shape.flags(), ME).rewrite(shape.command(), shape.explicit(), shape.inherited());
    }

    /**
     * subcov's flags for the child: JaCoCo's jar on the boot class path only for a java launch
     * whose every option subcov sees, where no JaCoCo agent of another version can hide.
     */
    private static List<String> expectedFlags(Shape shape, Map<String, String> childEnvironment) {
        String jdkOptions = childEnvironment.get(JDK);
        boolean argumentFileInJdkOptions = jdkOptions != null
                && JvmOptionsText.tokens(jdkOptions).stream().anyMatch(token -> token.value.startsWith("@"));
        boolean allSeen = shape.isJava() && !JavaCommand.namesArgumentFile(shape.command()) && !argumentFileInJdkOptions;
        return shape.flags().forChildOf(ME, allSeen);
    }

    /** The environment the child starts with. */
    private static Map<String, String> childEnvironment(Shape shape, Launch launch) {
        if (launch.environment() != null) {
            return launch.environment();
        }
        return shape.explicit() != null ? shape.explicit() : shape.inherited();
    }

    @Property(tries = TRIES)
    void takingTheFlagsOutGivesTheUsersCommandBack(@ForAll("shapes") Shape shape) {
        Launch launch = rewrite(shape);

        assertEquals(shape.command(), new LaunchRewriter(shape.flags(), ME).withoutFlags(launch.command()));
        if (!shape.isJava()) {
            assertEquals(shape.command(), launch.command());
        }
        Statistics.label("program").collect(shape.isJava() ? "java" : "other");
        Statistics.label("changed").collect(!launch.command().equals(shape.command()) ? "command" : "-",
                launch.environment() != null ? "environment" : "-");
    }

    @Property(tries = TRIES)
    void usersToolOptionsAreNeverLost(@ForAll("shapes") Shape shape) {
        LaunchRewriter rewriter = new LaunchRewriter(shape.flags(), ME);
        String user = shape.userToolForChild();

        String child = childEnvironment(shape, rewrite(shape)).get(TOOL);

        if (child == null) {
            assertTrue(user == null || user.isBlank(), () -> "the child lost the user's " + user);
        } else if (user == null) {
            assertEquals("", rewriter.withoutOwn(child), "the child got options that are neither the user's nor subcov's");
        } else {
            assertEquals(user, rewriter.withoutOwn(child));
        }
        Statistics.label("user options").collect(user == null ? "none" : user.isBlank() ? "blank" : "set",
                shape.handedDown() ? "handed down" : "-", shape.mode());
    }

    @Property(tries = TRIES)
    void otherVariablesAreNeverTouched(@ForAll("shapes") Shape shape) {
        Launch launch = rewrite(shape);
        Map<String, String> given = new HashMap<>(shape.explicit() != null ? shape.explicit() : shape.inherited());
        Map<String, String> child = new HashMap<>(childEnvironment(shape, launch));
        given.remove(TOOL);
        child.remove(TOOL);
        assertEquals(given, child);
    }

    /**
     * Counts the JaCoCo agents that run in the child JVM (or in the JVM that a shell child starts):
     * those named in its options, plus the one the interceptor starts when none is named.
     */
    @Property(tries = TRIES)
    void neverTwoJacocoAgentsAndExactlyOneWhereTheUserHadNone(@ForAll("shapes") Shape shape) {
        Launch launch = rewrite(shape);
        Map<String, String> environment = childEnvironment(shape, launch);

        List<String> userOptions = jvmOptions(shape.command(), shape.userToolForChild(), shape.userJdkForChild());
        List<String> childOptions = jvmOptions(launch.command(), environment.get(TOOL), environment.get(JDK));
        List<String> userJacoco = jacocoAgents(userOptions);
        int interceptors = interceptors(childOptions);
        int running = jacocoAgents(childOptions).size() + (interceptors > 0 && jacocoAgents(childOptions).isEmpty() ? 1 : 0);

        assertEquals(userJacoco, jacocoAgents(childOptions), "subcov neither adds nor takes away a JaCoCo agent option");
        assertTrue(interceptors <= 1, () -> "interceptor twice: " + childOptions);
        if (!userJacoco.isEmpty()) {
            assertEquals(userJacoco.size(), running, "the user's agents must stay the only ones");
        } else if (shape.isLeftAlone()) {
            assertEquals(0, running, "a JDK tool or a container CLI runs no JVM of the project here");
        } else if (shape.isJava() && JavaCommand.isInformational(JavaCommand.launcherOptions(shape.command()))) {
            assertEquals(0, running, "java -version and the like run no program to cover");
        } else {
            assertEquals(1, running);
            assertEquals(1, interceptors);
            assertTrue(childOptions.containsAll(expectedFlags(shape, environment)),
                    "the child must name this JVM as its parent");
        }
        if (!jacocoAgents(rewriterVisible(shape)).isEmpty()) {
            assertEquals(0, interceptors, "a launch that names a JaCoCo agent where subcov sees it stays untouched");
        }
        Statistics.label("user agents, interceptors, running").collect(userJacoco.size(), interceptors, running);
    }

    /**
     * A JDK tool or a container or remote CLI gets the command and {@code JAVA_TOOL_OPTIONS} it
     * would have without subcov, and the environment as given wherever subcov had no part in it.
     */
    @Property(tries = TRIES)
    void programLeftAloneSeesWhatItWouldWithoutSubcov(@ForAll("shapes") Shape shape) {
        if (!shape.isLeftAlone()) {
            return;
        }
        Launch launch = rewrite(shape);
        Map<String, String> given = shape.explicit() != null ? shape.explicit() : shape.inherited();
        String user = shape.userToolForChild();
        String child = childEnvironment(shape, launch).get(TOOL);

        assertSame(shape.command(), launch.command());
        if (user == null || user.isBlank()) {
            // subcov's part alone, or after blanks, takes the variable with it, as for a java child
            assertTrue(child == null || child.equals(user), () -> "the child got " + child);
        } else {
            assertEquals(user, child);
        }
        String givenTool = given.get(TOOL);
        if (givenTool == null || givenTool.equals(new LaunchRewriter(shape.flags(), ME).withoutOwn(givenTool))) {
            assertNull(launch.environment(), "subcov had no part in the environment: it stands as given");
        }
        Statistics.label("left alone").collect(shape.mode(), shape.handedDown() ? "handed down" : "-",
                launch.environment() != null ? "environment changed" : "-");
    }

    @Property(tries = TRIES)
    void flagsOfAJavaChildGoRightAfterTheProgram(@ForAll("shapes") Shape shape) {
        Launch launch = rewrite(shape);
        if (shape.isJava() && !launch.command().equals(shape.command())) {
            List<String> expected = new ArrayList<>();
            expected.add(shape.command().get(0));
            expected.addAll(expectedFlags(shape, childEnvironment(shape, launch)));
            expected.addAll(shape.command().subList(1, shape.command().size()));
            assertEquals(expected, launch.command());
        }
    }

    /**
     * The options the JVM reads: for a java child the launcher's own, for any other program those
     * of a {@code java ...} command in its arguments (what a shell would run), then both variables
     * as the JVM splits them. Argument files are not read: the launch shapes' files do not exist.
     */
    private static List<String> jvmOptions(List<String> command, String tool, String jdk) {
        List<String> options = new ArrayList<>();
        if (JavaCommand.isLauncher(command.get(0))) {
            options.addAll(JavaCommand.launcherOptions(command));
        } else {
            for (String argument : command.subList(1, command.size())) {
                options.addAll(scriptJvmOptions(argument));
            }
        }
        for (String text : new String[] {tool, jdk}) {
            if (text != null) {
                JvmOptionsText.tokens(text).forEach(t -> options.add(t.value));
            }
        }
        return options;
    }

    /** The launcher options of the first {@code java} in a script line, split at white space. */
    private static List<String> scriptJvmOptions(String script) {
        List<String> words = List.of(script.trim().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            if (JavaCommand.isLauncher(words.get(i))) {
                return JavaCommand.launcherOptions(words.subList(i, words.size()));
            }
        }
        return List.of();
    }

    /** What the rewriter itself can see of the user's launch: never a script's content. */
    private static List<String> rewriterVisible(Shape shape) {
        List<String> options = new ArrayList<>();
        if (shape.isJava()) {
            options.addAll(JavaCommand.launcherOptions(shape.command()));
        }
        for (String text : new String[] {shape.userToolForChild(), shape.userJdkForChild()}) {
            if (text != null) {
                JvmOptionsText.tokens(text).forEach(t -> options.add(t.value));
            }
        }
        return options;
    }

    /** JaCoCo agents by their jar's file name, as the JVM would load them (not via the class under test). */
    private static List<String> jacocoAgents(List<String> options) {
        return agents(options, "jacoco");
    }

    private static int interceptors(List<String> options) {
        return agents(options, "subcov-interceptor").size();
    }

    private static List<String> agents(List<String> options, String jarNamePart) {
        List<String> agents = new ArrayList<>();
        for (String option : options) {
            if (option.startsWith("-javaagent:")) {
                String jar = option.substring("-javaagent:".length()).split("=", 2)[0];
                String name = jar.substring(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1);
                if (name.toLowerCase(Locale.ROOT).contains(jarNamePart)) {
                    agents.add(option);
                }
            }
        }
        return agents;
    }
}
