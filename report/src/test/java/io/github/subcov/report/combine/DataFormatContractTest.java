package io.github.subcov.report.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.interceptor.data.BuildStepRecord;
import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.data.ProcessIdentity;
import io.github.subcov.interceptor.launch.SecretMask;
import io.github.subcov.report.DataDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's writer and the report's reader agree on the data directory's format: every field the
 * agent writes is one {@link DataFormat.Manifest} names and the reader reads, and the reader asks
 * for no field the agent never writes.
 */
class DataFormatContractTest {

    private static final String PARENT = "h-1-parent";

    @Test
    void everyFieldTheAgentWritesIsReadBackWithItsValue(@TempDir Path directory) throws IOException {
        ProcessIdentity identity = ProcessIdentity.current(PARENT);
        io.github.subcov.interceptor.data.ProcessManifest written =
                new io.github.subcov.interceptor.data.ProcessManifest(identity, 1_000L);
        written.warn("could not write coverage data: disk full");
        written.checkpointed(2_000L);
        written.dumped(2_500L);
        written.ended(DataFormat.Ending.HALT, 3_000L);
        File file = DataFormat.manifestFile(directory.toFile(), identity.id());
        written.write(file);

        Reading reading = read(file);
        ProcessManifest manifest = reading.manifest;

        assertEquals(Long.valueOf(DataFormat.VERSION), manifest.formatVersion());
        assertFalse(manifest.isNewerFormat());
        assertEquals(identity.id(), manifest.id());
        assertEquals(Long.valueOf(ProcessHandle.current().pid()), manifest.pid());
        assertEquals(PARENT, manifest.parent());
        assertEquals(Long.valueOf(ProcessHandle.current().parent().orElseThrow().pid()), manifest.parentPid());
        assertEquals(io.github.subcov.interceptor.data.ProcessManifest.commandLine(), manifest.command());
        assertEquals(System.getProperty("user.dir"), manifest.workingDirectory());
        assertEquals(System.getProperty("java.version"), manifest.javaVersion());
        assertEquals(System.getProperty("java.home"), manifest.javaHome());
        assertEquals(Long.valueOf(1_000L), manifest.startMillis());
        assertEquals(Long.valueOf(3_000L), manifest.endMillis());
        assertEquals(ProcessManifest.Ending.HALT, manifest.ending());
        assertEquals(Long.valueOf(2_000L), manifest.lastCheckpointMillis());
        assertEquals(Long.valueOf(2_500L), manifest.lastDumpMillis());
        assertEquals(List.of("could not write coverage data: disk full"), manifest.warnings());
        assertNull(manifest.skippedBy());
        assertEquals(io.github.subcov.interceptor.launch.JvmProgram.thisJvm(null).name(), manifest.main());
        assertTrue(reading.asked.containsAll(reading.written), "read " + reading.asked + ", written " + reading.written);
    }

    @Test
    void aSkippedLaunchsFieldsAreReadBackWithTheirValues(@TempDir Path directory) throws IOException {
        io.github.subcov.interceptor.data.ProcessManifest.writeSkippedLaunch(directory.toFile(), PARENT,
                "java -jar tool.jar", 7L, "subcov.processIncludes", "tool.jar", null);
        File[] files = directory.toFile().listFiles();
        assertEquals(1, files.length);

        Reading reading = read(files[0]);
        ProcessManifest manifest = reading.manifest;

        assertEquals(DataFormat.processId(files[0].getName()), manifest.id());
        assertNull(manifest.pid());
        assertEquals(PARENT, manifest.parent());
        assertEquals("java -jar tool.jar", manifest.command());
        assertEquals(Long.valueOf(7L), manifest.startMillis());
        assertEquals(ProcessManifest.Ending.UNKNOWN, manifest.ending());
        assertEquals("subcov.processIncludes", manifest.skippedBy());
        assertEquals("tool.jar", manifest.main());
        assertTrue(reading.asked.containsAll(reading.written), "read " + reading.asked + ", written " + reading.written);
    }

    @Test
    void theTwoKindsOfManifestTogetherWriteEveryFieldTheFormatNamesAndTheReaderAsksForNoOther(@TempDir Path directory) throws IOException {
        ProcessIdentity identity = ProcessIdentity.current(null);
        io.github.subcov.interceptor.data.ProcessManifest covered =
                new io.github.subcov.interceptor.data.ProcessManifest(identity, 1L);
        covered.write(DataFormat.manifestFile(directory.toFile(), identity.id()));
        io.github.subcov.interceptor.data.ProcessManifest.writeSkippedLaunch(directory.toFile(), PARENT, "java X", 2L,
                "subcov.processExcludes", "X", null);

        Set<String> written = new TreeSet<>();
        Set<String> asked = new TreeSet<>();
        for (File file : directory.toFile().listFiles()) {
            Reading reading = read(file);
            written.addAll(reading.written);
            asked.addAll(reading.asked);
        }

        assertEquals(new TreeSet<>(DataFormat.Manifest.FIELDS), written, "written");
        assertEquals(written, asked, "read");
    }

    @Test
    void everyEndingTheAgentWritesIsOneTheReportKnows(@TempDir Path directory) throws IOException {
        Map<DataFormat.Ending, ProcessManifest.Ending> expected = Map.of(DataFormat.Ending.RUNNING,
                ProcessManifest.Ending.RUNNING, DataFormat.Ending.EXIT, ProcessManifest.Ending.EXIT,
                DataFormat.Ending.HALT, ProcessManifest.Ending.HALT);
        assertEquals(DataFormat.Ending.values().length, expected.size());
        for (DataFormat.Ending ending : DataFormat.Ending.values()) {
            ProcessIdentity identity = ProcessIdentity.current(null);
            io.github.subcov.interceptor.data.ProcessManifest written =
                    new io.github.subcov.interceptor.data.ProcessManifest(identity, 1L);
            if (ending != DataFormat.Ending.RUNNING) {
                written.ended(ending, 2L);
            }
            File file = DataFormat.manifestFile(directory.toFile(), identity.id());
            written.write(file);

            assertEquals(expected.get(ending), ProcessManifest.read(file).ending(), ending.text());
        }
    }

    @Test
    void theReportFindsBothFilesOfAProcessUnderTheNamesTheAgentGivesThem(@TempDir Path directory) throws IOException {
        ProcessIdentity identity = ProcessIdentity.current(null);
        io.github.subcov.interceptor.data.ProcessManifest written =
                new io.github.subcov.interceptor.data.ProcessManifest(identity, 1L);
        written.ended(DataFormat.Ending.EXIT, 2L);
        written.write(DataFormat.manifestFile(directory.toFile(), identity.id()));
        Files.write(DataFormat.execFile(directory.toFile(), identity.id()).toPath(),
                DataDirectory.exec(DataDirectory.classData(0x1234L, "app/Main", 2, 1, 1)));
        // a file being written, as the agent names it, is no process
        Files.writeString(directory.resolve(identity.id() + DataFormat.EXEC_SUFFIX + ".w1"
                + DataFormat.TEMPORARY_SUFFIX), "half");

        CombinedData data = ExecCombiner.combine(List.of(directory.toFile()));

        assertEquals(List.of(), data.warnings());
        assertEquals(1, data.processes().size());
        ProcessRecord process = data.processes().get(0);
        assertEquals(identity.id(), process.id());
        assertEquals(ProcessManifest.Ending.EXIT, process.manifest().ending());
        assertTrue(process.readStatus().hasRecords(), process.readStatus().toString());
    }

    @Test
    void aManifestOfANewerFormatIsReadAndNamedOnceAndItsCoverageCounts(@TempDir Path directory) throws IOException {
        for (String id : new String[] {"h-1-newer", "h-2-newer"}) {
            Files.writeString(DataFormat.manifestFile(directory.toFile(), id).toPath(), "{\"" + DataFormat.Manifest
                    .FORMAT_VERSION + "\": " + (DataFormat.VERSION + 1) + ", \"" + DataFormat.Manifest.ID + "\": \""
                    + id + "\", \"" + DataFormat.Manifest.ENDING + "\": \"exit\", \"aFieldOfTomorrow\": true}",
                    StandardCharsets.UTF_8);
            Files.write(DataFormat.execFile(directory.toFile(), id).toPath(),
                    DataDirectory.exec(DataDirectory.classData(0x1234L, "app/Main", 2, 1, 0)));
        }

        CombinedData data = ExecCombiner.combine(List.of(directory.toFile()));

        assertEquals(2, data.processes().size());
        assertTrue(data.processes().get(0).manifest().isNewerFormat());
        assertEquals(1, data.warnings().size(), data.warnings().toString());
        String warning = data.warnings().get(0);
        assertTrue(warning.startsWith("2 manifests are written in a data format newer than the version "
                + DataFormat.VERSION + " this subcov reads (the first: "), warning);
        assertTrue(warning.contains("h-1-newer" + DataFormat.MANIFEST_SUFFIX), warning);
        assertTrue(data.executionData().get(0x1234L).getProbes()[0], "the newer manifests' coverage counts");
    }

    @Test
    void theRecordMavensJvmWritesNamesTheStepOfTheJvmWhoseHostAndPidItHolds(@TempDir Path directory)
            throws IOException {
        ProcessIdentity identity = ProcessIdentity.current("maven-7");
        new io.github.subcov.interceptor.data.ProcessManifest(identity, 2_000L)
                .write(DataFormat.manifestFile(directory.toFile(), identity.id()));
        String step = DataFormat.BuildStep.name("exec-maven-plugin", "exec", "run-tool", "app");
        File record = BuildStepRecord.write(directory.toFile(), identity.pid(), 1_990L, step, "maven-7");

        CombinedData data = ExecCombiner.combine(List.of(directory.toFile()));

        assertEquals(List.of(), data.warnings());
        assertEquals(1, data.processes().size());
        assertEquals("exec-maven-plugin:exec (run-tool) @ app", data.processes().get(0).buildStep());
        Map<String, Object> fields = ManifestJson.readObject(Files.readString(record.toPath(), StandardCharsets.UTF_8));
        assertEquals(new TreeSet<>(DataFormat.BuildStep.FIELDS), new TreeSet<>(fields.keySet()));
    }

    /** The manifest as the report reads it, with the fields the file has and those the reader asked for. */
    private static Reading read(File file) throws IOException {
        Map<String, Object> fields = ManifestJson.readObject(Files.readString(file.toPath(), StandardCharsets.UTF_8));
        Set<String> asked = new LinkedHashSet<>();
        Map<String, Object> recording = new HashMap<>(fields) {
            @Override
            public Object get(Object key) {
                asked.add((String) key);
                return super.get(key);
            }
        };
        ProcessManifest manifest = ProcessManifest.of(recording, SecretMask.byDefault());
        return new Reading(manifest, new TreeSet<>(fields.keySet()), new TreeSet<>(asked));
    }

    private record Reading(ProcessManifest manifest, Set<String> written, Set<String> asked) {
    }
}
