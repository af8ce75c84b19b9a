package io.github.subcov.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.util.regex.Pattern;

/**
 * The argument subcov hands JaCoCo's runtime agent, what follows {@code =} in
 * {@code -javaagent:jacocoagent.jar=}: what JaCoCo calls its agent options. No output of its own,
 * the user's class filters, never the interceptor's classes. The JVM options that put subcov into
 * a JVM are {@link CoveredJvmOptions}.
 */
final class JacocoAgentArguments {

    /** JaCoCo patterns: names with {@code *} and {@code ?}, separated by {@code :}. */
    private static final Pattern PATTERNS = Pattern.compile("[\\p{L}\\p{N}_$.*?/:-]+");
    /**
     * The interceptor, which runs in every covered JVM. subcov's Maven plugin and report run in a
     * Maven's JVM, which only an outer build covers (a forked Maven): there they are that build's
     * classes like any other mojo's, and subcov's own ITs cover its Maven plugin that way.
     */
    private static final String OWN_CLASSES = "io.github.subcov.interceptor.*";

    private final String includes;
    private final String excludes;

    private JacocoAgentArguments(String includes, String excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    static JacocoAgentArguments of(String includes, String excludes) throws MojoExecutionException {
        return new JacocoAgentArguments(check("subcov.includes", includes), check("subcov.excludes", excludes));
    }

    private static String check(String name, String value) throws MojoExecutionException {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        String trimmed = value.trim();
        if (!PATTERNS.matcher(trimmed).matches()) {
            throw new MojoExecutionException(name + " is \"" + value + "\": use class name patterns in JaCoCo's"
                    + " syntax, separated by ':' (for example com.example.*:org.acme.Main).");
        }
        return trimmed;
    }

    /**
     * {@code output=none}: subcov takes every snapshot itself, atomically, at every kind of ending.
     * The agent's own classes are excluded so that they never show in a report or cost probes.
     */
    String value() {
        StringBuilder options = new StringBuilder("output=none,jmx=false");
        if (includes != null) {
            options.append(",includes=").append(includes);
        }
        options.append(",excludes=").append(OWN_CLASSES);
        if (excludes != null) {
            options.append(':').append(excludes);
        }
        return options.toString();
    }
}
