package io.github.subcov.report.combine;

import static io.github.subcov.report.DataDirectory.writeManifest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.subcov.interceptor.data.DataFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directories of CI shards, gathered into one directory by a last job: every shard's
 * processes are read, each with the paths under its own build's root shown relative to it.
 */
class ShardsTest {

    @TempDir
    Path gathered;

    private static void shard(Path directory, String root, String id, String command) throws Exception {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(DataFormat.BUILD_FILE), "# by prepare\n" + DataFormat.PROJECT_ROOT + "="
                + root.replace("\\", "\\\\") + "\n");
        writeManifest(directory, id, null, 1000, "exit", command, root + "/app/target/app.jar");
        Files.writeString(directory.resolve(id + ".json"), Files.readString(directory.resolve(id + ".json"))
                .replace("\"/tmp/work\"", "\"" + root + "/it\""));
    }

    @Test
    void readsEveryShardUnderTheGatheredDirectoryWithPathsRelativeToItsOwnRoot() throws Exception {
        shard(gathered.resolve("shard-1/target/subcov"), "/home/runner/work/shop/shop", "vm-1-a",
                "java -cp /home/runner/work/shop/shop/app/target/classes:/home/runner/.m2/x.jar app.Main"
                        + " /home/runner/work/shop/shop");
        shard(gathered.resolve("shard-2/app/target/subcov"), "/builds/agent-7/shop", "vm-2-b",
                "java -jar /builds/agent-7/shop/app/target/app.jar --dir=/builds/agent-7/shopper/x");

        CombinedData data = ExecCombiner.combine(List.of(gathered.toFile()));

        assertEquals(List.of("vm-1-a", "vm-2-b"),
                data.processes().stream().map(ProcessRecord::id).collect(Collectors.toList()));
        ProcessManifest first = data.processes().get(0).manifest();
        assertEquals("java -cp app/target/classes:/home/runner/.m2/x.jar app.Main .", first.command());
        assertEquals("it", first.workingDirectory());
        assertEquals("app/target/app.jar", first.main());
        // a path that only starts like the root is not under it
        assertEquals("java -jar app/target/app.jar --dir=/builds/agent-7/shopper/x",
                data.processes().get(1).manifest().command());
        assertEquals(List.of(), data.warnings());
    }

    @Test
    void withoutARecordedRootPathsAreShownAsRecorded() throws Exception {
        Path data = gathered.resolve("old");
        shard(data, "/ci/one", "vm-1-a", "java -cp /ci/one/classes app.Main");
        Files.delete(data.resolve(DataFormat.BUILD_FILE));

        ProcessManifest manifest = ExecCombiner.combine(List.of(data.toFile())).processes().get(0).manifest();

        assertEquals("java -cp /ci/one/classes app.Main", manifest.command());
        assertEquals("/ci/one/it", manifest.workingDirectory());
    }
}
