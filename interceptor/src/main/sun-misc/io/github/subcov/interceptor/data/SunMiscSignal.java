package io.github.subcov.interceptor.data;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The interceptor's only link to {@code sun.misc.Signal} (in rt.jar on JDK 8, in jdk.unsupported
 * since 9, the same API throughout). It is compiled apart from the rest, for Java 8 against the
 * building JDK's own classes: {@code --release 8} lists no {@code sun.misc}, and reaching it by
 * reflection needs a {@code Proxy} for the handler, 20-40 ms at start where this takes 0.1 ms.
 * Its methods take and return JDK types only, so the rest compiles without seeing {@code sun.misc}.
 *
 * <p>Every install and probe holds {@code sun.misc.Signal}'s class lock, which its static
 * synchronized {@code handle} takes too: no one else's handler can be installed between two of
 * subcov's calls, so putting back what was there never undoes someone else's install.
 */
final class SunMiscSignal {

    private SunMiscSignal() {
    }

    /**
     * Makes the signal run the action; returns the handler, to recognise it later, or null when
     * the signal already had a handler other than the JVM's default, which is left in place.
     *
     * @throws IllegalArgumentException when the JVM keeps the signal for itself
     */
    static Object install(String name, Runnable action) {
        Signal signal = new Signal(name);
        Relay relay = new Relay(action);
        synchronized (Signal.class) {
            SignalHandler before = Signal.handle(signal, relay);
            if (before == SignalHandler.SIG_DFL) {
                return relay;
            }
            Signal.handle(signal, before);
            return null;
        }
    }

    /**
     * Whether the signal's handler is another than the given one. The only way to read a handler
     * is to install another, so this installs a probe and at once puts back what it replaced; a
     * signal that arrives in between reaches the probe, which passes it on to that handler.
     */
    static boolean replaced(String name, Object handler) {
        Signal signal = new Signal(name);
        Probe probe = new Probe(signal);
        SignalHandler current;
        synchronized (Signal.class) {
            // the probe's own thread waits on this lock until the handler is back in place
            synchronized (probe) {
                current = Signal.handle(signal, probe);
                Signal.handle(signal, current);
                probe.displaced = current;
            }
        }
        return current != handler;
    }

    /** Runs the action on the thread the JDK starts for each signal. */
    private static final class Relay implements SignalHandler {
        private final Runnable action;

        Relay(Runnable action) {
            this.action = action;
        }

        @Override
        public void handle(Signal signal) {
            action.run();
        }
    }

    /** Stands in for a signal's handler while it is read, and passes on what it gets meanwhile. */
    private static final class Probe implements SignalHandler {
        private final Signal signal;
        private SignalHandler displaced;

        Probe(Signal signal) {
            this.signal = signal;
        }

        @Override
        public void handle(Signal received) {
            SignalHandler to;
            synchronized (this) {
                to = displaced;
            }
            if (to == SignalHandler.SIG_DFL) {
                // that handler is back now: the signal does what it would have done without the probe
                Signal.raise(signal);
            } else if (to != SignalHandler.SIG_IGN) {
                to.handle(received);
            }
        }
    }
}
