package io.github.subcov.interceptor;

import io.github.subcov.interceptor.agent.Agent;

import java.lang.instrument.Instrumentation;

/** The agent's entry point: starts coverage of this JVM and never stops the JVM from starting. */
public final class PreMain {

    private PreMain() {
    }

    public static void premain(String argument, Instrumentation instrumentation) {
        try {
            Agent.start(argument, instrumentation);
        } catch (Throwable failure) {
            // the JVM must start whatever happens; this one line is all subcov may say
            System.err.println("subcov: coverage of this JVM could not start: " + failure);
        }
    }
}
