package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.data.Checkpointer;
import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DumpRequests;
import io.github.subcov.interceptor.data.JacocoRuntime;
import io.github.subcov.interceptor.data.LastSnapshot;
import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.interceptor.data.ProcessManifest;
import io.github.subcov.interceptor.data.SaveSignal;
import io.github.subcov.interceptor.data.SnapshotWriter;
import io.github.subcov.interceptor.hook.ChildPipes;
import io.github.subcov.interceptor.hook.DestroyHook;
import io.github.subcov.interceptor.hook.ExitSnapshot;
import io.github.subcov.interceptor.hook.HaltHook;
import io.github.subcov.interceptor.hook.JdkClassTransformer;
import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.hook.SkippedChildren;
import io.github.subcov.interceptor.hook.WarningSink;
import io.github.subcov.interceptor.hook.WovenClassCache;
import io.github.subcov.interceptor.launch.AgentArgument;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.launch.ProcessFilter;
import io.github.subcov.interceptor.redefine.RedefinitionTransformer;

import java.io.File;
import java.lang.instrument.Instrumentation;

/**
 * Starts coverage of this JVM: JaCoCo's agent on a thread of its own, and beside it subcov's
 * hooks and snapshots. Only cheap work happens here: the hooks are woven into JDK classes as they
 * load, from the cache that a build's first JVM fills, so ASM stays unloaded.
 */
public final class Agent {

    private static boolean started;

    private Agent() {
    }

    /** Runs once per JVM, even when the agent is named twice (command line and environment). */
    public static synchronized void start(String argument, Instrumentation instrumentation) throws Exception {
        if (started) {
            return;
        }
        started = true;
        AgentArgument parsed = AgentArgument.parse(argument);
        AgentConfig config = AgentConfig.read(new File(parsed.configFile()));
        ProcessFilter filter = config.processFilter();
        // a test JVM (no parent) has the agent from the argLine the user gave it: filters choose
        // among the JVMs that subcov reaches by itself
        ProcessFilter.Skip skip = filter == null || parsed.parentId() == null
                ? null : filter.skip(SkippedJvm.thisJvm(config.flags()));
        if (skip != null) {
            SkippedJvm.start(config, parsed.parentId(), filter, skip, instrumentation);
            return;
        }
        // JaCoCo's start is most of a covered JVM's extra start time: it begins before the rest
        JacocoStarter jacoco = JacocoStarter.begin(config, instrumentation);
        ProcessIdentity identity = null;
        ProcessManifest manifest;
        ManifestWarnings warnings;
        JdkClassTransformer transformer;
        try {
            identity = ProcessIdentity.current(parsed.parentId());
            manifest = new ProcessManifest(identity, System.currentTimeMillis(), config.maskPatterns());
            warnings = new ManifestWarnings(manifest);
            // JDK classes are woven as they load: JaCoCo's agent waits for this transformer, as its
            // shutdown hook loads java.lang.Shutdown; one loaded sooner (by an agent named before
            // subcov's) is retransformed below
            WovenClassCache woven =
                    WovenClassCache.in(config.wovenClassDirectory(), config.interceptorJar(), identity.id());
            transformer = new JdkClassTransformer(woven, warnings);
            instrumentation.addTransformer(transformer, true);
        } finally {
            jacoco.processIs(identity == null ? null : identity.id());
        }

        SnapshotWriter writer =
                new SnapshotWriter(new JacocoRuntime(), manifest, config.dataDirectory(), identity.id());
        LaunchHook.install(rewriter(config, filter, identity.id()), warnings);
        ChildPipes.install(instrumentation);
        DestroyHook.install(config.dataDirectory(), ProcessIdentity.hostName(), warnings);
        HaltHook.install(new LastSnapshot(writer, DataFormat.Ending.HALT));
        RedefinitionTransformer.reportTo(warnings);
        ExitSnapshot.register(writer, instrumentation, config.checkpointMillis(), warnings);

        Throwable jacocoFailure = jacoco.await();
        if (jacocoFailure != null) {
            warnings.warn("could not start JaCoCo's agent, this JVM records nothing: " + jacocoFailure);
        }
        if (jacoco.redefinitionFailure() != null) {
            warnings.warn("another agent's redefinition of a covered class may fail in this JVM, as with JaCoCo's"
                    + " agent alone; exclude the classes it redefines with subcov.excludes: "
                    + jacoco.redefinitionFailure());
        }
        // a JVM may halt the moment main starts: the hook must be in by then
        transformer.hookShutdownIfLoadedEarlier(instrumentation);
        DumpRequests requests = new DumpRequests(config.dataDirectory(), identity.id());
        // off by default, and then nothing of it is loaded; on, it is in place before main starts
        String signal = config.saveSignal();
        SaveSignal saveSignal = signal == null ? null : SaveSignal.install(signal, requests, manifest);
        Checkpointer.start(writer, requests, config.checkpointMillis(), saveSignal);
    }

    /** The rewriter of this JVM's children; only with a filter does it record those it skips. */
    static LaunchRewriter rewriter(AgentConfig config, ProcessFilter filter, String id) {
        return new LaunchRewriter(config.flags(), id, filter,
                filter == null ? null : new SkippedChildren(config.dataDirectory(), id, config.maskPatterns()));
    }

    private static final class ManifestWarnings implements WarningSink {
        private final ProcessManifest manifest;

        ManifestWarnings(ProcessManifest manifest) {
            this.manifest = manifest;
        }

        @Override
        public void warn(String message) {
            manifest.warn(message);
        }
    }
}
