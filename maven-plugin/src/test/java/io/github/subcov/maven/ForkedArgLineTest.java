package io.github.subcov.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ForkedArgLineTest {

    @Test
    void lateReplacementTakesTheProjectsProperties() {
        Properties project = new Properties();
        project.setProperty("argLine", "-javaagent:/a.jar");
        project.setProperty("extra", "-Dx=1");

        assertEquals("-javaagent:/a.jar -Xmx1g -Dx=1",
                ForkedArgLine.lateReplaced("@{argLine} -Xmx1g @{extra}", project));
    }

    @Test
    void unknownOrAbsentNamesStayAsTheyAre() {
        Properties project = new Properties();

        assertEquals("@{unknown} -Xmx1g", ForkedArgLine.lateReplaced("@{unknown} -Xmx1g", project));
        assertEquals("${argLine}", ForkedArgLine.lateReplaced("${argLine}", project));
        assertNull(ForkedArgLine.lateReplaced(null, project));
    }
}
