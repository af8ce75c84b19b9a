package io.github.subcov.interceptor.agent;

import io.github.subcov.interceptor.launch.AgentFlags;

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

    private final File jacocoJar;
    private final String jacocoOptions;
    private final Instrumentation instrumentation;
    private final Thread thread;
    private volatile Throwable failure;

    private JacocoStarter(File jacocoJar, String jacocoOptions, Instrumentation instrumentation) {
        this.jacocoJar = jacocoJar;
        this.jacocoOptions = jacocoOptions;
        this.instrumentation = instrumentation;
        this.thread = new Thread(this, "subcov-jacoco-start");
        thread.setDaemon(true);
    }

    /** Begins; {@link #await} must return before the application's main method may run. */
    static JacocoStarter begin(File jacocoJar, String jacocoOptions, Instrumentation instrumentation) {
        JacocoStarter starter = new JacocoStarter(jacocoJar, jacocoOptions, instrumentation);
        starter.thread.start();
        return starter;
    }

    /** Waits until JaCoCo runs (or this JVM turned out to bring its own); returns why it failed, or null. */
    Throwable await() throws InterruptedException {
        thread.join();
        return failure;
    }

    @Override
    public void run() {
        try {
            if (!namesJacoco(JvmArguments.options())) {
                start();
            }
        } catch (Throwable startFailure) {
            failure = startFailure;
        }
    }

    private void start() throws Exception {
        JarFile jar = new JarFile(jacocoJar);
        String premainClass = jar.getManifest().getMainAttributes().getValue("Premain-Class");
        instrumentation.appendToSystemClassLoaderSearch(jar);
        Class.forName(premainClass, true, ClassLoader.getSystemClassLoader())
                .getMethod("premain", String.class, Instrumentation.class)
                .invoke(null, jacocoOptions, instrumentation);
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
