package io.github.subcov.interceptor.launch;

import java.io.File;

/**
 * Programs that start no JVM of the project on this machine, so subcov's options can only do
 * harm there; they keep their command and get the environment they would have without subcov.
 *
 * <p>Matched by the program's file name alone, as the caller wrote it: a wrapped form such as
 * {@code sudo docker ...}, {@code env javac ...} or {@code sh -c "docker ..."} starts a shell or
 * another program first, which still gets {@code JAVA_TOOL_OPTIONS}, and so does every program
 * it starts.
 */
final class ProgramsLeftAlone {

    private static final boolean WINDOWS = File.separatorChar == '\\';
    private static final String EXE = ".exe";

    /**
     * The one list. Two kinds of program are on it:
     *
     * <ul>
     *   <li>Container and remote CLIs: the JVMs they start run in a container or on another host,
     *       where the host's agent jar and config file do not exist, and a JVM that cannot open
     *       its {@code -javaagent} jar aborts ({@code docker run -e JAVA_TOOL_OPTIONS},
     *       compose's pass-through variables, Apptainer's inherited environment,
     *       {@code ssh}'s {@code SendEnv}).</li>
     *   <li>The JDK's own tools (JDK 8 to 25): they run the JDK's code, not the project's, and
     *       plugins fork them and parse what they print ({@code javac}, {@code javadoc},
     *       {@code jar}), which a {@code Picked up JAVA_TOOL_OPTIONS} line on stderr breaks. The
     *       price: a project's own annotation processor or doclet running inside a forked
     *       {@code javac} or {@code javadoc} is not covered there (in the test JVM through
     *       {@code javax.tools} it is). Not on the list, because they run the user's code:
     *       {@code java} and {@code javaw} (the launchers), {@code jshell} and {@code jdb} (they
     *       start a JVM for it, which subcov covers through them), {@code jrunscript},
     *       {@code jjs}, {@code appletviewer}, {@code javaws}.</li>
     * </ul>
     */
    private static final String[] NAMES = {
        // container and remote CLIs
        "docker", "docker-compose", "podman", "podman-compose", "nerdctl", "buildah", "kubectl", "oc",
        "apptainer", "singularity", "ssh", "scp", "sftp",
        // the JDK's tools
        "jar", "jarsigner", "javac", "javadoc", "javah", "javap", "javapackager", "jaotc", "jcmd", "jconsole",
        "jdeprscan", "jdeps", "jfr", "jhsdb", "jimage", "jinfo", "jlink", "jmap", "jmc", "jmod", "jnativescan",
        "jpackage", "jps", "jsadebugd", "jstack", "jstat", "jstatd", "jvisualvm", "jwebserver", "keytool",
        "kinit", "klist", "ktab", "native2ascii", "pack200", "rmic", "rmid", "rmiregistry", "serialver",
        "idlj", "orbd", "servertool", "tnameserv", "extcheck", "policytool", "schemagen", "wsgen", "wsimport",
        "xjc", "jaccessinspector", "jaccesswalker",
    };

    private ProgramsLeftAlone() {
    }

    /** Whether the program (a path or a bare name) is one of them, by this OS's rules for file names. */
    static boolean contains(String program) {
        return contains(program, WINDOWS);
    }

    /**
     * Allocates nothing, as it runs for every child a JVM starts: one length comparison per name
     * and a region match where the length fits, nothing beside the fork itself. On Windows a name
     * matches in any case and with or without {@code .exe}, as the OS finds the program; elsewhere
     * only as written.
     */
    static boolean contains(String program, boolean windows) {
        int start = Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1;
        int end = program.length();
        if (windows && end - start > EXE.length()
                && program.regionMatches(true, end - EXE.length(), EXE, 0, EXE.length())) {
            end -= EXE.length();
        }
        int length = end - start;
        for (String name : NAMES) {
            if (name.length() == length && program.regionMatches(windows, start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** For tests: every name on the list. */
    static String[] names() {
        return NAMES.clone();
    }
}
