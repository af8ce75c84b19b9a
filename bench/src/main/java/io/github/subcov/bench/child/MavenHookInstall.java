package io.github.subcov.bench.child;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.maven.forks.BuildForks;

import java.io.File;
import java.nio.charset.StandardCharsets;

import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Runs in a fresh JVM with the Maven plugin on its class path, as {@code subcov:prepare} runs in
 * Maven's: puts subcov's launch hook into this JVM through {@code BuildForks.cover}, once per JVM,
 * then starts {@code java -cp <app> app.Hello} in the module's scope, as {@code exec:exec} would.
 * ByteBuddy's agent installer, which {@code cover} calls first, is called just before it, so that
 * its share shows: {@code cover} then gets the instrumentation it made. Prints the nanoseconds of
 * the installer and of the rest of {@code cover}, and those until the first, rewritten, launch had
 * started. Arguments: the four paths of {@link AgentFlags}, {@code java}, the app's classes.
 */
public final class MavenHookInstall {

    static final String MODULE = "bench:module";
    /** The build step of the launches: each writes its record, as a mojo's would. */
    static final String STEP = "exec-maven-plugin:exec (bench) @ module";

    private MavenHookInstall() {
    }

    public static void main(String[] args) throws Exception {
        AgentFlags flags = new AgentFlags(args[0], args[1], args[2], args[3]);
        long start = System.nanoTime();
        ByteBuddyAgent.install();
        long attach = System.nanoTime() - start;
        boolean installed = BuildForks.cover(MODULE, flags, null, new File(args[3]).getParentFile(), null,
                System.err::println);
        long install = System.nanoTime() - start;
        BuildForks.mojoStarted(MODULE, STEP);
        Process child = new ProcessBuilder(args[4], "-cp", args[5], "app.Hello").redirectErrorStream(true).start();
        long firstLaunch = System.nanoTime() - start;
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        BuildForks.mojoEnded();
        BuildForks.sessionEnded();
        if (!installed || exit != 0 || !output.equals("hello\n")) {
            System.err.println("hook installed now: " + installed + "; app.Hello exited with " + exit + " and printed: "
                    + output);
            System.exit(1);
        }
        System.out.println(install + " " + firstLaunch + " " + attach);
    }
}
