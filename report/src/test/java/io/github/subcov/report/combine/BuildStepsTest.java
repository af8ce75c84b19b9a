package io.github.subcov.report.combine;

import static io.github.subcov.report.DataDirectory.writeBuildStep;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.interceptor.data.DataFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maven's JVM (pid 7) started processes on host {@code vm}; its records join the manifests of the JVMs. */
class BuildStepsTest {

    private static final String TEST = "maven-surefire-plugin:test (default-test) @ app";
    private static final String SERVER = "spring-boot-maven-plugin:start (start-app) @ app";
    private static final String MAVEN = "maven-7";

    @TempDir
    Path data;

    private CombinedData combined;

    private String stepOf(String id) {
        for (ProcessRecord process : combined.processes()) {
            if (process.id().equals(id)) {
                return process.buildStep();
            }
        }
        throw new AssertionError("no process " + id);
    }

    private void combine() {
        combined = ExecCombiner.combine(List.of(data.toFile()));
    }

    @Test
    void aJvmThatMavensJvmStartedGetsTheStepThatStartedItsPidRatherThanItsParents() throws Exception {
        writeManifest(data, "vm-300-server", MAVEN, 2000, 300, 200L);
        writeBuildStep(data, "vm", 300, MAVEN, 1990, SERVER);
        writeBuildStep(data, "vm", 200, MAVEN, 1000, TEST);

        combine();

        assertEquals(SERVER, stepOf("vm-300-server"));
        assertEquals(List.of(), combined.warnings());
        assertEquals(1, combined.processes().size(), "a record is no process");
    }

    @Test
    void aTestJvmBehindAShellGetsTheShellsStepAndAJvmThatItStartedNone() throws Exception {
        // Surefire starts sh -c 'cd … && java …': the JVM is the shell's child, and names no parent
        writeManifest(data, "vm-201-tests", null, 1000, 201, 200L);
        writeBuildStep(data, "vm", 200, MAVEN, 990, TEST);
        // the test JVM's child: its parent chain leads to the step, even where a record has its parent's pid
        writeManifest(data, "vm-202-child", "vm-201-tests", 1100, 202, 201L);
        writeBuildStep(data, "vm", 201, MAVEN, 1050, "exec-maven-plugin:exec (pid-again) @ app");

        combine();

        assertEquals(TEST, stepOf("vm-201-tests"));
        assertNull(stepOf("vm-202-child"));
    }

    @Test
    void aPidTheOsGaveAgainTakesTheLastStepBeforeTheJvmStarted() throws Exception {
        writeBuildStep(data, "vm", 300, MAVEN, 1000, TEST);
        writeBuildStep(data, "vm", 300, MAVEN, 5000, SERVER);
        writeBuildStep(data, "vm", 300, MAVEN, 9000, "exec-maven-plugin:exec (later) @ app");
        writeManifest(data, "vm-300-first", MAVEN, 3000, 300, 7L);
        writeManifest(data, "vm-300-second", MAVEN, 6000, 300, 7L);

        combine();

        assertEquals(TEST, stepOf("vm-300-first"));
        assertEquals(SERVER, stepOf("vm-300-second"));
    }

    @Test
    void aRecordOfAnotherHostOrAnotherMavenIsNotTheJvms() throws Exception {
        writeManifest(data, "vm-300-server", MAVEN, 2000, 300, 7L);
        writeBuildStep(data, "other", 300, MAVEN, 1990, SERVER);
        writeBuildStep(data, "vm", 300, "maven-8", 1995, SERVER);

        combine();

        assertNull(stepOf("vm-300-server"));
        assertEquals(List.of(), combined.warnings());
    }

    @Test
    void withoutRecordsNoJvmHasAStepAndNothingIsSaid() throws Exception {
        writeManifest(data, "vm-300-server", MAVEN, 2000, 300, 7L);
        writeManifest(data, "vm-201-tests", null, 1000, 201, 200L);

        combine();

        assertNull(stepOf("vm-300-server"));
        assertNull(stepOf("vm-201-tests"));
        assertEquals(List.of(), combined.warnings());
    }

    @Test
    void aCorruptOrIncompleteRecordCostsOneWarningNamingItAndOnlyItsOwnStep() throws Exception {
        writeManifest(data, "vm-300-server", MAVEN, 2000, 300, 7L);
        writeBuildStep(data, "vm", 300, MAVEN, 1990, SERVER);
        writeManifest(data, "vm-201-tests", null, 1000, 201, 200L);
        Path torn = Files.writeString(data.resolve("vm-200-990" + DataFormat.BUILD_STEP_SUFFIX), "{\"host\": \"vm\", \"pid\": 2");
        Path incomplete = Files.writeString(data.resolve("vm-201-991" + DataFormat.BUILD_STEP_SUFFIX),
                "{\"host\": \"vm\", \"pid\": \"two hundred and one\", \"buildStep\": \"" + TEST + "\"}");
        // a record being written is no record yet
        Files.writeString(data.resolve("vm-201-992" + DataFormat.BUILD_STEP_SUFFIX + DataFormat.TEMPORARY_SUFFIX), "{");

        combine();

        assertEquals(SERVER, stepOf("vm-300-server"));
        assertNull(stepOf("vm-201-tests"));
        Map<String, String> warnings = new HashMap<>();
        for (String warning : combined.warnings()) {
            warnings.put(warning.substring(0, warning.indexOf(": ")), warning);
        }
        String problem = ": unreadable build step record (";
        String consequence = "); the process it names is shown without its build step";
        assertEquals(2, combined.warnings().size(), combined.warnings().toString());
        String tornWarning = warnings.get(torn.toFile().getCanonicalPath());
        assertTrue(tornWarning.startsWith(torn.toFile().getCanonicalPath() + problem + "not valid JSON: ")
                && tornWarning.endsWith(consequence), tornWarning);
        assertEquals(incomplete.toFile().getCanonicalPath() + problem + BuildSteps.INCOMPLETE + consequence,
                warnings.get(incomplete.toFile().getCanonicalPath()));
    }
}
