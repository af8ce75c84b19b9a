package io.github.subcov.bench.child;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.maven.forks.BuildForks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 8. Runs as Maven's JVM in a module whose {@code prepare} ran: subcov's launch hook is in
 * ({@code BuildForks.cover}) and a mojo of the module runs on this thread. Each line on stdin names
 * a {@link Way}; the JVM starts {@code java … app.Hello} that way, reads its output, waits for it
 * and answers with the nanoseconds from {@code start()} to the end of {@code waitFor()}. Every
 * launch passes the hook: the build-forked one is rewritten by it, the others name a coverage agent
 * already and are left as they are, as Surefire's fork is.
 *
 * <p>Arguments: the four paths of {@link AgentFlags}, {@code java}, the app's classes, and the
 * {@code -javaagent} option of JaCoCo alone.
 */
public final class BuildForkLoop {

    public enum Way {
        /** JaCoCo's agent alone. */
        JACOCO,
        /** subcov's options on the command, as Surefire's argLine gives them to a test JVM. */
        TEST_FORKED,
        /** A plain command that the hook in this JVM rewrites, as a JVM exec:exec starts. */
        BUILD_FORKED,
        /** JaCoCo again: how far two launches that differ in nothing land apart. */
        JACOCO_AGAIN
    }

    private BuildForkLoop() {
    }

    public static void main(String[] args) throws Exception {
        AgentFlags flags = new AgentFlags(args[0], args[1], args[2], args[3]);
        if (!BuildForks.cover(MavenHookInstall.MODULE, flags, null, new File(args[3]).getParentFile(), null,
                System.err::println)) {
            fail("the launch hook was in this JVM already");
        }
        BuildForks.mojoStarted(MavenHookInstall.MODULE, MavenHookInstall.STEP);
        Map<Way, List<String>> commands = new EnumMap<Way, List<String>>(Way.class);
        commands.put(Way.JACOCO, command(args[4], List.of(args[6]), args[5]));
        commands.put(Way.TEST_FORKED, command(args[4], flags.forTestJvm(true), args[5]));
        commands.put(Way.BUILD_FORKED, command(args[4], List.of(), args[5]));
        commands.put(Way.JACOCO_AGAIN, commands.get(Way.JACOCO));
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String request = requests.readLine(); request != null; request = requests.readLine()) {
            Way way = Way.valueOf(request.trim());
            long start = System.nanoTime();
            Process child = new ProcessBuilder(commands.get(way)).redirectErrorStream(true).start();
            child.getOutputStream().close();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = child.waitFor();
            long nanos = System.nanoTime() - start;
            if (exit != 0 || !output.equals("hello\n")) {
                fail(way + ": app.Hello exited with " + exit + " and printed: " + output);
            }
            System.out.println(nanos);
            System.out.flush();
        }
        BuildForks.mojoEnded();
        BuildForks.sessionEnded();
    }

    private static List<String> command(String java, List<String> options, String classes) {
        List<String> command = new ArrayList<String>();
        command.add(java);
        command.addAll(options);
        command.addAll(List.of("-cp", classes, "app.Hello"));
        return command;
    }

    private static void fail(String problem) {
        System.err.println(problem);
        System.exit(1);
    }
}
