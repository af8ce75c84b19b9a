package io.github.subcov.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where everything lives: {@code bench/target/{classes,lib,agents,generated,work}}. */
public final class BenchFiles {

    private final Path bench;
    private final Path work;

    private BenchFiles(Path bench, Path work) {
        this.bench = bench;
        this.work = work;
    }

    /** Found from this class's own location, {@code bench/target/classes}, so no working directory is assumed. */
    public static BenchFiles locate() throws IOException {
        try {
            Path classes = Path.of(BenchFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path bench = classes.getParent().getParent();
            Path work = bench.resolve("target/work/jdk" + Runtime.version().feature());
            Files.createDirectories(work);
            return new BenchFiles(bench, work);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    public Path target() {
        return bench.resolve("target");
    }

    /** The harness's own classes, and the mains that run in measured JVMs. */
    public Path harnessClasses() {
        return target().resolve("classes");
    }

    /**
     * The harness's class path as it was started ({@code classes} and {@code lib/*} expanded),
     * made absolute: measured JVMs run in directories of their own.
     */
    public String harnessClassPath() {
        List<String> entries = new ArrayList<String>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The harness's class path with the Maven plugin and its ByteBuddy in front, as a plugin realm
     * in Maven's JVM sees them: {@code BuildForks} and ByteBuddy's {@code Advice}.
     */
    public String mavenJvmClassPath() {
        return harnessClasses() + File.pathSeparator + target().resolve("maven-jvm").toAbsolutePath()
                + File.separator + "*" + File.pathSeparator + harnessClassPath();
    }

    public Path interceptorJar() {
        return agent("subcov-interceptor.jar");
    }

    public Path jacocoAgentJar() {
        return agent("org.jacoco.agent-runtime.jar");
    }

    public Path jacocoCli() {
        return agent("org.jacoco.cli-nodeps.jar");
    }

    /** Generated application: sources, and classes split into the first 2,000 and the rest. */
    public Path generated() {
        return target().resolve("generated");
    }

    /** Generated multi-module project of the aggregate report: sources and classes per module. */
    public Path generatedAggregate() {
        return target().resolve("generated-aggregate");
    }

    /** Scratch space of this JDK's run, so runs on two JDKs never share data files. */
    public Path work() {
        return work;
    }

    public String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private Path agent(String name) {
        Path jar = target().resolve("agents").resolve(name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build bench/ first (bench/run does)");
        }
        return jar;
    }
}
