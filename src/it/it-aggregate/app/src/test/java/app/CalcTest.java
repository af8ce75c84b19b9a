package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalcTest {

    @Test
    void adds() {
        assertEquals(5, Calc.add(2, 3));
    }

    /** Run from target/classes, a directory: the base class, as no JDK looks into META-INF/versions there. */
    @Test
    void theBasePlatformRunsFromTheClassesDirectory() {
        assertEquals("base", Platform.name());
    }
}
