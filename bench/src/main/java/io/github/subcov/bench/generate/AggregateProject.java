package io.github.subcov.bench.generate;

import io.github.subcov.bench.BenchFiles;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project of the aggregate report: {@value #MODULES} modules of {@value #CLASSES_PER_MODULE}
 * classes each, in {@value #PACKAGES_PER_MODULE} packages per module ({@code m07.p3.Part0312}),
 * generated and compiled once into {@code bench/target/generated-aggregate/module-NN/{src,classes}}.
 * Every class has a static {@code run(int path)} that takes one of {@value #PATHS} paths through
 * its methods (loops, if/else chains, a switch, a caught exception, a lambda in every third
 * class); a few methods are never called, as in real code.
 */
public final class AggregateProject {

    public static final int MODULES = 20;
    public static final int CLASSES_PER_MODULE = 500;
    static final int PACKAGES_PER_MODULE = 5;
    /** The paths that {@code run(int)} takes, 0 to 5. */
    static final int PATHS = 6;
    /** Bump when the generated code changes, so an old tree is generated anew. */
    private static final String VERSION = "v1";

    private final Path root;

    private AggregateProject(Path root) {
        this.root = root;
    }

    public static AggregateProject ensure(BenchFiles files) throws IOException {
        AggregateProject project = new AggregateProject(files.generatedAggregate());
        GeneratedOnce.ensure(project.root, VERSION, project::generate);
        return project;
    }

    public Path classes(int module) {
        return moduleRoot(module).resolve("classes");
    }

    public Path sources(int module) {
        return moduleRoot(module).resolve("src");
    }

    public List<Path> classDirectories() {
        List<Path> directories = new ArrayList<Path>();
        for (int module = 0; module < MODULES; module++) {
            directories.add(classes(module));
        }
        return directories;
    }

    public List<Path> sourceDirectories() {
        List<Path> directories = new ArrayList<Path>();
        for (int module = 0; module < MODULES; module++) {
            directories.add(sources(module));
        }
        return directories;
    }

    /** The binary names ({@code m07.p3.Part0312}) of a module's classes, in index order. */
    static List<String> classNames(int module) {
        List<String> names = new ArrayList<String>();
        for (int index = 0; index < CLASSES_PER_MODULE; index++) {
            names.add(packageName(module, index) + "." + className(index));
        }
        return names;
    }

    private Path moduleRoot(int module) {
        return root.resolve(String.format(Locale.ROOT, "module-%02d", module));
    }

    private void generate() throws IOException {
        Progress.say("generating and compiling %d modules of %d classes into %s (once)", MODULES,
                CLASSES_PER_MODULE, root);
        Directories.deleteTree(root);
        List<Path> sources = new ArrayList<Path>();
        for (int module = 0; module < MODULES; module++) {
            for (int index = 0; index < CLASSES_PER_MODULE; index++) {
                Path file = sources(module).resolve(packageName(module, index).replace('.', '/'))
                        .resolve(className(index) + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source(module, index), StandardCharsets.UTF_8);
                sources.add(file);
            }
        }
        Path compiled = root.resolve("compiled");
        Javac.compile(sources, compiled, "the generated modules");
        // one javac run for all modules, then each module's package tree to its class directory
        for (int module = 0; module < MODULES; module++) {
            Files.createDirectories(classes(module));
            String top = modulePackage(module);
            Files.move(compiled.resolve(top), classes(module).resolve(top));
        }
        try (Stream<Path> left = Files.walk(compiled)) {
            List<Path> files = left.filter(Files::isRegularFile).collect(Collectors.toList());
            if (!files.isEmpty()) {
                throw new IllegalStateException("javac wrote classes outside the modules: " + files);
            }
        }
        Directories.deleteTree(compiled);
    }

    private static String modulePackage(int module) {
        return String.format(Locale.ROOT, "m%02d", module);
    }

    static String packageName(int module, int index) {
        return modulePackage(module) + ".p" + index / (CLASSES_PER_MODULE / PACKAGES_PER_MODULE);
    }

    static String className(int index) {
        return String.format(Locale.ROOT, "Part%04d", index);
    }

    /**
     * About 120 lines: six paths through five methods, and two or three methods that no path
     * calls. The constants vary with the index, so that no two classes are the same.
     */
    private static String source(int module, int index) {
        String name = className(index);
        int k = module * CLASSES_PER_MODULE + index;
        StringBuilder source = new StringBuilder()
                .append("package ").append(packageName(module, index)).append(";\n\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n\n")
                .append("/** Generated class ").append(index).append(" of module ").append(module).append(". */\n")
                .append("public final class ").append(name).append(" {\n\n")
                .append("    private final int base;\n")
                .append("    private final List<Long> history = new ArrayList<Long>();\n\n")
                .append("    private ").append(name).append("(int base) {\n")
                .append("        this.base = base;\n")
                .append("    }\n\n")
                .append("    /** One of six paths through the class, by {@code path} (0 to 5). */\n")
                .append("    public static long run(int path) {\n")
                .append("        ").append(name).append(" part = new ").append(name).append("(path * 31 + ")
                .append(k % 997).append(");\n")
                .append("        switch (path) {\n")
                .append("            case 0:\n")
                .append("                return part.accumulate(3);\n")
                .append("            case 1:\n")
                .append("                return part.classify(path * ").append(index + 1).append(").length();\n")
                .append("            case 2:\n")
                .append("                return part.accumulate(path) + part.guard(-path);\n")
                .append("            case 3:\n")
                .append("                return part.classify(-path).hashCode() & 0xff;\n")
                .append("            case 4:\n")
                .append("                return part.guard(path) + part.halve(path * ").append(index + 3).append(");\n")
                .append("            default:\n")
                .append("                return part.accumulate(1) ^ part.guard(path) + part.total();\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    long accumulate(int rounds) {\n")
                .append("        long sum = base;\n")
                .append("        for (int i = 0; i < rounds + ").append(index % 4).append("; i++) {\n")
                .append("            if (i % ").append(2 + index % 3).append(" == 0) {\n")
                .append("                sum += (long) i * ").append(k + 7).append(";\n")
                .append("            } else if (i > 3 && sum > 100) {\n")
                .append("                sum -= i;\n")
                .append("            } else {\n")
                .append("                sum ^= i;\n")
                .append("            }\n")
                .append("            history.add(sum);\n")
                .append("        }\n")
                .append("        return sum;\n")
                .append("    }\n\n")
                .append("    String classify(int value) {\n")
                .append("        StringBuilder text = new StringBuilder();\n")
                .append("        if (value < 0) {\n")
                .append("            text.append(\"negative\");\n")
                .append("        } else if (value == 0) {\n")
                .append("            text.append(\"zero\");\n")
                .append("        } else if (value % 2 == 0 && value > ").append(index % 50).append(") {\n")
                .append("            text.append(\"large even\");\n")
                .append("        } else {\n")
                .append("            text.append(\"small or odd\");\n")
                .append("        }\n")
                .append("        text.append(value > ").append(index).append(" ? '+' : '-');\n")
                .append("        return text.toString();\n")
                .append("    }\n\n")
                .append("    long guard(int value) {\n")
                .append("        try {\n")
                .append("            if (value < 0) {\n")
                .append("                throw new IllegalArgumentException(\"negative: \" + value);\n")
                .append("            }\n")
                .append("            return accepts(value) ? value * 2L : value;\n")
                .append("        } catch (IllegalArgumentException e) {\n")
                .append("            history.clear();\n")
                .append("            return -1;\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    private static boolean accepts(int value) {\n")
                .append("        return value > 2 && (value & 1) == 1 || value == ").append(index % 5).append(";\n")
                .append("    }\n\n")
                .append("    long halve(int value) {\n")
                .append("        long steps = 0;\n")
                .append("        while (value > 1) {\n")
                .append("            value = (value & 1) == 0 ? value / 2 : 3 * value + 1;\n")
                .append("            steps++;\n")
                .append("        }\n")
                .append("        return steps;\n")
                .append("    }\n\n");
        if (index % 3 == 0) {
            source.append("    long total() {\n")
                    .append("        return history.stream().filter(value -> value > 0).mapToLong(Long::longValue).sum();\n")
                    .append("    }\n\n");
        } else {
            source.append("    long total() {\n")
                    .append("        long sum = 0;\n")
                    .append("        for (long value : history) {\n")
                    .append("            if (value > 0) {\n")
                    .append("                sum += value;\n")
                    .append("            }\n")
                    .append("        }\n")
                    .append("        return sum;\n")
                    .append("    }\n\n");
        }
        if (index % 2 == 0) {
            source.append("    long merge(").append(name).append(" other) {\n")
                    .append("        if (other == null || other == this) {\n")
                    .append("            return base;\n")
                    .append("        }\n")
                    .append("        long result = base;\n")
                    .append("        for (Long value : other.history) {\n")
                    .append("            result = Math.max(result, value);\n")
                    .append("        }\n")
                    .append("        return result;\n")
                    .append("    }\n\n");
        }
        return source.append("    static String describe(int code) {\n")
                .append("        switch (code % 4) {\n")
                .append("            case 0:\n")
                .append("                return \"none\";\n")
                .append("            case 1:\n")
                .append("                return \"one\";\n")
                .append("            case 2:\n")
                .append("                return \"two\";\n")
                .append("            default:\n")
                .append("                return code > 100 ? \"many\" : \"some\";\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    @Override\n")
                .append("    public String toString() {\n")
                .append("        return \"").append(name).append("[base=\" + base + \", history=\" + history.size() + \"]\";\n")
                .append("    }\n")
                .append("}\n")
                .toString();
    }
}
