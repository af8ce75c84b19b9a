package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsersOptionsTest {

    private static final List<String> JVM_OPTIONS = ManagementFactory.getRuntimeMXBean().getInputArguments();

    @Test
    void testJvmRunsItsOwnCode() {
        assertTrue(Options.way().startsWith("way "));
    }

    @Test
    void everyOptionTheUserGaveReachesTheTestJvm() {
        for (String option : System.getProperty("expectedOptions").split(" ")) {
            assertTrue(JVM_OPTIONS.contains(option), option + " is not among " + JVM_OPTIONS);
            if (option.startsWith("-Dway=")) {
                assertEquals(option.substring("-Dway=".length()), System.getProperty("way"));
            }
        }
    }

    @Test
    void heapIsTheUsersMaximum() {
        // each way gives -Xmx201m to -Xmx205m (the JVM rounds up to whole heap regions), far below its default heap
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(max <= 256L * 1024 * 1024, max + " bytes, options " + JVM_OPTIONS);
    }
}
