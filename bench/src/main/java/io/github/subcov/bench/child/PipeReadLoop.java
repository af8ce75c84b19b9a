package io.github.subcov.bench.child;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Quiet streams. Runs in a measured JVM for a whole set of turns: each line on stdin is a count
 * and a {@link Reading}; the JVM then starts that many {@code sh -c 'cat <file>'}, one after the
 * other, reads all of each child's stdout through {@code Process.getInputStream()} that way, and
 * answers with the nanoseconds from {@code start()} to the end of {@code waitFor()}, the CPU
 * nanoseconds of the reading thread, and the bytes read. In a subcov JVM the child's pipes pass
 * through subcov's {@code ToolOptionsLineFilter}, as the child gets subcov's
 * {@code JAVA_TOOL_OPTIONS}.
 *
 * <p>Arguments: the file, its CRC-32, whether subcov's launch hook must be live here, and the
 * {@code java} and class path of a JVM to start behind a shell. Before the first turn the JVM checks
 * what it will time: the hook is live or not as expected; a JVM behind {@code sh -c '… 2>&1'} sees
 * subcov in its {@code JAVA_TOOL_OPTIONS} in a subcov JVM, and its {@code Picked up} line does not
 * reach this JVM's reader, which only the filter takes out; and one read of the file has its CRC.
 */
public final class PipeReadLoop {

    static final int BUFFER = 8192;

    /** How the output is read. */
    public enum Reading {
        /** Bytes into an {@value PipeReadLoop#BUFFER} byte buffer, and nothing done with them. */
        BYTES,
        /** Lines of text, as most parents read a child's output: {@code BufferedReader.readLine} over UTF-8. */
        LINES
    }

    private PipeReadLoop() {
    }

    public static void main(String[] args) throws Exception {
        String file = args[0];
        long crc = Long.parseLong(args[1]);
        boolean hookExpected = Boolean.parseBoolean(args[2]);
        String java = args[3];
        String classPath = args[4];
        check(HookProbe.childSeesSubcov() == hookExpected,
                "subcov's launch hook should " + (hookExpected ? "" : "not ") + "be live here");
        String echoed = echoBehindShell(java, classPath);
        check(echoed.equals(ToolOptionsEcho.SAYS + hookExpected + "\n"),
                "a JVM behind a shell, read through the pipe, printed: " + echoed);
        List<String> cat = List.of("/bin/sh", "-c", "cat '" + file + "'");
        byte[] buffer = new byte[BUFFER];
        CRC32 copy = new CRC32();
        readOnce(cat, buffer, copy);
        check(copy.getValue() == crc, "the child's output read through the pipe differs from " + file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String request = requests.readLine(); request != null; request = requests.readLine()) {
            String[] fields = request.trim().split(" ");
            int count = Integer.parseInt(fields[0]);
            Reading reading = Reading.valueOf(fields[1]);
            long nanos = 0;
            long cpu = 0;
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                bytes += reading == Reading.LINES ? readLines(cat) : readOnce(cat, buffer, null);
                nanos += System.nanoTime() - start;
                cpu += threads.getCurrentThreadCpuTime() - cpuStart;
            }
            System.out.println(nanos + " " + cpu + " " + bytes);
            System.out.flush();
        }
    }

    /** Starts the child, reads its stdout to the end, waits for it; returns the bytes read. */
    static long readOnce(List<String> command, byte[] buffer, CRC32 crc) throws Exception {
        Process child = new ProcessBuilder(command).start();
        child.getOutputStream().close();
        InputStream out = child.getInputStream();
        long bytes = 0;
        for (int n = out.read(buffer); n != -1; n = out.read(buffer)) {
            bytes += n;
            if (crc != null) {
                crc.update(buffer, 0, n);
            }
        }
        int exit = child.waitFor();
        out.close();
        child.getErrorStream().close();
        check(exit == 0, "the child exited with " + exit);
        return bytes;
    }

    /** Starts the child, reads its stdout line by line, waits for it; returns the bytes read (ASCII lines). */
    static long readLines(List<String> command) throws Exception {
        Process child = new ProcessBuilder(command).start();
        child.getOutputStream().close();
        long bytes = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                bytes += line.length() + 1;
            }
        }
        int exit = child.waitFor();
        child.getErrorStream().close();
        check(exit == 0, "the child exited with " + exit);
        return bytes;
    }

    private static String echoBehindShell(String java, String classPath) throws Exception {
        Process shell = new ProcessBuilder("/bin/sh", "-c",
                "'" + java + "' -cp '" + classPath + "' " + ToolOptionsEcho.class.getName() + " 2>&1").start();
        shell.getOutputStream().close();
        ByteArrayOutputStream echoed = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        InputStream out = shell.getInputStream();
        for (int n = out.read(buffer); n != -1; n = out.read(buffer)) {
            echoed.write(buffer, 0, n);
        }
        check(shell.waitFor() == 0, "the JVM behind the shell failed: " + echoed);
        return echoed.toString(StandardCharsets.UTF_8);
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            System.err.println(problem);
            System.exit(1);
        }
    }
}
