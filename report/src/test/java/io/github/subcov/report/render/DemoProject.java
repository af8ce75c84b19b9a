package io.github.subcov.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Two small classes compiled at test time, so that reports are made of real class files.
 *
 * <p>Lines JaCoCo counts: {@code Greeter} 3 (constructor), 5, 6, 8, 12; {@code Counter} 8, 9,
 * 10, 12 (JaCoCo leaves out its private empty constructor). Nine in all.
 */
public final class DemoProject {

    public static final String GREETER = "demo.Greeter";
    public static final String COUNTER = "demo.util.Counter";
    public static final int TOTAL_LINES = 9;

    static final Map<String, String> SOURCES = Map.of(
            "demo/Greeter.java", """
                    package demo;

                    public class Greeter {
                        public static String greet(String name) {
                            if (name == null) {
                                return "nobody";
                            }
                            return "hello " + name;
                        }

                        public static int twice(int x) {
                            return x * 2;
                        }
                    }
                    """,
            "demo/util/Counter.java", """
                    package demo.util;

                    public final class Counter {
                        private Counter() {
                        }

                        public static int sum(int n) {
                            int total = 0;
                            for (int i = 1; i <= n; i++) {
                                total += i;
                            }
                            return total;
                        }
                    }
                    """);

    public final Path sources;
    public final Path classes;

    private DemoProject(Path sources, Path classes) {
        this.sources = sources;
        this.classes = classes;
    }

    public static DemoProject compile(Path root) throws IOException {
        return compile(root, SOURCES);
    }

    public static DemoProject compile(Path root, Map<String, String> sourceTexts) throws IOException {
        Path sources = Files.createDirectories(root.resolve("src"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-g", "-d", classes.toString()));
        for (Map.Entry<String, String> source : sourceTexts.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, arguments.toArray(new String[0]));
        assertEquals(0, exit, errors.toString());
        return new DemoProject(sources, classes);
    }
}
