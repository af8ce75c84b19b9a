package io.github.subcov.report.combine;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DataFormat.BuildStep;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which build step started which process: the records that Maven's JVM leaves in the data
 * directories ({@link DataFormat.BuildStep}), joined with the manifests. Only a JVM that Maven's
 * JVM started gets one, a test JVM or a JVM whose parent is {@code maven-<pid>}: its host and pid
 * are a record's, or its OS parent's pid is (a shell in between, as Surefire's {@code sh -c}). A
 * JVM that a covered JVM started gets none: its parent chain leads to the step.
 */
final class BuildSteps {

    static final String UNREADABLE = "%s: unreadable build step record (%s); the process it names is shown without"
            + " its build step";
    static final String INCOMPLETE = "it names no host, pid or build step";

    static final BuildSteps NONE = new BuildSteps(Collections.<String, List<Launch>>emptyMap());

    /** By {@code <host>-<pid>}: every process of that pid that a build step started. */
    private final Map<String, List<Launch>> byProcess;

    private BuildSteps(Map<String, List<Launch>> byProcess) {
        this.byProcess = byProcess;
    }

    /** Reads the records; each that cannot be read costs one warning and only its own step. */
    static BuildSteps read(List<File> records, List<String> warnings) {
        if (records.isEmpty()) {
            return NONE;
        }
        Map<String, List<Launch>> byProcess = new HashMap<String, List<Launch>>();
        for (File record : records) {
            try {
                Launch launch = Launch.read(record);
                // no lambda: combining does without, as a fresh JVM's first one costs tens of milliseconds
                List<Launch> launches = byProcess.get(launch.process);
                if (launches == null) {
                    launches = new ArrayList<Launch>();
                    byProcess.put(launch.process, launches);
                }
                launches.add(launch);
            } catch (IOException | RuntimeException unreadable) {
                String problem = unreadable.getMessage() == null ? unreadable.toString() : unreadable.getMessage();
                warnings.add(String.format(UNREADABLE, record, problem));
            }
        }
        return new BuildSteps(byProcess);
    }

    /** The build step that started process {@code id}, whose manifest this is; null where none is known. */
    String of(String id, ProcessManifest manifest) {
        if (manifest == null || byProcess.isEmpty()) {
            return null;
        }
        String parent = manifest.parent();
        if (parent != null && !parent.startsWith(DataFormat.MAVEN_ID_PREFIX)) {
            return null;
        }
        String host = DataFormat.host(id);
        String step = stepOf(host, manifest.pid(), manifest);
        return step != null ? step : stepOf(host, manifest.parentPid(), manifest);
    }

    /**
     * The step of the last launch of process {@code pid} before the JVM started, by the Maven JVM
     * its manifest names: a pid that the OS gave again later must not take an older step.
     */
    private String stepOf(String host, Long pid, ProcessManifest manifest) {
        List<Launch> launches = pid == null ? null : byProcess.get(host + "-" + pid);
        Launch last = null;
        for (Launch launch : launches == null ? Collections.<Launch>emptyList() : launches) {
            boolean before = manifest.startMillis() == null || launch.startMillis <= manifest.startMillis();
            boolean sameMaven = manifest.parent() == null || manifest.parent().equals(launch.maven);
            if (before && sameMaven && (last == null || launch.startMillis >= last.startMillis)) {
                last = launch;
            }
        }
        return last == null ? null : last.step;
    }

    /** One record: a process that a build step started. */
    private static final class Launch {
        /** {@code <host>-<pid>} of the process. */
        final String process;
        final String maven;
        final long startMillis;
        final String step;

        Launch(Map<String, Object> fields) throws IOException {
            String host = ProcessManifest.text(fields, BuildStep.HOST);
            Long pid = ProcessManifest.number(fields, BuildStep.PID);
            step = ProcessManifest.text(fields, BuildStep.STEP);
            if (host == null || pid == null || step == null) {
                throw new IOException(INCOMPLETE);
            }
            process = host + "-" + pid;
            maven = ProcessManifest.text(fields, BuildStep.MAVEN);
            Long start = ProcessManifest.number(fields, BuildStep.START_MILLIS);
            startMillis = start == null ? Long.MIN_VALUE : start;
        }

        static Launch read(File file) throws IOException {
            return new Launch(
                    ManifestJson.readObject(new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8)));
        }
    }
}
