package io.github.subcov.bench.generate;

import io.github.subcov.bench.BenchFiles;
import io.github.subcov.bench.Directories;
import io.github.subcov.bench.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An application of {@value #TOTAL_CLASSES} small classes with loops and branches, generated and
 * compiled once into {@code bench/target/generated}: {@code app.Hello}, and {@code app.Main <n>},
 * which loads and runs the first {@code n} classes through groups of {@value #GROUP_SIZE}.
 * The first {@value #APP_CLASSES} classes go to {@code classes-app}, the rest to
 * {@code classes-more}, so the start-up app and the report see 2,000 classes and the checkpoint
 * measurement 5,000.
 */
public final class GeneratedApp {

    public static final int APP_CLASSES = 2000;
    public static final int TOTAL_CLASSES = 5000;
    static final int GROUP_SIZE = 100;
    /** Bump when the generated code changes, so an old tree is generated anew. */
    private static final String VERSION = "v1";

    private final Path root;

    private GeneratedApp(Path root) {
        this.root = root;
    }

    public static GeneratedApp ensure(BenchFiles files) throws IOException {
        GeneratedApp app = new GeneratedApp(files.generated());
        GeneratedOnce.ensure(app.root, VERSION, app::generate);
        return app;
    }

    public Path sources() {
        return root.resolve("src");
    }

    /** {@code app.Hello}, {@code app.Main} and the first {@value #APP_CLASSES} classes with their groups. */
    public Path appClasses() {
        return root.resolve("classes-app");
    }

    /** The other classes, for a JVM that runs all {@value #TOTAL_CLASSES}. */
    public Path moreClasses() {
        return root.resolve("classes-more");
    }

    private void generate() throws IOException {
        Progress.say("generating and compiling %d classes into %s (once)", TOTAL_CLASSES, root);
        Directories.deleteTree(root);
        List<Path> sources = new ArrayList<Path>();
        sources.add(write("app", "Hello", hello()));
        sources.add(write("app", "Main", main()));
        for (int group = 0; group < TOTAL_CLASSES / GROUP_SIZE; group++) {
            sources.add(write("app.g", groupName(group), group(group)));
        }
        for (int index = 0; index < TOTAL_CLASSES; index++) {
            sources.add(write("app.c", className(index), leaf(index)));
        }
        Path compiled = root.resolve("compiled");
        Javac.compile(sources, compiled, "the generated app");
        split(compiled);
    }

    /** Moves every class of a group at or past {@value #APP_CLASSES} classes to {@code classes-more}. */
    private void split(Path compiled) throws IOException {
        Files.createDirectories(appClasses().resolve("app/g"));
        Files.createDirectories(appClasses().resolve("app/c"));
        Files.createDirectories(moreClasses().resolve("app/g"));
        Files.createDirectories(moreClasses().resolve("app/c"));
        for (String name : new String[] {"Hello", "Main"}) {
            move(compiled, "app/" + name + ".class", appClasses());
        }
        for (int group = 0; group < TOTAL_CLASSES / GROUP_SIZE; group++) {
            move(compiled, "app/g/" + groupName(group) + ".class",
                    group * GROUP_SIZE < APP_CLASSES ? appClasses() : moreClasses());
        }
        for (int index = 0; index < TOTAL_CLASSES; index++) {
            move(compiled, "app/c/" + className(index) + ".class", index < APP_CLASSES ? appClasses() : moreClasses());
        }
        Directories.deleteTree(compiled);
    }

    private static void move(Path from, String relative, Path to) throws IOException {
        Files.move(from.resolve(relative), to.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path write(String packageName, String simpleName, String source) throws IOException {
        Path file = sources().resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    static String className(int index) {
        return String.format(Locale.ROOT, "C%05d", index);
    }

    static String groupName(int group) {
        return String.format(Locale.ROOT, "G%03d", group);
    }

    private static String hello() {
        return "package app;\n\n"
                + "/** A JVM that does nothing but start. */\n"
                + "public final class Hello {\n\n"
                + "    public static void main(String[] args) {\n"
                + "        System.out.println(\"hello\");\n"
                + "    }\n"
                + "}\n";
    }

    private static String main() {
        StringBuilder source = new StringBuilder()
                .append("package app;\n\n")
                .append("/** Loads and runs the first n generated classes (default ").append(APP_CLASSES)
                .append("). */\n")
                .append("public final class Main {\n\n")
                .append("    public static void main(String[] args) {\n")
                .append("        int classes = args.length > 0 ? Integer.parseInt(args[0]) : ").append(APP_CLASSES)
                .append(";\n")
                .append("        System.out.println(\"checksum \" + run(classes));\n")
                .append("    }\n\n")
                .append("    public static long run(int classes) {\n")
                .append("        long sum = 0;\n");
        for (int group = 0; group < TOTAL_CLASSES / GROUP_SIZE; group++) {
            source.append("        if (classes > ").append(group * GROUP_SIZE).append(") {\n")
                    .append("            sum += app.g.").append(groupName(group)).append(".run(classes);\n")
                    .append("        }\n");
        }
        return source.append("        return sum;\n    }\n}\n").toString();
    }

    private static String group(int group) {
        StringBuilder source = new StringBuilder()
                .append("package app.g;\n\n")
                .append("/** Runs generated classes ").append(group * GROUP_SIZE).append(" to ")
                .append((group + 1) * GROUP_SIZE - 1).append(". */\n")
                .append("public final class ").append(groupName(group)).append(" {\n\n")
                .append("    public static long run(int seed) {\n")
                .append("        long sum = 0;\n");
        for (int index = group * GROUP_SIZE; index < (group + 1) * GROUP_SIZE; index++) {
            source.append("        sum += app.c.").append(className(index)).append(".run(seed);\n");
        }
        return source.append("        return sum;\n    }\n}\n").toString();
    }

    /** A class of about 40 lines with a loop, branches, a switch and code that never runs. */
    private static String leaf(int index) {
        String name = className(index);
        return "package app.c;\n\n"
                + "/** Generated class " + index + ". */\n"
                + "public final class " + name + " {\n\n"
                + "    private static int calls;\n\n"
                + "    private " + name + "() {\n"
                + "    }\n\n"
                + "    public static long run(int seed) {\n"
                + "        calls++;\n"
                + "        long sum = seed * " + (index + 7) + "L;\n"
                + "        for (int i = 0; i < " + (2 + index % 5) + "; i++) {\n"
                + "            if ((i + seed) % " + (2 + index % 3) + " == 0) {\n"
                + "                sum += twice(i);\n"
                + "            } else {\n"
                + "                sum -= i;\n"
                + "            }\n"
                + "        }\n"
                + "        if (sum < 0) {\n"
                + "            sum = negate(sum);\n"
                + "        }\n"
                + "        switch ((int) (sum % 3)) {\n"
                + "            case 0:\n"
                + "                return sum + calls;\n"
                + "            case 1:\n"
                + "                return sum - calls;\n"
                + "            default:\n"
                + "                return sum;\n"
                + "        }\n"
                + "    }\n\n"
                + "    private static long twice(long value) {\n"
                + "        return value * 2 + " + index + ";\n"
                + "    }\n\n"
                + "    private static long negate(long value) {\n"
                + "        return -value;\n"
                + "    }\n"
                + "}\n";
    }
}
