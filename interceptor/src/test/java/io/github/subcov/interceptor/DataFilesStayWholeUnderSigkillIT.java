package io.github.subcov.interceptor;

import fixtures.ClassChurn;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * JVMs that write a bigger snapshot at every turn of the checkpoint thread, killed with SIGKILL
 * at random moments: every {@code .exec} and {@code .json} file they leave is whole. Leftover
 * {@code .tmp} files are allowed; combine ignores them.
 */
class DataFilesStayWholeUnderSigkillIT {

    private static final int CHILDREN = 20;
    private static final int AT_ONCE = 4;
    private static final long SEED = 20261122L;
    private static final String CHURN_CLASS = "fixtures/churn/C";

    @Test
    void everyDataFileOfKilledJvmsIsWhole(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory, 5);
        String classPath = CoveredJvm.TEST_CLASSES + File.pathSeparator + jarOf(ClassWriter.class);
        long[] killAfterMillis = new Random(SEED).longs(CHILDREN, 20, 401).toArray();

        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Integer>> exits = new ArrayList<>();
            for (long millis : killAfterMillis) {
                exits.add(pool.submit(killedAfter(jvm, classPath, millis)));
            }
            for (Future<Integer> exit : exits) {
                assertEquals(137, exit.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Path> files;
        try (Stream<Path> list = Files.list(jvm.dataDirectory)) {
            files = list.sorted().toList();
        }
        int execs = 0;
        int churned = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".exec")) {
                execs++;
                churned += wholeExecFile(file);
            } else if (name.endsWith(".json")) {
                assertWholeManifest(file);
            } else if (!name.endsWith(".tmp")) {
                fail("unexpected file " + file);
            }
        }
        System.out.println("DataFilesStayWholeUnderSigkillIT: " + execs + " whole .exec files, " + churned
                + " generated classes in them, " + files.stream().filter(f -> f.toString().endsWith(".tmp")).count()
                + " .tmp leftovers");
        assertTrue(execs > 0, "no JVM lived to its first checkpoint: " + files);
    }

    private static Callable<Integer> killedAfter(CoveredJvm jvm, String classPath, long millis) {
        return () -> {
            try (RunningJvm child = jvm.startWithClassPath(classPath, ClassChurn.class.getName())) {
                child.awaitOutput("ready\n");
                Thread.sleep(millis);
                child.signal("KILL");
                return child.finish().exitCode();
            }
        };
    }

    /**
     * Reads the file to its end, and returns how many generated classes it holds. The churn defines
     * its classes one after the other, so a whole snapshot holds {@code C0} to {@code Cn} without a
     * gap; JaCoCo writes them in hash order, so a file cut short at a record boundary would have gaps.
     */
    private static int wholeExecFile(Path exec) throws IOException {
        List<SessionInfo> sessions = new ArrayList<>();
        SortedSet<Integer> churn = new TreeSet<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(exec))) {
            ExecutionDataReader reader = new ExecutionDataReader(in);
            reader.setSessionInfoVisitor(sessions::add);
            reader.setExecutionDataVisitor(data -> {
                if (data.getName().startsWith(CHURN_CLASS)) {
                    churn.add(Integer.valueOf(data.getName().substring(CHURN_CLASS.length())));
                }
            });
            reader.read();
        } catch (IOException | RuntimeException torn) {
            throw new AssertionError(exec + " (" + Files.size(exec) + " bytes) is not whole", torn);
        }
        assertEquals(1, sessions.size(), exec + " has one session");
        if (!churn.isEmpty()) {
            assertEquals(0, churn.first(), exec + " lacks C0");
            assertEquals(churn.size() - 1, churn.last(), exec + " has gaps: " + churn);
        }
        return churn.size();
    }

    private static void assertWholeManifest(Path json) throws IOException {
        String text = Files.readString(json);
        assertTrue(text.startsWith("{\n") && text.endsWith("}\n"), json + " is not whole: " + text);
        ProcessData process = ProcessData.read(json, CoveredJvm.TEST_CLASSES);
        assertEquals("running", process.ending(), process::toString);
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
