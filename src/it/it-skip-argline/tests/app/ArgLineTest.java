package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArgLineTest {

    @Test
    void theUsersArgLineReachesTheTestJvm() {
        assertEquals("y", System.getProperty("x"));
    }

    @Test
    void theTestJvmHasNoAgent() {
        List<String> agents = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-javaagent") || a.startsWith("-Xbootclasspath")).collect(Collectors.toList());
        assertEquals(List.of(), agents);
        assertNull(System.getenv("JAVA_TOOL_OPTIONS"));
    }
}
