package io.github.subcov.report.combine;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.launch.SecretMask;
import io.github.subcov.report.exec.ExecSalvager;
import io.github.subcov.report.exec.ProbeMerger;
import io.github.subcov.report.exec.SalvagedExec;
import io.github.subcov.report.internal.ParallelWork;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One reading thread's share of combining: per process its manifest, and its {@code .exec} file
 * merged into this thread's {@link ProbeMerger} as it is parsed. One buffer serves every file:
 * in a fresh JVM, {@code Files.readAllBytes} cost three times as much per small file.
 */
final class ProcessReader implements ParallelWork.Worker {

    private final List<ExecCombiner.ProcessLocation> processes;
    private final ProcessRecord[] read;
    private final SecretMask mask;
    private final BuildSteps steps;
    private final ProbeMerger merger = new ProbeMerger();
    private byte[] buffer = new byte[64 * 1024];

    /**
     * Reads {@code processes}, the i-th into {@code read[i]}, masking secrets in their manifests and
     * naming the build step that started each, as {@code steps} know.
     */
    ProcessReader(List<ExecCombiner.ProcessLocation> processes, ProcessRecord[] read, SecretMask mask,
            BuildSteps steps) {
        this.processes = processes;
        this.read = read;
        this.mask = mask;
        this.steps = steps;
    }

    @Override
    public void process(int item) {
        ExecCombiner.ProcessLocation process = processes.get(item);
        read[item] = read(process.directory, process.id, process.root);
    }

    ProbeMerger merger() {
        return merger;
    }

    ProcessRecord read(File directory, String id, ProjectRoot root) {
        File execFile = DataFormat.execFile(directory, id);
        File manifestFile = DataFormat.manifestFile(directory, id);
        ProcessManifest manifest = null;
        String problem = null;
        try {
            manifest = readManifest(manifestFile, root);
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return new ProcessRecord(id, execFile, readExec(execFile), manifestFile, manifest, problem,
                steps.of(id, manifest));
    }

    /**
     * {@code null} when there is no manifest, or something other than a file in its place. The
     * files are opened without asking first whether they exist: two thousand such questions took
     * longer than the answers.
     */
    private ProcessManifest readManifest(File manifestFile, ProjectRoot root) throws IOException {
        int length;
        try {
            length = readFully(manifestFile);
        } catch (FileNotFoundException e) {
            if (manifestFile.isFile()) {
                throw e;
            }
            return null;
        }
        return ProcessManifest.of(ManifestJson.readObject(new String(buffer, 0, length, StandardCharsets.UTF_8)), mask,
                root);
    }

    private SalvagedExec readExec(File execFile) {
        int length;
        try {
            length = readFully(execFile);
        } catch (FileNotFoundException e) {
            return execFile.exists() ? ExecSalvager.cannotRead(e, execFile) : ExecSalvager.missing();
        } catch (IOException e) {
            return ExecSalvager.cannotRead(e, execFile);
        }
        return ExecSalvager.stream(buffer, length, merger, execFile);
    }

    private int readFully(File file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, 2 * buffer.length);
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    return length;
                }
                length += read;
            }
        }
    }
}
