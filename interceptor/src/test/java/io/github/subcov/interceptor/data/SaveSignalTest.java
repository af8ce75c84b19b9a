package io.github.subcov.interceptor.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.File;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No signal is sent here: the handlers are installed and read in this JVM, then put back. */
class SaveSignalTest {

    @ParameterizedTest
    @ValueSource(strings = {"USR1", "usr1", " SIGUSR1 ", "sigUsr1"})
    void usr1InAnySpellingIsUsr1(String value) {
        assertEquals("USR1", SaveSignal.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "off", "OFF"})
    void blankOrOffIsOff(String value) {
        assertNull(SaveSignal.parse(value));
        assertNull(SaveSignal.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USR2", "HUP", "SIGTERM", "INT", "FOO", "10"})
    void anyOtherSignalIsRefusedWithTheValueAndTheFix(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SaveSignal.parse(value));

        assertTrue(refused.getMessage().startsWith("subcov.saveSignal is \"" + value + "\": use USR1 "),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith(" or off to take no signal."), refused.getMessage());
    }

    @Test
    void lookingAtTheHandlerPutsTheApplicationsBackAndNoticesItOnce() {
        Signal usr1 = new Signal("USR1");
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current(null), 1L);
        try {
            SaveSignal saveSignal = SaveSignal.install("USR1", new DumpRequests(new File("none"), "id"), manifest);
            assertNotNull(saveSignal, manifest::toJson);
            long now = System.currentTimeMillis() + SaveSignal.CHECK_MILLIS;
            assertFalse(saveSignal.noticeReplacement(now), "subcov's own handler is in place");

            SignalHandler application = signal -> { };
            SignalHandler subcovs = Signal.handle(usr1, application);
            assertTrue(saveSignal.noticeReplacement(now + SaveSignal.CHECK_MILLIS));
            assertFalse(saveSignal.noticeReplacement(now + 2 * SaveSignal.CHECK_MILLIS), "noticed once");

            assertSame(application, Signal.handle(usr1, subcovs), "the application's handler stays");
            assertEquals(1, manifest.toJson().split("SIGUSR1 has the application's own handler", -1).length - 1,
                    manifest::toJson);
        } finally {
            Signal.handle(usr1, SignalHandler.SIG_DFL);
        }
    }

    @Test
    void aHandlerInstalledBeforeSubcovsIsLeftInPlace() {
        Signal usr1 = new Signal("USR1");
        SignalHandler earlier = signal -> { };
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current(null), 1L);
        try {
            Signal.handle(usr1, earlier);

            assertNull(SaveSignal.install("USR1", new DumpRequests(new File("none"), "id"), manifest));

            assertSame(earlier, Signal.handle(usr1, SignalHandler.SIG_DFL));
            assertTrue(manifest.toJson().contains("SIGUSR1 has the application's own handler"), manifest::toJson);
        } finally {
            Signal.handle(usr1, SignalHandler.SIG_DFL);
        }
    }

    @Test
    void anotherSignalInAHandWrittenConfigIsNotedAndLeftAlone() {
        ProcessManifest manifest = new ProcessManifest(ProcessIdentity.current(null), 1L);

        assertNull(SaveSignal.install("USR2", new DumpRequests(new File("none"), "id"), manifest));

        assertTrue(manifest.toJson().contains("subcov.saveSignal is \\\"USR2\\\": use USR1"), manifest::toJson);
        assertNull(SaveSignal.install("off", new DumpRequests(new File("none"), "id"), manifest));
        assertEquals(1, manifest.toJson().split("subcov.saveSignal", -1).length - 1, manifest::toJson);
    }
}
