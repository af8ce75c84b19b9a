package io.github.subcov.interceptor.setup;

import io.github.subcov.interceptor.data.AtomicFile;
import io.github.subcov.interceptor.launch.AgentFlags;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The interceptor and JaCoCo's runtime agent in one jar, for the boot class path and the
 * {@code -javaagent} option of a covered JVM. A JVM holds a boot class path jar open twice: the
 * boot loader's native handle, and Java's once a resource is looked up there (JaCoCo's agent
 * reads its own classes so, JDK 25's {@code ProcessBuilder} looks for a logger so). Every spawn's
 * helper inherits those descriptors and closes them one by one, about 0.2 % of a
 * {@code /bin/true} spawn each (bench/): one jar holds two descriptors where two held four, one
 * more than JaCoCo's agent alone.
 */
public final class BootJar {

    /** No "jacoco" in the name: a {@code -javaagent} jar so named is taken for JaCoCo's own agent. */
    static final String PREFIX = AgentFlags.JAR_MARK + "-boot-";
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private BootJar() {
    }

    /**
     * The jar made of these two in the directory, written unless it is there already: its name
     * says which files it was made of, so a build with other agent jars makes its own.
     */
    public static File in(File directory, File interceptorJar, File jacocoJar, String writerId) throws IOException {
        File jar = new File(directory, PREFIX + Long.toHexString(stamp(interceptorJar, jacocoJar)) + ".jar");
        if (!jar.isFile()) {
            AtomicFile.write(jar, merged(interceptorJar, jacocoJar), writerId);
        }
        return jar;
    }

    private static long stamp(File... jars) {
        CRC32 crc = new CRC32();
        for (File jar : jars) {
            String identity = jar.getAbsolutePath() + '\n' + jar.length() + '\n' + jar.lastModified() + '\n';
            byte[] bytes = identity.getBytes(StandardCharsets.UTF_8);
            crc.update(bytes, 0, bytes.length);
        }
        return crc.getValue();
    }

    /** The interceptor's entries and manifest, then JaCoCo's entries that the interceptor lacks. */
    private static byte[] merged(File interceptorJar, File jacocoJar) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (interceptorJar.length() + jacocoJar.length()));
        ZipOutputStream out = new ZipOutputStream(bytes);
        try {
            Set<String> written = new HashSet<String>();
            copy(interceptorJar, out, written);
            // JaCoCo's manifest would name its own Premain-Class
            written.add(MANIFEST);
            copy(jacocoJar, out, written);
        } finally {
            out.close();
        }
        return bytes.toByteArray();
    }

    private static void copy(File jar, ZipOutputStream out, Set<String> written) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(jar);
        } catch (IOException unreadable) {
            throw new IOException("cannot read " + jar + ": " + unreadable.getMessage(), unreadable);
        }
        try {
            byte[] buffer = new byte[16384];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!written.add(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                InputStream in = zip.getInputStream(entry);
                try {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        out.write(buffer, 0, read);
                    }
                } finally {
                    in.close();
                }
                out.closeEntry();
            }
        } finally {
            zip.close();
        }
    }
}
