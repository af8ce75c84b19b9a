package io.github.subcov.bench;

/**
 * How many rounds each measurement gets. The full run is sized for about twelve minutes per JDK on
 * two cores, with the most rounds where a shared machine's noise is largest against the effect
 * (start-up, later spawns); {@code --quick} only proves that every measurement works.
 */
public final class Settings {

    public final boolean quick;
    public final int startupWarmup;
    public final int startupRounds;
    /** Fewer: each round starts three JVMs that load 2,000 classes, JaCoCo's two instrumenting them. */
    public final int startupAppRounds;
    public final int firstSpawnRounds;
    /** Later spawns: sets of fresh JVMs, each taking this many warm-up and measured turns. */
    public final int laterSpawnSets;
    public final int laterSpawnWarmup;
    public final int laterSpawnRounds;
    /** Later spawns in one subcov JVM that switches its hook: warm-up and measured turns. */
    public final int hookSwitchWarmupTurns;
    public final int hookSwitchTurns;
    public final int checkpointRounds;
    public final long checkpointIdleMillis;
    public final int combineRounds;
    public final int reportRounds;
    public final int processViewRounds;
    /** The aggregate report: jacococli's merge and report, subcov's report, each round about a minute. */
    public final int aggregateWarmup;
    public final int aggregateRounds;
    /** Reads of 100 MB by JVMs taking turns. */
    public final int quietStreamsWarmup;
    public final int quietStreamsRounds;
    public final int quietStreamsLineRounds;
    /** Fresh JVMs that put the launch hook in, about a second each. */
    public final int mavenHookWarmup;
    public final int mavenHookRounds;
    /** Rounds of four launches of app.Hello from one JVM with the hook. */
    public final int buildForkWarmup;
    public final int buildForkRounds;
    /** Fresh JVMs weaving ProcessImpl, per weaver; first spawns with an empty cache. */
    public final int weaveRounds;
    public final int coldSpawnRounds;

    private Settings(boolean quick) {
        this.quick = quick;
        startupWarmup = quick ? 1 : 2;
        startupRounds = quick ? 5 : 41;
        startupAppRounds = quick ? 5 : 25;
        firstSpawnRounds = quick ? 5 : 20;
        laterSpawnSets = quick ? 1 : 5;
        laterSpawnWarmup = quick ? 2 : 25;
        laterSpawnRounds = quick ? 3 : 100;
        hookSwitchWarmupTurns = quick ? 2 : 25;
        hookSwitchTurns = quick ? 3 : 500;
        checkpointRounds = quick ? 1 : 3;
        checkpointIdleMillis = quick ? 3_000 : 10_000;
        combineRounds = quick ? 2 : 7;
        reportRounds = quick ? 2 : 5;
        processViewRounds = quick ? 1 : 2;
        aggregateWarmup = quick ? 0 : 1;
        aggregateRounds = quick ? 2 : 9;
        quietStreamsWarmup = quick ? 1 : 5;
        quietStreamsRounds = quick ? 3 : 60;
        quietStreamsLineRounds = quick ? 3 : 30;
        mavenHookWarmup = quick ? 0 : 1;
        mavenHookRounds = quick ? 2 : 10;
        buildForkWarmup = quick ? 1 : 3;
        buildForkRounds = quick ? 3 : 60;
        weaveRounds = quick ? 2 : 10;
        coldSpawnRounds = quick ? 3 : 20;
    }

    public static Settings of(boolean quick) {
        return new Settings(quick);
    }
}
