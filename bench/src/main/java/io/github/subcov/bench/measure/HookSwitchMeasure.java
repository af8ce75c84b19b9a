package io.github.subcov.bench.measure;

import io.github.subcov.bench.Cells;
import io.github.subcov.bench.Context;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.PairedSamples;
import io.github.subcov.bench.Progress;
import io.github.subcov.bench.ResultTable;
import io.github.subcov.bench.Settings;
import io.github.subcov.bench.Spread;
import io.github.subcov.bench.Variant;
import io.github.subcov.bench.Variant.Agents;
import io.github.subcov.bench.child.HookSwitchLoop;
import io.github.subcov.bench.child.HookSwitchLoop.Way;
import java.nio.file.Path;

/**
 * 2b, within one JVM. Later spawns compared between JVMs are known to ±1–3 % on a shared machine
 * (two JVMs started alike land up to 1.6 % apart); one subcov JVM that switches its launch hook on
 * and off spawn by spawn ({@link HookSwitchLoop}) shows what the hook adds to a later spawn to a few
 * tenths of a percent, and how much of that is the JDK's price for an explicit environment.
 */
public final class HookSwitchMeasure {

    static final int TURN = 20;

    private HookSwitchMeasure() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        Settings settings = context.settings;
        Path directory = Directories.fresh(context.files.work().resolve("hook-switch"));
        Agents agents = Agents.in(context.files, directory);
        String metric = String.format("later spawns in one subcov JVM that switches its launch hook spawn by spawn "
                + "(/bin/true, %,d per way)", settings.hookSwitchTurns * TURN);
        PairedSamples<Way> samples = new PairedSamples<Way>();
        try (SpawnLoopJvm jvm = SpawnLoopJvm.start(context.files, directory.resolve("jvm"),
                Variant.SUBCOV.jvmOptions(agents), HookSwitchLoop.class)) {
            int total = settings.hookSwitchWarmupTurns + settings.hookSwitchTurns;
            for (int turn = 0; turn < total; turn++) {
                if (Progress.shows(turn, total)) {
                    Progress.say("%s: turn %d/%d", metric, turn + 1, total);
                }
                long[] nanos = jvm.turn(TURN);
                if (turn >= settings.hookSwitchWarmupTurns) {
                    for (Way way : Way.values()) {
                        samples.add(way, nanos[way.ordinal()] / 1e6 / TURN);
                    }
                }
            }
        }
        Checks.subcovWroteData(agents.subcovData(), 1);
        String on = Cells.millisPrecise(samples.of(Way.HOOK_ON).median);
        String off = Cells.millisPrecise(samples.of(Way.HOOK_OFF).median);
        Spread hook = samples.ratio(Way.HOOK_ON, Way.HOOK_OFF);
        table.add(metric + ", hook on vs off", ResultTable.NONE, ResultTable.NONE, on,
                Cells.ratioWithInterval(hook, "on/off") + "; off " + off, "≤ 1.02",
                hook.median <= LaterSpawnMeasure.TARGET);
        table.add("of that, the JDK's price for an explicit environment: hook off, the child given subcov's "
                + "JAVA_TOOL_OPTIONS, vs off", ResultTable.NONE, ResultTable.NONE, ResultTable.NONE,
                Cells.ratioWithInterval(samples.ratio(Way.HOOK_OFF_EXPLICIT_ENVIRONMENT, Way.HOOK_OFF),
                        "explicit environment/off"), ResultTable.NONE, null);
        table.add("of that, subcov's own work: hook on vs off with the same explicit environment", ResultTable.NONE,
                ResultTable.NONE, ResultTable.NONE, Cells.ratioWithInterval(
                        samples.ratio(Way.HOOK_ON, Way.HOOK_OFF_EXPLICIT_ENVIRONMENT), "on/explicit environment"),
                ResultTable.NONE, null);
    }
}
