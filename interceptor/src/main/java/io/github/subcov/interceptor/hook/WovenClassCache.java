package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.data.AtomicFile;
import io.github.subcov.interceptor.data.ProcSelf;

import java.io.File;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * JDK classes as subcov wove them, kept on disk so that only the first JVM of a build (per JDK)
 * runs the weaver: loading ASM and weaving {@code Runtime} costs a cold JVM about 90 ms of CPU,
 * more than all the rest of subcov's start. An entry is named after the original class file and
 * the interceptor jar that wove it, and carries a checksum of its own; anything that does not
 * check out is woven again.
 */
public final class WovenClassCache {

    /** Weaves a class file; null when it needs no change. */
    public interface Weaver {
        byte[] weave(byte[] original);
    }

    private static final int CHECKSUM_BYTES = 8;

    private final File directory;
    private final long weaverStamp;
    private final String writerId;

    private WovenClassCache(File directory, long weaverStamp, String writerId) {
        this.directory = directory;
        this.weaverStamp = weaverStamp;
        this.writerId = writerId;
    }

    /** A cache of classes woven by the given interceptor jar; {@code writerId} names this process's files. */
    public static WovenClassCache in(File directory, File interceptorJar, String writerId) {
        return new WovenClassCache(directory, interceptorJar.length() * 31 + interceptorJar.lastModified(), writerId);
    }

    /** The class file woven, or null when it needs no change. */
    public byte[] woven(String className, byte[] original, Weaver weaver) {
        File entry = new File(directory, className.replace('/', '.') + "-" + key(original) + ".class");
        byte[] cached = read(entry);
        if (cached != null) {
            return cached.length == 0 ? null : cached;
        }
        byte[] woven = weaver.weave(original);
        write(entry, woven == null ? new byte[0] : woven);
        return woven;
    }

    private String key(byte[] original) {
        CRC32 crc = new CRC32();
        crc.update(original);
        return Long.toHexString(crc.getValue()) + "-" + Long.toHexString(weaverStamp);
    }

    /** The entry's class file (empty: unchanged), or null when it is missing or damaged. */
    private static byte[] read(File entry) {
        try {
            if (!entry.isFile()) {
                return null;
            }
            byte[] content = ProcSelf.read(entry);
            if (content.length < CHECKSUM_BYTES) {
                return null;
            }
            byte[] classFile = Arrays.copyOf(content, content.length - CHECKSUM_BYTES);
            return checksum(classFile) == trailer(content) ? classFile : null;
        } catch (Exception unreadable) {
            return null;
        }
    }

    private void write(File entry, byte[] classFile) {
        byte[] content = Arrays.copyOf(classFile, classFile.length + CHECKSUM_BYTES);
        long sum = checksum(classFile);
        for (int i = 0; i < CHECKSUM_BYTES; i++) {
            content[classFile.length + i] = (byte) (sum >>> (8 * (CHECKSUM_BYTES - 1 - i)));
        }
        try {
            AtomicFile.write(entry, content, writerId);
        } catch (Exception unwritable) {
            // the next JVM weaves again: slower, nothing lost
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static long trailer(byte[] content) {
        long sum = 0;
        for (int i = content.length - CHECKSUM_BYTES; i < content.length; i++) {
            sum = (sum << 8) | (content[i] & 0xff);
        }
        return sum;
    }
}
