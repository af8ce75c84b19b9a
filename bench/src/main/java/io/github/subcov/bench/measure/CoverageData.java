package io.github.subcov.bench.measure;

import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.Launch;
import io.github.subcov.bench.Progress;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.Variant.Agents;
import io.github.subcov.bench.generate.GeneratedApp;
import io.github.subcov.bench.generate.ProcessFiles;
import io.github.subcov.interceptor.data.DataFormat;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The input of the combine and report measurements: {@value #PROCESSES} processes' files made
 * from one real subcov run of the app of 2,000 classes, and their merge, done here with JaCoCo's
 * own classes as the reference that both tools' output must equal.
 */
final class CoverageData {

    static final int PROCESSES = 1000;

    final Path processDirectory;
    final Path mergedExec;

    private CoverageData(Path processDirectory, Path mergedExec) {
        this.processDirectory = processDirectory;
        this.mergedExec = mergedExec;
    }

    static CoverageData prepare(Context context) throws Exception {
        Path root = context.files.work().resolve("coverage-data");
        Path realRun = Directories.fresh(root.resolve("real-run"));
        Agents agents = Agents.in(context.files, realRun);
        Progress.say("recording a real subcov run of app.Main %d", GeneratedApp.APP_CLASSES);
        Launch.java(context.files, realRun, Variant.SUBCOV.jvmOptions(agents), "-cp",
                context.app.appClasses().toString(), "app.Main", Integer.toString(GeneratedApp.APP_CLASSES)).run();
        Checks.subcovWroteData(agents.subcovData(), 1);
        ExecutionDataStore real = load(Checks.files(agents.subcovData(), DataFormat.EXEC_SUFFIX));
        Checks.require(real.getContents().size() >= GeneratedApp.APP_CLASSES,
                "the real run recorded only " + real.getContents().size() + " classes");

        Progress.say("writing %d processes' .exec and .json files", PROCESSES);
        Path processes = Directories.fresh(root.resolve("processes"));
        ProcessFiles.write(real, processes, PROCESSES, System.getProperty("java.home"));
        ExecFileLoader merged = new ExecFileLoader();
        for (Path exec : Checks.files(processes, DataFormat.EXEC_SUFFIX)) {
            merged.load(exec.toFile());
        }
        Path mergedExec = root.resolve("merged.exec");
        merged.save(mergedExec.toFile(), false);
        return new CoverageData(processes, mergedExec);
    }

    static ExecutionDataStore load(List<Path> execFiles) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path exec : execFiles) {
            loader.load(exec.toFile());
        }
        return loader.getExecutionDataStore();
    }

    /** Whether two files hold the same classes with the same probes; sessions may differ. */
    static void requireSameCoverage(Path expected, Path actual) throws IOException {
        ExecutionDataStore want = load(List.of(expected));
        ExecutionDataStore got = load(List.of(actual));
        Checks.require(want.getContents().size() == got.getContents().size(), actual + " holds "
                + got.getContents().size() + " classes, the reference " + want.getContents().size());
        for (ExecutionData data : want.getContents()) {
            ExecutionData other = got.get(data.getId());
            Checks.require(other != null && java.util.Arrays.equals(data.getProbes(), other.getProbes()),
                    actual + " differs from the reference merge in " + data.getName());
        }
    }
}
