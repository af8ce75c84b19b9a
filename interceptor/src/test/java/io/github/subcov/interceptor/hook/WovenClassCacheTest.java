package io.github.subcov.interceptor.hook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Only the first JVM weaves; the others read its result, and nothing on disk can make one take a wrong class. */
class WovenClassCacheTest {

    private static final byte[] ORIGINAL = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 1, 2};
    private static final byte[] WOVEN = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 9, 9, 9, 9};

    @TempDir
    Path directory;

    private final CountingWeaver weaver = new CountingWeaver(WOVEN);

    @Test
    void secondJvmReadsWhatTheFirstWove() throws IOException {
        Path jar = jar("interceptor.jar", 1000);

        assertArrayEquals(WOVEN, cache(jar, "jvm-1").woven("java/lang/Shutdown", ORIGINAL, weaver));
        assertArrayEquals(WOVEN, cache(jar, "jvm-2").woven("java/lang/Shutdown", ORIGINAL, weaver));

        assertEquals(1, weaver.calls);
        List<Path> entries = entries();
        assertEquals(1, entries.size(), () -> "no temporary file left: " + entries);
    }

    @Test
    void classThatNeedsNoChangeIsRememberedAsSuch() throws IOException {
        Path jar = jar("interceptor.jar", 1000);
        CountingWeaver unchanged = new CountingWeaver(null);

        assertNull(cache(jar, "jvm-1").woven("java/lang/Shutdown", ORIGINAL, unchanged));
        assertNull(cache(jar, "jvm-2").woven("java/lang/Shutdown", ORIGINAL, unchanged));

        assertEquals(1, unchanged.calls);
    }

    @Test
    void anotherJdkOrAnotherInterceptorBuildWeavesAgain() throws IOException {
        Path jar = jar("interceptor.jar", 1000);
        byte[] otherJdks = ORIGINAL.clone();
        otherJdks[6] = 3;

        cache(jar, "jvm-1").woven("java/lang/Shutdown", ORIGINAL, weaver);
        cache(jar, "jvm-2").woven("java/lang/Shutdown", otherJdks, weaver);
        cache(jar("interceptor.jar", 2000), "jvm-3").woven("java/lang/Shutdown", ORIGINAL, weaver);

        assertEquals(3, weaver.calls);
    }

    @Test
    void damagedEntryIsWovenAgainAndReplaced() throws IOException {
        Path jar = jar("interceptor.jar", 1000);
        cache(jar, "jvm-1").woven("java/lang/Shutdown", ORIGINAL, weaver);
        Path entry = entries().get(0);
        byte[] damaged = Files.readAllBytes(entry);
        damaged[5] ^= 0x40;
        Files.write(entry, damaged);

        assertArrayEquals(WOVEN, cache(jar, "jvm-2").woven("java/lang/Shutdown", ORIGINAL, weaver));
        Files.write(entry, new byte[] {1, 2});
        assertArrayEquals(WOVEN, cache(jar, "jvm-3").woven("java/lang/Shutdown", ORIGINAL, weaver));
        assertArrayEquals(WOVEN, cache(jar, "jvm-4").woven("java/lang/Shutdown", ORIGINAL, weaver));

        assertEquals(3, weaver.calls);
    }

    @Test
    void directoryThatCannotBeWrittenOnlyCostsWeavingEachTime() throws IOException {
        Path jar = jar("interceptor.jar", 1000);
        Path notADirectory = Files.write(directory.resolve("file"), new byte[0]);

        WovenClassCache cache = WovenClassCache.in(notADirectory.resolve("woven").toFile(), jar.toFile(), "jvm-1");

        assertArrayEquals(WOVEN, cache.woven("java/lang/Shutdown", ORIGINAL, weaver));
        assertArrayEquals(WOVEN, cache.woven("java/lang/Shutdown", ORIGINAL, weaver));
        assertEquals(2, weaver.calls);
    }

    private WovenClassCache cache(Path jar, String writerId) {
        return WovenClassCache.in(directory.resolve("woven").toFile(), jar.toFile(), writerId);
    }

    private Path jar(String name, long modified) throws IOException {
        Path jar = directory.resolve(name);
        Files.write(jar, new byte[] {1, 2, 3});
        jar.toFile().setLastModified(modified);
        return jar;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("woven"))) {
            return new ArrayList<>(files.toList());
        }
    }

    private static final class CountingWeaver implements WovenClassCache.Weaver {
        private final byte[] result;
        int calls;

        CountingWeaver(byte[] result) {
            this.result = result;
        }

        @Override
        public byte[] weave(byte[] original) {
            calls++;
            return result;
        }
    }
}
