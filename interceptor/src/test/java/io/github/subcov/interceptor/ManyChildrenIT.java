package io.github.subcov.interceptor;

import fixtures.Child;
import fixtures.Parent;
import io.github.subcov.interceptor.CoveredJvm.Run;
import io.github.subcov.interceptor.DataDirectory.ProcessData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Children started all at once each get their own id and their own whole .exec file. */
class ManyChildrenIT {

    private static final int CHILDREN = 24;

    @Test
    void childrenStartedAtOnceEachWriteTheirOwnData(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory);

        Run run = jvm.run(Parent.class.getName(), "many", Integer.toString(CHILDREN));

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(CHILDREN, run.out().split("exit=0\n", -1).length - 1, run::describe);
        DataDirectory data = jvm.data();
        ProcessData parent = data.only(Parent.class.getName());
        List<ProcessData> children = data.running(Child.class.getName());
        assertEquals(CHILDREN, children.size(), data::toString);
        Set<String> ids = new HashSet<>();
        for (ProcessData child : children) {
            assertTrue(ids.add(child.id()), () -> "id twice: " + child);
            assertEquals(parent.id(), child.parent());
            child.assertCovered(Child.class, "work");
        }
        try (Stream<Path> files = Files.list(jvm.dataDirectory)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(CHILDREN + 1, names.stream().filter(n -> n.endsWith(".exec")).count(), names::toString);
            assertEquals(0, names.stream().filter(n -> n.endsWith(".tmp")).count(), names::toString);
        }
    }
}
