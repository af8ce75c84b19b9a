package io.github.subcov.bench.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources with the running JDK's compiler, for Java 17, with line and variable tables. */
final class Javac {

    private Javac() {
    }

    /** Compiles {@code sources} into {@code output}; {@code what} names them if javac fails. */
    static void compile(List<Path> sources, Path output, String what) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no compiler in " + System.getProperty("java.home") + ": run on a JDK");
        }
        Files.createDirectories(output);
        List<String> arguments = new ArrayList<String>(List.of("--release", "17", "-g", "-nowarn",
                "-implicit:none", "-encoding", "UTF-8", "-d", output.toString()));
        for (Path source : sources) {
            arguments.add(source.toString());
        }
        // javac prints its own errors on stderr
        int exit = javac.run(null, null, null, arguments.toArray(new String[0]));
        if (exit != 0) {
            throw new IllegalStateException("javac failed (" + exit + ") on " + what);
        }
    }
}
