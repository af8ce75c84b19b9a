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
 */
final class JacocoStarter {

    private JacocoStarter() {
    }

    /** Returns whether it started JaCoCo (false: the JVM brings its own). */
    static boolean startUnlessPresent(File jacocoJar, String jacocoOptions, Instrumentation instrumentation)
            throws Exception {
        if (namesJacoco(JvmArguments.options())) {
            return false;
        }
        JarFile jar = new JarFile(jacocoJar);
        String premainClass = jar.getManifest().getMainAttributes().getValue("Premain-Class");
        instrumentation.appendToSystemClassLoaderSearch(jar);
        Class.forName(premainClass, true, ClassLoader.getSystemClassLoader())
                .getMethod("premain", String.class, Instrumentation.class)
                .invoke(null, jacocoOptions, instrumentation);
        return true;
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
