package io.github.subcov.interceptor.weave;

import fixtures.FakeProcessStart;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code woven in front of a method reaches subcov's hook, and the method runs as before. */
class EntryHookWeaverTest {

    private static final String OWNER = FakeProcessStart.class.getName().replace('.', '/');
    private static final String DESCRIPTOR_PREFIX = "([Ljava/lang/String;Ljava/util/Map;";
    private static final EntryHook START = EntryHook.replacing(OWNER, "start", DESCRIPTOR_PREFIX, "processStart");

    @Test
    void aKeptHookIsFoundOnceAndThenCalledFromItsField() throws Exception {
        Class<?> woven = wovenFake(START.keptInField());
        Field kept = woven.getDeclaredField("subcov$processStart");
        kept.setAccessible(true);
        assertNull(kept.get(null), "found before the first call");

        String[] first = {"/bin/true"};
        start(woven, first);
        Object hook = kept.get(null);
        String[] second = {"/bin/false", "x"};
        start(woven, second);

        assertTrue(hook instanceof Function, String.valueOf(hook));
        assertSame(hook, kept.get(null), "found again");
        // no launch rewriter is installed here: the hook hands the arguments back as they were
        assertArrayEquals(second, started(woven));
    }

    @Test
    void aReturnHookSeesWhatEachReturnGivesBackUnchanged() throws Exception {
        Class<?> woven = wovenFake(START.keptInField().alsoAtReturn("processStarted"));
        Field kept = woven.getDeclaredField("subcov$processStarted");
        kept.setAccessible(true);
        assertNull(kept.get(null), "found before the first return");

        assertEquals("process of /bin/true", start(woven, new String[] {"/bin/true"}));
        Object hook = kept.get(null);
        assertEquals("process of /bin/false with arguments", start(woven, new String[] {"/bin/false", "x"}));

        assertTrue(hook instanceof Function, String.valueOf(hook));
        assertSame(hook, kept.get(null), "found again");
        Method added = woven.getDeclaredMethod("subcov$processStarted", Object.class);
        assertTrue(added.isSynthetic() && java.lang.reflect.Modifier.isPrivate(added.getModifiers()), added::toString);
    }

    @Test
    void aHookFoundOnEveryCallAddsNoField() throws Exception {
        Class<?> woven = wovenFake(START);

        String[] command = {"/bin/true"};
        start(woven, command);

        assertArrayEquals(command, started(woven));
        assertThrows(NoSuchFieldException.class, () -> woven.getDeclaredField("subcov$processStart"));
    }

    @Test
    void aClassWithoutTheMethodIsLeftAlone() throws Exception {
        EntryHook elsewhere = EntryHook.replacing("some/Other", "start", DESCRIPTOR_PREFIX, "processStart").keptInField();

        assertNull(EntryHookWeaver.weave(classFile(), elsewhere));
    }

    private static Object start(Class<?> woven, String[] command) throws Exception {
        Method start = woven.getMethod("start", String[].class, Map.class, String.class);
        return start.invoke(null, command, null, "/tmp");
    }

    private static String[] started(Class<?> woven) throws Exception {
        return (String[]) woven.getField("started").get(null);
    }

    private static Class<?> wovenFake(EntryHook hook) throws IOException {
        byte[] woven = EntryHookWeaver.weave(classFile(), hook);
        Class<?> defined = new ClassLoader(EntryHookWeaverTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(FakeProcessStart.class.getName(), woven, 0, woven.length);
            }
        }.define();
        assertEquals(FakeProcessStart.class.getName(), defined.getName());
        return defined;
    }

    private static byte[] classFile() throws IOException {
        try (InputStream in = FakeProcessStart.class.getResourceAsStream("FakeProcessStart.class")) {
            return in.readAllBytes();
        }
    }
}
