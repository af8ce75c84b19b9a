package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.redefine.JacocoInstrumentation;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Starts JaCoCo's runtime agent the way the JVM starts a {@code -javaagent}, unless this JVM
 * already names one: a launcher script's own {@code -javaagent}, an argument file or the user's
 * {@code JAVA_TOOL_OPTIONS}. A second JaCoCo agent would abort the JVM.
 *
 * <p>It runs on its own thread while subcov sets up the rest on the JVM's main thread: JaCoCo's
 * start is most of a covered JVM's extra start time, and there is a second core to do the rest.
 */
final class JacocoStarter implements Runnable {

    private static final String SESSION_ID = "sessionid=";
    private static final String JACOCO = "jacoco";

    private final File jacocoJar;
    private final String premainClass;
    private final String jacocoAgentArguments;
    private final Instrumentation instrumentation;
    private final Thread thread;
    /** Guarded by this: a monitor, not a latch, whose classes are not in the JDK's class-data archive. */
    private boolean named;
    private String processId;
    private volatile Throwable failure;
    private volatile Throwable redefinitionFailure;

    private JacocoStarter(AgentConfig config, Instrumentation instrumentation) {
        this.jacocoJar = config.jacocoJar();
        this.premainClass = config.jacocoPremainClass();
        this.jacocoAgentArguments = config.jacocoAgentArguments();
        this.instrumentation = instrumentation;
        this.thread = new Thread(this, "subcov-jacoco-start");
        thread.setDaemon(true);
    }

    /**
     * Begins at once: everything before JaCoCo's premain is on the critical path of the JVM's
     * start. {@link #processIs} must follow, and {@link #await} must return before the
     * application's main method may run.
     */
    static JacocoStarter begin(AgentConfig config, Instrumentation instrumentation) {
        JacocoStarter starter = new JacocoStarter(config, instrumentation);
        starter.thread.start();
        return starter;
    }

    /**
     * Names JaCoCo's session after the process (unless the options name one): the data then says
     * which process it came from, and JaCoCo skips the host name look-up it would make its
     * default name of, which can take seconds where name resolution is slow.
     */
    synchronized void processIs(String id) {
        processId = id;
        named = true;
        notifyAll();
    }

    private synchronized String awaitProcessId() throws InterruptedException {
        while (!named) {
            wait();
        }
        return processId;
    }

    /** Waits until JaCoCo runs (or this JVM turned out to bring its own); returns why it failed, or null. */
    Throwable await() throws InterruptedException {
        thread.join();
        return failure;
    }

    @Override
    public void run() {
        try {
            // the full parse only where the raw options may name a JaCoCo agent
            if (!OptionsPrecheck.mayNameAgent(JACOCO) || !namesJacoco(JvmArguments.options())) {
                start();
            }
        } catch (Throwable startFailure) {
            failure = startFailure;
        }
    }

    private void start() throws Exception {
        Class<?> premain = premainClass != null ? fromBootClassPath(premainClass) : null;
        if (premain == null) {
            premain = fromJacocoJar();
        }
        String id = awaitProcessId();
        premain.getMethod("premain", String.class, Instrumentation.class)
                .invoke(null, withSessionId(jacocoAgentArguments, id), forJacoco());
    }

    /**
     * The instrumentation JaCoCo's agent gets: one that keeps its members in classes another agent
     * redefines, or, where that cannot be made, the JVM's own, as JaCoCo alone would have it.
     */
    private Instrumentation forJacoco() {
        try {
            return JacocoInstrumentation.around(instrumentation);
        } catch (Throwable notMade) {
            redefinitionFailure = notMade;
            return instrumentation;
        }
    }

    /** After {@link #await}: why classes that another agent redefines may fail to redefine, or null. */
    Throwable redefinitionFailure() {
        return redefinitionFailure;
    }

    /** JaCoCo's agent class where subcov's flags put its jar on the boot class path; else null. */
    private static Class<?> fromBootClassPath(String className) {
        try {
            return Class.forName(className, true, null);
        } catch (ClassNotFoundException notThere) {
            return null;
        }
    }

    /** The way the JVM itself starts an agent: its jar joins the system class path. */
    private Class<?> fromJacocoJar() throws Exception {
        JarFile jar = new JarFile(jacocoJar);
        try {
            String className = premainClass != null ? premainClass : AgentConfig.premainClassOf(jar);
            instrumentation.appendToSystemClassLoaderSearch(jar);
            return Class.forName(className, true, ClassLoader.getSystemClassLoader());
        } finally {
            // the class loader reads the jar through a handle of its own; this one would stay open
            // for the JVM's life, and every child would inherit it until it closes it
            jar.close();
        }
    }

    static String withSessionId(String jacocoAgentArguments, String processId) {
        if (processId == null) {
            return jacocoAgentArguments;
        }
        for (String option : jacocoAgentArguments.split(",")) {
            if (option.trim().startsWith(SESSION_ID)) {
                return jacocoAgentArguments;
            }
        }
        return (jacocoAgentArguments.trim().isEmpty() ? "" : jacocoAgentArguments + ",") + SESSION_ID + processId;
    }

    static boolean namesJacoco(List<String> options) {
        for (String option : options) {
            if (AgentFlags.isJacocoAgent(option)) {
                return true;
            }
        }
        return false;
    }
}
