package io.github.subcov.maven;

/** Time as a bounded wait sees it; tests give one that moves only when it is slept on. */
interface WaitClock {

    WaitClock SYSTEM = new WaitClock() {
        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };

    long millis();

    void sleep(long millis) throws InterruptedException;
}
