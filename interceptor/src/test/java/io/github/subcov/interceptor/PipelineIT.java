package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ProcessBuilder.startPipeline}: every stage is a covered JVM of its own. */
class PipelineIT {

    @Test
    void everyStageOfAPipelineIsCovered(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "pipeline");

        assertEquals(0, run.exitCode(), run::describe);
        // stage 3 writes to the parent's stdout, so the parent's own lines may come in between
        assertEquals(List.of("child stage1 says h\u00e9llo \u2713", "child stage2 says h\u00e9llo \u2713",
                        "child stage3 says h\u00e9llo \u2713"),
                run.out().lines().filter(line -> !line.startsWith("exit=")).collect(Collectors.toList()), run::describe);
        assertEquals(3, run.out().split("exit=0\n", -1).length - 1, run::describe);

        DataDirectory data = jvm.data();
        ProcessData parent = data.only(Parent.class.getName());
        List<ProcessData> stages = data.running(Child.class.getName());
        assertEquals(3, stages.size(), data::toString);
        for (String tag : List.of("stage1", "stage2", "stage3")) {
            ProcessData stage = data.only(Child.class.getName(), "--tag " + tag);
            assertEquals(parent.id(), stage.parent());
            stage.assertCovered(Child.class, "work");
        }
    }
}
