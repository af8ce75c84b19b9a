package io.github.subcov.bench.measure;

import io.github.subcov.bench.Cells;
import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.PairedSamples;
import io.github.subcov.bench.ResultTable;
import io.github.subcov.bench.Rounds;
import io.github.subcov.bench.Settings;
import io.github.subcov.bench.Spread;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.Variant.Agents;
import io.github.subcov.bench.child.SpawnLoop;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 2b. The steady cost of a spawn. One {@code SpawnLoop} JVM per variant stays alive for a set of
 * turns; in each round every JVM runs one turn of {@value #TURN} spawns, in rotating order, so the
 * variants compared within a round ran a few milliseconds apart. Sets start fresh JVMs, so that one
 * JVM's luck (its memory layout, its JIT) does not decide a ratio. A fourth JVM, plain and giving
 * every child an explicit environment, shows what the JDK itself charges for that, which subcov
 * pays for every non-Java child. A fifth JVM, plain like the first, shows how far two JVMs that
 * differ in nothing land apart in the same run: the resolution of every other ratio here. A sixth,
 * subcov with its launch hook switched off, shows what subcov costs a spawn by being loaded, apart
 * from what its hook does (which {@link HookSwitchMeasure} measures within one JVM).
 */
public final class LaterSpawnMeasure {

    static final double TARGET = 1.02;
    static final int TURN = 20;

    /**
     * The JVMs that take turns: the three variants, plain java with an explicit environment, a
     * second plain java, and subcov with its launch hook switched off.
     */
    enum Loop {
        PLAIN(Variant.PLAIN, false, false),
        JACOCO(Variant.JACOCO, false, false),
        SUBCOV(Variant.SUBCOV, false, false),
        PLAIN_EXPLICIT_ENVIRONMENT(Variant.PLAIN, true, false),
        PLAIN_AGAIN(Variant.PLAIN, false, false),
        SUBCOV_HOOK_OFF(Variant.SUBCOV, false, true);

        final Variant variant;
        final boolean explicitEnvironment;
        final boolean hookOff;

        Loop(Variant variant, boolean explicitEnvironment, boolean hookOff) {
            this.variant = variant;
            this.explicitEnvironment = explicitEnvironment;
            this.hookOff = hookOff;
        }
    }

    private LaterSpawnMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Settings settings = context.settings;
        Path directory = Directories.fresh(context.files.work().resolve("later-spawns"));
        Agents agents = Agents.in(context.files, directory);
        String metric = String.format("later spawns (/bin/true, %,d per variant, JVMs taking turns), per spawn",
                settings.laterSpawnSets * settings.laterSpawnRounds * TURN);
        PairedSamples<Loop> samples = new PairedSamples<Loop>();
        for (int set = 0; set < settings.laterSpawnSets; set++) {
            Map<Loop, SpawnLoopJvm> jvms = new EnumMap<Loop, SpawnLoopJvm>(Loop.class);
            try {
                for (Loop loop : Loop.values()) {
                    jvms.put(loop, SpawnLoopJvm.start(context.files, directory.resolve(set + "-" + loop),
                            loop.variant.jvmOptions(agents), SpawnLoop.class,
                            String.valueOf(loop.variant == Variant.SUBCOV), String.valueOf(loop.explicitEnvironment),
                            String.valueOf(loop.hookOff)));
                }
                // the warm-up turns hold each JVM's first spawn and the JIT's work on the loop
                samples.addAll(Rounds.run(metric + ", set " + (set + 1) + "/" + settings.laterSpawnSets,
                        List.of(Loop.values()), settings.laterSpawnWarmup, settings.laterSpawnRounds,
                        (loop, round) -> jvms.get(loop).millisPerSpawn(TURN)));
            } finally {
                for (SpawnLoopJvm jvm : jvms.values()) {
                    jvm.close();
                }
            }
        }
        long subcovLoops = Arrays.stream(Loop.values()).filter(loop -> loop.variant == Variant.SUBCOV).count();
        Checks.subcovWroteData(agents.subcovData(), (int) subcovLoops * settings.laterSpawnSets);
        String plain = Cells.millisPrecise(samples.of(Loop.PLAIN).median);
        String jacoco = Cells.millisPrecise(samples.of(Loop.JACOCO).median);
        String subcov = Cells.millisPrecise(samples.of(Loop.SUBCOV).median);
        Spread overJacoco = samples.ratio(Loop.SUBCOV, Loop.JACOCO);
        Spread overPlain = samples.ratio(Loop.SUBCOV, Loop.PLAIN);
        table.add(metric + ", vs JaCoCo", plain, jacoco, subcov, Cells.ratioWithInterval(overJacoco, "subcov/JaCoCo"),
                "≤ 1.02", overJacoco.median <= TARGET);
        table.add(metric + ", vs plain", plain, jacoco, subcov, Cells.ratioWithInterval(overPlain, "subcov/plain"),
                "≤ 1.02", overPlain.median <= TARGET);
        table.add("later spawns: subcov loaded, its launch hook switched off, against JaCoCo", plain, jacoco,
                ResultTable.NONE, Cells.ratioWithInterval(samples.ratio(Loop.SUBCOV_HOOK_OFF, Loop.JACOCO),
                        "subcov hook off/JaCoCo") + "; " + Cells.millisPrecise(samples.of(Loop.SUBCOV_HOOK_OFF).median),
                ResultTable.NONE, null);
        table.add("later spawns: plain java giving each child an explicit environment (the JDK's price)", plain,
                ResultTable.NONE, ResultTable.NONE, Cells.ratioWithInterval(samples.ratio(
                        Loop.PLAIN_EXPLICIT_ENVIRONMENT, Loop.PLAIN), "explicit environment/plain") + "; "
                        + Cells.millisPrecise(samples.of(Loop.PLAIN_EXPLICIT_ENVIRONMENT).median),
                ResultTable.NONE, null);
        table.add("later spawns: a second plain java against the first (what this run resolves)", plain,
                ResultTable.NONE, ResultTable.NONE, Cells.ratioWithInterval(samples.ratio(Loop.PLAIN_AGAIN, Loop.PLAIN),
                        "plain/plain"), ResultTable.NONE, null);
    }
}
