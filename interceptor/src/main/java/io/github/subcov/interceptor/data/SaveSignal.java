package io.github.subcov.interceptor.data;

import java.util.Locale;

/**
 * A snapshot on a signal ({@code subcov.saveSignal}, as coverage.py's {@code --save-signal}):
 * {@code kill -USR1 <pid>} makes a covered JVM write a snapshot and keep running, as
 * {@code subcov:dump} does. The handler goes in at start, before main; the signal's thread only
 * asks, the checkpoint thread writes.
 *
 * <p>An application that installs its own handler for the signal replaces subcov's and keeps it.
 * The JDK tells no one, and a handler can only be read by installing another, so the checkpoint
 * thread looks once a second ({@link #noticeReplacement}): it installs a probe and puts back what
 * was there at once, holding the lock that the application's {@code Signal.handle} takes too, so
 * an install of the application's can come before or after a look but never inside one, and a
 * signal that arrives inside one goes on to the handler in place. The first replacement it sees
 * is noted in the manifest; after that the signal is the application's and subcov looks no more.
 */
public final class SaveSignal implements Runnable {

    /**
     * The one signal a JVM lets Java take and does not end on: HotSpot keeps USR2 for itself, and
     * HUP, INT and TERM already end the JVM, with a snapshot.
     */
    public static final String USR1 = "USR1";
    /** The value that turns it off, as leaving it unset does. */
    public static final String OFF = "off";
    /** How often the checkpoint thread looks for an application's handler: a look costs about 1 µs. */
    static final long CHECK_MILLIS = 1000;

    private final String name;
    private final DumpRequests requests;
    private final ProcessManifest manifest;
    private Object handler;
    private long nextCheck;

    private SaveSignal(String name, DumpRequests requests, ProcessManifest manifest) {
        this.name = name;
        this.requests = requests;
        this.manifest = manifest;
    }

    /**
     * The signal's name as the config file carries it, or null for off (unset, blank or
     * {@code off}); {@code USR1}, {@code SIGUSR1} and {@code usr1} are the same.
     *
     * @throws IllegalArgumentException for any other signal, with a message that says what to use
     */
    public static String parse(String value) {
        if (value == null || value.trim().isEmpty() || value.trim().equalsIgnoreCase(OFF)) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith("SIG")) {
            name = name.substring(3);
        }
        if (!name.equals(USR1)) {
            throw new IllegalArgumentException("subcov.saveSignal is \"" + value + "\": use " + USR1
                    + " (HotSpot keeps USR2 for itself; HUP, INT and TERM already end the JVM with a snapshot),"
                    + " or " + OFF + " to take no signal.");
        }
        return name;
    }

    /**
     * Makes the signal ask for a snapshot from now on; what cannot be done is noted in the manifest
     * and the signal left as it was. Returns null when nothing was installed.
     *
     * @param value the config's value, which {@code prepare} checked; a hand-written one is checked
     *        here, as taking over HotSpot's own USR2 would break the JVM
     */
    public static SaveSignal install(String value, DumpRequests requests, ProcessManifest manifest) {
        String name;
        try {
            name = parse(value);
        } catch (IllegalArgumentException refused) {
            manifest.warn(refused.getMessage());
            return null;
        }
        if (name == null) {
            return null;
        }
        SaveSignal saveSignal = new SaveSignal(name, requests, manifest);
        try {
            saveSignal.handler = SunMiscSignal.install(name, saveSignal);
        } catch (Throwable unavailable) {
            // a JVM that keeps the signal for itself, or a runtime image without jdk.unsupported
            manifest.warn("SIG" + name + " cannot be taken in this JVM, so it writes no snapshot on it"
                    + " (subcov:dump still works): " + unavailable);
            return null;
        }
        if (saveSignal.handler == null) {
            manifest.warn(replacedWarning(name));
            return null;
        }
        saveSignal.nextCheck = System.currentTimeMillis() + CHECK_MILLIS;
        return saveSignal;
    }

    /** On the signal's own thread: only asks, the checkpoint thread writes the snapshot. */
    @Override
    public void run() {
        requests.signalled();
    }

    /**
     * On the checkpoint thread, every tick: whether an application's handler has replaced
     * subcov's since the last look. True once; after that the signal is the application's and
     * subcov looks no more.
     */
    public boolean noticeReplacement(long nowMillis) {
        if (handler == null || nowMillis < nextCheck) {
            return false;
        }
        nextCheck = nowMillis + CHECK_MILLIS;
        try {
            if (!SunMiscSignal.replaced(name, handler)) {
                return false;
            }
        } catch (Throwable failure) {
            manifest.warn("could not check the handler of SIG" + name + ": " + failure);
            handler = null;
            return true;
        }
        handler = null;
        manifest.warn(replacedWarning(name));
        return true;
    }

    private static String replacedWarning(String name) {
        return "SIG" + name + " has the application's own handler, which subcov leaves in place: kill -" + name
                + " writes no snapshot of this JVM unless that handler passes the signal on (subcov:dump still works)";
    }
}
