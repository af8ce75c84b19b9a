package io.github.subcov.interceptor.launch;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated launches: programs of every kind (java, shells and scripts, JDK tools, container
 * CLIs), arguments full of quotes, spaces and non-ASCII, the user's own {@code JAVA_TOOL_OPTIONS},
 * and every way a caller hands an environment on.
 */
final class LaunchShapes {

    static final String TOOL = LaunchRewriter.JAVA_TOOL_OPTIONS;
    static final String JDK = LaunchRewriter.JDK_JAVA_OPTIONS;
    static final String ME = "host-4242-me";
    static final String GRANDPARENT = "host-17-gp";
    /** A JaCoCo agent that the user set up by hand. */
    static final String USER_JACOCO = "-javaagent:/opt/jacoco 0.8/lib/jacocoagent.jar=destfile=target/it.exec";

    private LaunchShapes() {
    }

    /** How the caller sets the child's environment. */
    enum EnvironmentMode {
        /** {@code ProcessBuilder} untouched: the child inherits this JVM's environment. */
        INHERIT,
        /** {@code environment().clear()} or {@code Runtime.exec(cmd, new String[0])}. */
        CLEARED,
        /** {@code environment()} asked for and left as it was: a copy of this JVM's. */
        COPY,
        /** {@code environment().put(JAVA_TOOL_OPTIONS, ...)}: the user's value replaces what was inherited. */
        REPLACED,
        /** {@code environment().merge(JAVA_TOOL_OPTIONS, " x", concat)}: added to what was inherited. */
        APPENDED
    }

    /** One launch as the JDK hands it to the hook, and what the user meant it to be. */
    record Shape(AgentFlags flags, List<String> command, String userTool, String userJdk, boolean handedDown,
            EnvironmentMode mode, String replacement, String extra) {

        /** This JVM's own environment: the user's, plus subcov's part if a shell above handed one down. */
        Map<String, String> inherited() {
            Map<String, String> environment = new HashMap<>();
            environment.put("PATH", "/usr/bin:/bin");
            environment.put("HOME", "/home/J\u00fcrgen");
            if (userJdk != null) {
                environment.put(JDK, userJdk);
            }
            if (userTool != null) {
                environment.put(TOOL, userTool);
            }
            if (handedDown) {
                Launch previous = new LaunchRewriter(flags, GRANDPARENT).rewrite(List.of("sh"), null, environment);
                if (previous.environment() != null) {
                    return previous.environment();
                }
            }
            return environment;
        }

        /** The environment the caller gives ProcessImpl, null when it inherits. */
        Map<String, String> explicit() {
            Map<String, String> inherited = inherited();
            Map<String, String> copy = new HashMap<>(inherited);
            switch (mode) {
                case INHERIT:
                    return null;
                case CLEARED:
                    return new HashMap<>();
                case COPY:
                    return copy;
                case REPLACED:
                    if (replacement == null) {
                        copy.remove(TOOL);
                    } else {
                        copy.put(TOOL, replacement);
                    }
                    return copy;
                default:
                    String old = inherited.get(TOOL);
                    copy.put(TOOL, old == null || old.isEmpty() ? extra : old + " " + extra);
                    return copy;
            }
        }

        /** The JAVA_TOOL_OPTIONS the child would see if subcov were not there. */
        String userToolForChild() {
            switch (mode) {
                case CLEARED:
                    return null;
                case REPLACED:
                    return replacement;
                case APPENDED:
                    return userTool == null || userTool.isEmpty() ? extra : userTool + " " + extra;
                default:
                    return userTool;
            }
        }

        String userJdkForChild() {
            return mode == EnvironmentMode.CLEARED ? null : userJdk;
        }

        boolean isJava() {
            return JavaCommand.isLauncher(command.get(0));
        }

        /** A JDK tool or a container or remote CLI: subcov adds nothing to it. */
        boolean isLeftAlone() {
            return ProgramsLeftAlone.contains(command.get(0));
        }
    }

    static Arbitrary<Shape> shapes() {
        return Combinators.combine(flags(), commands(), toolOptions(), jdkOptions(), Arbitraries.of(true, false),
                        Arbitraries.of(EnvironmentMode.class), toolOptions(), token())
                .as(Shape::new);
    }

    static Arbitrary<AgentFlags> flags() {
        return Arbitraries.of(
                new AgentFlags("/root/.m2/repository/io/github/subcov/subcov-interceptor/0.1.0-SNAPSHOT/subcov-interceptor-0.1.0-SNAPSHOT.jar",
                        "/root/.m2/repository/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar",
                        "/work/project/target/subcov/agent.properties"),
                new AgentFlags("/home/J\u00fcrgen's \"work\"/m 2/subcov-interceptor.jar",
                        "/home/J\u00fcrgen's \"work\"/m 2/org.jacoco.agent-runtime.jar",
                        "/home/J\u00fcrgen's \"work\"/my project/target/subcov, \u5b57/agent.properties"),
                new AgentFlags("C:\\Users\\Ann Lee\\.m2\\subcov-interceptor-0.1.0.jar", null,
                        "C:\\p\\target\\subcov\\agent.properties"));
    }

    /** Text with what makes quoting hard: white space, both quotes, '=', ',', non-ASCII. */
    static Arbitrary<String> text() {
        return Arbitraries.of("a", "Main", "b c", " ", "\t", "\"", "'", "=", ",", "\u00e9", "\u5b57", "\ud83d\ude00",
                        "\u2003", "-", "--x", "x=y", "/path with space/", "\\", "$HOME", "%PATH%", ":", "-javaagent:",
                        "jacoco", ".jar")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    static Arbitrary<List<String>> commands() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, javaCommands()),
                Tuple.of(2, otherCommands()));
    }

    static Arbitrary<List<String>> otherCommands() {
        Arbitrary<String> program = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("sh", "/bin/sh", "bash", "python3", "./gradlew", "mvn", "jshell", "java.sh",
                        "run-java", "cmd.exe", "/usr/bin/env", "/opt/my tools/launcher", "javac.sh", "sudo")),
                Tuple.of(1, Arbitraries.of("/usr/bin/javac", "javac", "/opt/my jdk/bin/javadoc", "jar", "jcmd", "keytool",
                        "docker", "/usr/local/bin/kubectl", "podman", "ssh")));
        Arbitrary<List<String>> args = Arbitraries.oneOf(text(),
                        Arbitraries.of("-c", "java -javaagent:/x/jacocoagent.jar -cp x Main", "java -version", "exec java \"$@\"",
                                "exec /opt/jdk/bin/java -Xmx1g -javaagent:/opt/jacoco/jacocoagent.jar=destfile=a.exec -jar app.jar",
                                "java @args.txt -cp x Main"))
                .list().ofMaxSize(4);
        return Combinators.combine(program, args).as((p, a) -> {
            List<String> command = new ArrayList<>();
            command.add(p);
            command.addAll(a);
            return command;
        });
    }

    static Arbitrary<List<String>> javaCommands() {
        Arbitrary<String> program = Arbitraries.of("java", "/usr/lib/jvm/jdk-17/bin/java", "C:\\jdk\\bin\\java.exe",
                "javaw.exe", "JAVA", "/opt/my jdk/bin/java", "C:\\Program Files\\Java\\bin\\javaw");
        Arbitrary<List<String>> option = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of("-Xmx64m", "-Dk=v", "-ea", "-XX:+UseSerialGC", "@argfile",
                        "@/tmp/my args.txt", "--enable-preview", "-verbose:gc", "-javaagent:/opt/other-agent.jar=x=1,y")
                        .map(List::of)),
                Tuple.of(4, text().map(t -> List.of("-D" + t + "=" + t))),
                Tuple.of(3, Combinators.combine(Arbitraries.of("-cp", "-classpath", "--class-path", "-p",
                        "--add-opens", "--add-modules", "--source"), text()).as((o, v) -> List.of(o, v))),
                Tuple.of(1, Arbitraries.of("-version", "--version", "-help", "-X", "--list-modules").map(List::of)),
                Tuple.of(1, Arbitraries.of(USER_JACOCO, "-javaagent:jacocoagent.jar").map(List::of)));
        Arbitrary<List<String>> start = Arbitraries.of(
                List.of("com.example.Main"), List.of("-jar", "app.jar"), List.of("-jar", "my app.jar"), List.of("-m", "app/app.Main"),
                List.of("--module=app/app.Main"), List.of("Hello.java"), List.of());
        Arbitrary<List<String>> programArgs = Arbitraries.oneOf(text(),
                Arbitraries.of("-version", USER_JACOCO, "-javaagent:/x/jacocoagent.jar")).list().ofMaxSize(4);
        return Combinators.combine(program, option.list().ofMaxSize(5), start, programArgs).as((p, o, s, a) -> {
            List<String> command = new ArrayList<>();
            command.add(p);
            o.forEach(command::addAll);
            command.addAll(s);
            command.addAll(a);
            return command;
        });
    }

    /** One option as a user writes it in JAVA_TOOL_OPTIONS: plain and quoted parts, never an open quote. */
    static Arbitrary<String> token() {
        Arbitrary<String> plain = text().map(t -> t.replaceAll("[\\s\"']", "")).filter(t -> !t.isEmpty());
        Arbitrary<String> doubleQuoted = text().map(t -> "\"" + t.replace("\"", "") + "\"");
        Arbitrary<String> singleQuoted = text().map(t -> "'" + t.replace("'", "") + "'");
        Arbitrary<String> made = Arbitraries.oneOf(plain, doubleQuoted, singleQuoted).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("", parts));
        Arbitrary<String> usual = Arbitraries.of("-Xmx77m", "-Dk=v", "-Dfile.encoding=UTF-8", "\"-Dp=a b\"",
                "'-Dq=say \"hi\"'", "-Dx=\u00e9\u2003\u5b57", "-javaagent:/opt/other-agent.jar");
        Arbitrary<String> userAgent = Arbitraries.of(JvmOptionsText.quote(USER_JACOCO), "-javaagent:jacocoagent.jar");
        return Arbitraries.frequencyOf(
                Tuple.of(6, made), Tuple.of(6, usual), Tuple.of(1, userAgent));
    }

    /** A user's JAVA_TOOL_OPTIONS value, or none. */
    static Arbitrary<String> toolOptions() {
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\t", "\n", " \r\n");
        Arbitrary<String> edge = Arbitraries.of("", "", "", " ", "\t", "\n ");
        Arbitrary<String> value = Combinators.combine(edge, Combinators.combine(token(), separator).as((t, s) -> s + t)
                        .list().ofMaxSize(4), token(), edge)
                .as((lead, middle, last, trail) -> lead + String.join("", middle).trim() + (middle.isEmpty() ? "" : " ")
                        + last + trail);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.of("", " ", "\t")),
                Tuple.of(6, value));
    }

    static Arbitrary<String> jdkOptions() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("-Dx=1", "--enable-preview", "'-Dy=a b'")),
                Tuple.of(1, Arbitraries.of(JvmOptionsText.quote(USER_JACOCO))));
    }
}
