package io.github.subcov.interceptor.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildStepRecordTest {

    @Test
    void namesTheStepAsMavensLogDoesWithoutThePluginsVersion() {
        assertEquals("maven-surefire-plugin:test (default-test) @ app",
                DataFormat.BuildStep.name("maven-surefire-plugin", "test", "default-test", "app"));
    }

    @Test
    void writesOneWholeFileNamedAfterTheHostThePidAndTheStart(@TempDir Path directory) throws Exception {
        File written = BuildStepRecord.write(directory.toFile(), 4242L, 1234L, "exec-maven-plugin:exec (run \"it\") @ app",
                "maven-77");

        String host = ProcessIdentity.hostName();
        assertEquals(host + "-4242-1234" + DataFormat.BUILD_STEP_SUFFIX, written.getName());
        assertArrayEquals(new File[] {written}, directory.toFile().listFiles(), "no temporary file is left");
        assertEquals("{\n  \"formatVersion\": 1,\n  \"host\": \"" + host + "\",\n  \"pid\": 4242,\n"
                + "  \"maven\": \"maven-77\",\n  \"startMillis\": 1234,\n"
                + "  \"buildStep\": \"exec-maven-plugin:exec (run \\\"it\\\") @ app\"\n}\n", Files.readString(written.toPath()));
    }

    @Test
    void theHostOfAnIdIsWhatComesBeforeItsFirstDash() {
        assertEquals("build_host.example", DataFormat.host("build_host.example-12-abc"));
        assertEquals(ProcessIdentity.hostName(), DataFormat.host(ProcessIdentity.current(null).id()));
        assertEquals(null, DataFormat.host("nodash"));
        assertEquals(null, DataFormat.host(null));
    }

    @Test
    void aRunsCleanUpTakesTheRecordsAlong() {
        assertEquals(true, DataFormat.isWrittenByProcesses("h-1-2" + DataFormat.BUILD_STEP_SUFFIX));
    }
}
