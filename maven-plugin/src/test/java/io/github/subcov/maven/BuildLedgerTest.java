package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the modules of one build find each other's data and agree on which one does the whole build's work. */
class BuildLedgerTest {

    @TempDir
    Path root;

    private List<MavenProject> modules(int count) {
        List<MavenProject> modules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            modules.add(Builds.module("module-" + i, root.resolve("module-" + i).toFile()));
        }
        return modules;
    }

    @Test
    void readsTheDataDirectoriesOfThePreparedModulesInTheBuildsOrder() {
        List<MavenProject> modules = modules(3);
        MavenSession session = Builds.session(root.toFile(), modules);
        File last = root.resolve("module-2/target/subcov").toFile();
        File first = root.resolve("module-0/target/subcov").toFile();
        BuildLedger.of(session).prepared(modules.get(2), last);
        BuildLedger.of(session).prepared(modules.get(0), first);

        assertEquals(List.of(first, last), BuildLedger.of(session).dataDirectories(modules));
        assertEquals(List.of(), BuildLedger.of(Builds.session(root.toFile(), modules)).dataDirectories(modules),
                "another build's");
    }

    @Test
    void theModuleThatFinishesLastDoesTheBuildsWorkOnce() {
        List<MavenProject> modules = modules(3);
        BuildLedger ledger = BuildLedger.of(Builds.session(root.toFile(), modules));

        assertFalse(ledger.finishedLast("report", modules.get(1), modules));
        assertFalse(ledger.finishedLast("check", modules.get(0), modules), "another goal");
        assertFalse(ledger.finishedLast("report", modules.get(0), modules));
        assertTrue(ledger.finishedLast("report", modules.get(2), modules));
        assertFalse(ledger.finishedLast("report", modules.get(2), modules), "a second execution");
    }

    @RepeatedTest(20)
    void withModulesFinishingTogetherExactlyOneIsLast() throws Exception {
        List<MavenProject> modules = modules(8);
        MavenSession session = Builds.session(root.toFile(), modules);
        ExecutorService threads = Executors.newFixedThreadPool(modules.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> last = new ArrayList<>();
            for (MavenProject module : modules) {
                last.add(threads.submit(() -> {
                    start.await();
                    return BuildLedger.of(session).finishedLast("report", module, modules);
                }));
            }
            start.countDown();
            int lastOnes = 0;
            for (Future<Boolean> isLast : last) {
                lastOnes += isLast.get() ? 1 : 0;
            }
            assertEquals(1, lastOnes);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aGoalNamedOnTheCommandLineRunsInEveryModuleABoundOneWhereThePomBindsIt() {
        List<MavenProject> modules = modules(3);
        Builds.binding(modules.get(1), "report");
        Builds.binding(modules.get(2), "check");
        MavenSession session = Builds.session(root.toFile(), modules);

        assertEquals(modules, BuildLedger.running(session, Builds.execution("report", "default-cli")));
        assertEquals(List.of(modules.get(1)), BuildLedger.running(session, Builds.execution("report", "coverage")));
    }
}
