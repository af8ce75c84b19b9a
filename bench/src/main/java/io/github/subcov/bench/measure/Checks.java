package io.github.subcov.bench.measure;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.DataFormat.Manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Proof that a measured run did the work it was timed for; a benchmark of a broken run is worthless. */
final class Checks {

    private Checks() {
    }

    /**
     * Every subcov JVM must have left one {@code .exec} and one manifest that ended by exit without
     * warnings; a JVM whose agent failed would be fast and wrong.
     */
    static void subcovWroteData(Path dataDirectory, int jvms) throws IOException {
        List<Path> manifests = files(dataDirectory, DataFormat.MANIFEST_SUFFIX);
        long execs = files(dataDirectory, DataFormat.EXEC_SUFFIX).size();
        if (manifests.size() != jvms || execs != jvms) {
            throw new IllegalStateException(String.format("%d subcov JVMs left %d manifests and %d .exec files in %s",
                    jvms, manifests.size(), execs, dataDirectory));
        }
        for (Path manifest : manifests) {
            String json = Files.readString(manifest, StandardCharsets.UTF_8);
            if (!json.contains(field(Manifest.ENDING, DataFormat.Ending.EXIT.text()))
                    || !json.contains("\"" + Manifest.WARNINGS + "\": []")) {
                throw new IllegalStateException(manifest + " shows a failed or unfinished JVM:\n" + json);
            }
        }
    }

    /** Exactly {@code expected} of the manifests name a parent whose id starts so ({@code maven-} for Maven's JVM). */
    static void requireParents(Path dataDirectory, String parentPrefix, int expected) throws IOException {
        int found = 0;
        for (Path manifest : files(dataDirectory, DataFormat.MANIFEST_SUFFIX)) {
            if (Files.readString(manifest, StandardCharsets.UTF_8).contains("\"" + Manifest.PARENT + "\": \"" + parentPrefix)) {
                found++;
            }
        }
        require(found == expected, found + " manifests in " + dataDirectory + " name a parent " + parentPrefix
                + "…, not " + expected);
    }

    /** A string field as the interceptor's manifest writes it. */
    private static String field(String name, String value) {
        return "\"" + name + "\": \"" + value + "\"";
    }

    static List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted()
                    .collect(Collectors.toList());
        }
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
