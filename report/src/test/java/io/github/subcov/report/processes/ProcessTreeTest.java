package io.github.subcov.report.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.subcov.report.combine.ProcessManifest;
import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.combine.ProcessRecords;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.exec.SalvagedExecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    @Test
    void putsEachProcessAfterItsParentOneLevelDeeper() throws Exception {
        List<ProcessCoverage> processes = List.of(
                process("test", null), process("a", "test"), process("b", "test"), process("a1", "a"),
                process("b1", "b"), process("a2", "a"));

        assertEquals(List.of("test:0", "a:1", "a1:2", "a2:2", "b:1", "b1:2"), layout(processes));
    }

    @Test
    void showsAProcessWhoseParentLeftNothingAtTheTop() throws Exception {
        List<ProcessCoverage> processes = List.of(
                process("test", null), process("orphan", "gone"), process("child", "orphan"));

        assertEquals(List.of("test:0", "orphan:0", "child:1"), layout(processes));
    }

    @Test
    void showsEveryProcessOfAParentCycleOnce() throws Exception {
        List<ProcessCoverage> processes = List.of(
                process("x", "y"), process("y", "x"), process("self", "self"), process("test", null));

        assertEquals(List.of("test:0", "x:0", "y:1", "self:0"), layout(processes));
    }

    private static List<String> layout(List<ProcessCoverage> processes) {
        List<String> layout = new ArrayList<>();
        for (ProcessTree.Node node : ProcessTree.depthFirst(processes)) {
            layout.add(node.process().process().id() + ":" + node.depth());
        }
        return layout;
    }

    private static ProcessCoverage process(String id, String parent) throws Exception {
        String json = "{\"id\": \"" + id + "\", \"parent\": " + (parent == null ? "null" : "\"" + parent + "\"") + "}";
        ProcessRecord record = ProcessRecords.record(id, SalvagedExecs.withoutData(ReadStatus.MISSING, 0),
                ProcessManifest.parse(json));
        return new ProcessCoverage(record, 0, 0);
    }
}
