package io.github.subcov.maven;

/** Moves only when slept on, and does at a given time what a JVM would do meanwhile. */
final class FakeClock implements WaitClock {

    interface Action {
        void run() throws Exception;
    }

    private long now;
    private long at = Long.MAX_VALUE;
    private Action action;

    /** Runs the action once the clock has reached the given time. */
    FakeClock at(long millis, Action then) {
        at = millis;
        action = then;
        return this;
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public void sleep(long millis) {
        now += millis;
        if (now >= at) {
            at = Long.MAX_VALUE;
            try {
                action.run();
            } catch (Exception failure) {
                throw new AssertionError(failure);
            }
        }
    }
}
