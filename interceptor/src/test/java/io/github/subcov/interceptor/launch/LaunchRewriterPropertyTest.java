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

    @Property(tries = TRIES)
    void neverTwoJacocoAgentsAndExactlyOneWhereTheUserHadNone(@ForAll("shapes") Shape shape) {
        Launch launch = rewrite(shape);
        Map<String, String> environment = childEnvironment(shape, launch);

        int before = agents(shape.command(), shape.userToolForChild(), shape.userJdkForChild(), "jacoco");
        int after = agents(launch.command(), environment.get(TOOL), environment.get(JDK), "jacoco");
        int interceptors = agents(launch.command(), environment.get(TOOL), environment.get(JDK), "subcov-interceptor");

        if (before > 0) {
            assertEquals(before, after, "the user's agents must stay the only ones");
            assertEquals(0, interceptors);
        } else if (shape.isJava() && JavaCommand.isInformational(JavaCommand.launcherOptions(shape.command()))) {
            assertEquals(0, after, "java -version and the like run no program to cover");
        } else {
            assertEquals(1, after);
            assertEquals(1, interceptors);
            assertTrue(options(launch.command(), environment.get(TOOL), null).containsAll(shape.flags().forChildOf(ME)),
                    "the child must name this JVM as its parent");
        }
        Statistics.label("agents before, after").collect(before, after);
    }

    @Property(tries = TRIES)
    void flagsOfAJavaChildGoRightAfterTheProgram(@ForAll("shapes") Shape shape) {
        Launch launch = rewrite(shape);
        if (shape.isJava() && !launch.command().equals(shape.command())) {
            List<String> expected = new ArrayList<>();
            expected.add(shape.command().get(0));
            expected.addAll(shape.flags().forChildOf(ME));
            expected.addAll(shape.command().subList(1, shape.command().size()));
            assertEquals(expected, launch.command());
        }
    }

    /** The options a child JVM reads: the launcher's own, then both variables, as the JVM splits them. */
    private static List<String> options(List<String> command, String tool, String jdk) {
        List<String> options = new ArrayList<>();
        if (JavaCommand.isLauncher(command.get(0))) {
            options.addAll(JavaCommand.launcherOptions(command));
        }
        for (String text : new String[] {tool, jdk}) {
            if (text != null) {
                JvmOptionsText.tokens(text).forEach(t -> options.add(t.value));
            }
        }
        return options;
    }

    private static int agents(List<String> command, String tool, String jdk, String jarNamePart) {
        int count = 0;
        for (String option : options(command, tool, jdk)) {
            if (option.startsWith("-javaagent:")) {
                String jar = option.substring("-javaagent:".length()).split("=", 2)[0];
                String name = jar.substring(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1);
                count += name.toLowerCase(Locale.ROOT).contains(jarNamePart) ? 1 : 0;
            }
        }
        return count;
    }
}
