package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.ProcSelf;
import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.interceptor.data.ProcessManifest;
import io.github.subcov.interceptor.hook.ChildPipes;
import io.github.subcov.interceptor.hook.DestroyHook;
import io.github.subcov.interceptor.hook.JdkClassTransformer;
import io.github.subcov.interceptor.hook.LaunchHook;
import io.github.subcov.interceptor.hook.WarningSink;
import io.github.subcov.interceptor.hook.WovenClassCache;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.JvmProgram;
import io.github.subcov.interceptor.launch.ProcessFilter;

import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM that a process filter skips, seen from inside: one whose parent could not see its main
 * class (a shell, a script or an argument file stood between). JaCoCo does not start and nothing is
 * recorded, but the launch hook does, so that the JVMs it starts are covered or skipped on their own
 * terms; its manifest names the filter, for the report.
 */
final class SkippedJvm {

    private SkippedJvm() {
    }

    /**
     * What the filter tests of this JVM: read before its main class loads, from what the launcher
     * set. Its command line without the options a parent added for subcov, as that parent saw it.
     */
    static JvmProgram thisJvm(AgentFlags flags) {
        List<String> command = ProcSelf.commandLine();
        String commandLine;
        if (command == null || command.isEmpty()) {
            commandLine = ProcessManifest.commandLine();
        } else {
            List<String> given = new ArrayList<String>(command.size());
            for (String argument : command) {
                if (!flags.isOwn(argument)) {
                    given.add(argument);
                }
            }
            commandLine = JvmProgram.joined(given);
        }
        return JvmProgram.thisJvm(commandLine);
    }

    static void start(AgentConfig config, String parentId, ProcessFilter filter, ProcessFilter.Skip skip,
            Instrumentation instrumentation) throws IOException {
        ProcessIdentity identity = ProcessIdentity.current(parentId);
        ProcessManifest manifest = new ProcessManifest(identity, System.currentTimeMillis(), config.maskPatterns());
        manifest.skipped(skip.filter(), skip.name());
        WrittenWarnings warnings =
                new WrittenWarnings(manifest, new File(config.dataDirectory(), identity.id() + DataFormat.MANIFEST_SUFFIX));
        WovenClassCache woven =
                WovenClassCache.in(config.wovenClassDirectory(), config.interceptorJar(), identity.id());
        instrumentation.addTransformer(new JdkClassTransformer(woven, warnings), true);
        LaunchHook.install(Agent.rewriter(config, filter, identity.id()), warnings);
        ChildPipes.install(instrumentation);
        DestroyHook.install(config.dataDirectory(), ProcessIdentity.hostName(), warnings);
        warnings.write();
    }

    /** No snapshot follows to carry a warning to disk: each one rewrites the manifest. */
    private static final class WrittenWarnings implements WarningSink {
        private final ProcessManifest manifest;
        private final File file;

        WrittenWarnings(ProcessManifest manifest, File file) {
            this.manifest = manifest;
            this.file = file;
        }

        @Override
        public void warn(String message) {
            manifest.warn(message);
            write();
        }

        void write() {
            try {
                manifest.write(file);
            } catch (IOException unwritable) {
                // the data directory is gone or not writable: nowhere to say so
            }
        }
    }
}
