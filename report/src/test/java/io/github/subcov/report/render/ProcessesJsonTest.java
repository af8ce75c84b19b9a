package io.github.subcov.report.render;

import static io.github.subcov.report.DataDirectory.writeBuildStep;
import static io.github.subcov.report.DataDirectory.writeExec;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static io.github.subcov.report.DataDirectory.writeSkippedManifest;
import static io.github.subcov.report.render.DemoProject.COUNTER;
import static io.github.subcov.report.render.DemoProject.GREETER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.subcov.report.combine.ExecCombiner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test JVM that greets "a" (Greeter lines 5, 8); a server that Maven's JVM started, which greets
 * nobody and sums to 3 (Greeter 5, 6; Counter 8, 9, 10, 12); a child of the test JVM killed before
 * it wrote anything; a JVM whose manifest is lost, which doubles 2 (Greeter 12); and a JVM that a
 * process filter skipped. Together 8 of the 9 lines.
 */
class ProcessesJsonTest {

    private static final String TEST_STEP = "maven-surefire-plugin:test (default-test) @ demo";
    private static final String SERVER_STEP = "spring-boot-maven-plugin:start (start-server) @ demo";

    @TempDir
    Path root;

    private DemoProject project;
    private Path data;
    private File out;

    @BeforeEach
    void runTheProcesses() throws Exception {
        project = DemoProject.compile(root.resolve("project"));
        data = Files.createDirectories(root.resolve("target/subcov"));
        out = root.resolve("target/site/subcov").toFile();
        writeManifest(data, "vm-1-root", null, 1000, "exit", "java -jar surefirebooter.jar", "surefirebooter.jar");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(data, "vm-1-root", run.call(GREETER, "greet", String.class, "a").execBytes("root"));
        }
        writeManifest(data, "vm-2-server", "maven-4242", 2000, "halt", "java -cp classes demo.Server", "demo.Server");
        // Maven's JVM started the test JVM (pid 1000) and the server (pid 2000); a killed child's pid came again
        writeBuildStep(data, "vm", 1000, "maven-4242", 990, TEST_STEP);
        writeBuildStep(data, "vm", 2000, "maven-4242", 1990, SERVER_STEP);
        writeBuildStep(data, "vm", 3000, "maven-4242", 2990, "exec-maven-plugin:exec (pid-again) @ demo");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            run.call(GREETER, "greet", String.class, null).call(COUNTER, "sum", int.class, 3);
            writeExec(data, "vm-2-server", run.execBytes("server"));
        }
        writeManifest(data, "vm-3-killed", "vm-1-root", 3000, "running", "java -jar tool.jar", "tool.jar");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(data, "vm-9-lost", run.call(GREETER, "twice", int.class, 2).execBytes("lost"));
        }
        writeSkippedManifest(data, "vm-skipped-a", "vm-1-root", 1500, "subcov.processExcludes", "demo.Worker",
                "java -cp classes demo.Worker");
    }

    private JsonObject report(boolean processView) throws Exception {
        new CoverageReport().title("demo").processView(processView)
                .classDirectories(List.of(project.classes.toFile()))
                .write(ExecCombiner.combine(List.of(data.toFile())), out);
        return JsonParser.parseString(Files.readString(new File(out, ProcessesJson.FILE_NAME).toPath()))
                .getAsJsonObject();
    }

    /** The processes by id, in the file's order. */
    private static Map<String, JsonObject> processes(JsonObject json) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        for (JsonElement process : json.getAsJsonArray(ProcessesJson.PROCESSES)) {
            byId.put(process.getAsJsonObject().get(ProcessesJson.ID).getAsString(), process.getAsJsonObject());
        }
        return byId;
    }

    /** The values of every field of one process, in the file's order; null as "null". */
    private static List<String> values(JsonObject process) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, JsonElement> field : process.entrySet()) {
            values.add(field.getKey() + "=" + (field.getValue().isJsonNull() ? "null" : field.getValue().getAsString()));
        }
        return values;
    }

    @Test
    void namesEveryProcessWithItsParentMainEndingTimesAndTheLinesItAndOnlyItCovered() throws Exception {
        JsonObject json = report(true);

        assertEquals(ProcessesJson.VERSION, json.get(ProcessesJson.FORMAT_VERSION).getAsInt());
        assertTrue(json.get(ProcessesJson.PROCESS_VIEW).getAsBoolean());
        Map<String, JsonObject> processes = processes(json);
        assertEquals(List.of("vm-1-root", "vm-2-server", "vm-3-killed", "vm-9-lost", "vm-skipped-a"),
                new ArrayList<>(processes.keySet()), "covered ones by start, unknown start last; then skipped ones");
        assertEquals(List.of("id=vm-1-root", "parent=null", "main=surefirebooter.jar", "ending=exit",
                "startMillis=1000", "endMillis=1500", "linesCovered=2", "uniqueLinesCovered=1", "buildStep=" + TEST_STEP,
                "skippedBy=null"), values(processes.get("vm-1-root")));
        assertEquals(List.of("id=vm-2-server", "parent=maven-4242", "main=demo.Server", "ending=halt",
                "startMillis=2000", "endMillis=2500", "linesCovered=6", "uniqueLinesCovered=5", "buildStep=" + SERVER_STEP,
                "skippedBy=null"), values(processes.get("vm-2-server")));
        assertEquals(List.of("id=vm-3-killed", "parent=vm-1-root", "main=tool.jar", "ending=killed or still running",
                "startMillis=3000", "endMillis=null", "linesCovered=0", "uniqueLinesCovered=0", "buildStep=null",
                "skippedBy=null"), values(processes.get("vm-3-killed")));
        assertEquals(List.of("id=vm-9-lost", "parent=null", "main=null", "ending=unknown", "startMillis=null",
                "endMillis=null", "linesCovered=1", "uniqueLinesCovered=1", "buildStep=null", "skippedBy=null"),
                values(processes.get("vm-9-lost")));
        assertEquals(List.of("id=vm-skipped-a", "parent=vm-1-root", "main=demo.Worker", "ending=null",
                "startMillis=1500", "endMillis=null", "linesCovered=null", "uniqueLinesCovered=null",
                "buildStep=null", "skippedBy=subcov.processExcludes"), values(processes.get("vm-skipped-a")));
    }

    @Test
    void theLinesOnlyEachProcessCoveredAddUpToNoMoreThanTheXmlReportsCoveredLines() throws Exception {
        Map<String, JsonObject> processes = processes(report(true));

        int unique = 0;
        for (JsonObject process : processes.values()) {
            JsonElement lines = process.get(ProcessesJson.UNIQUE_LINES_COVERED);
            unique += lines.isJsonNull() ? 0 : lines.getAsInt();
        }
        // line 5 of Greeter is the one that two processes covered
        assertEquals(7, unique);
        assertArrayEquals(new int[] {8, 1}, XmlReport.parse(new File(out, CoverageReport.XML_FILE)).lines("/report"));
    }

    @Test
    void withoutTheProcessViewNamesEveryProcessButCountsNoLines() throws Exception {
        JsonObject json = report(false);

        assertEquals(false, json.get(ProcessesJson.PROCESS_VIEW).getAsBoolean());
        Map<String, JsonObject> processes = processes(json);
        assertEquals(5, processes.size());
        assertEquals(List.of("id=vm-2-server", "parent=maven-4242", "main=demo.Server", "ending=halt",
                "startMillis=2000", "endMillis=2500", "linesCovered=null", "uniqueLinesCovered=null",
                "buildStep=" + SERVER_STEP, "skippedBy=null"), values(processes.get("vm-2-server")));
        for (JsonObject process : processes.values()) {
            assertTrue(process.get(ProcessesJson.LINES_COVERED).isJsonNull(), process.toString());
        }
    }
}
