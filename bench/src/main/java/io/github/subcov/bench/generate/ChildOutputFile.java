package io.github.subcov.bench.generate;

import io.github.subcov.bench.BenchFiles;
import io.github.subcov.bench.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * {@value #BYTES} bytes of an application's log, which a child prints for its parent to read
 * through a pipe: written once into {@code bench/target/generated}, the same on every run. Its
 * lines are full of capital P's ({@code POST}, {@code Processed}, {@code Pool}, now and then
 * {@code Picked up order}), each of which subcov's pipe filter has to look at twice.
 */
public final class ChildOutputFile {

    public static final long BYTES = 100_000_000L;
    private static final long SEED = 15;
    private static final String[] LEVELS = {"INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"};
    private static final String[] THREADS = {"main", "pool-2-thread-1", "pool-2-thread-7", "http-nio-8080-exec-3",
        "Processor-4", "PaymentWorker-2"};
    private static final String[] LOGGERS = {"c.e.orders.PaymentService", "c.e.http.RequestLog",
        "c.e.pool.ConnectionPool", "c.e.batch.PartitionProcessor", "c.e.pick.PickListService"};

    private final Path file;
    private final long crc;

    private ChildOutputFile(Path file, long crc) {
        this.file = file;
        this.crc = crc;
    }

    public static ChildOutputFile ensure(BenchFiles files) throws IOException {
        Path file = files.generated().resolve("child-output-" + BYTES + ".log");
        if (!Files.isRegularFile(file) || Files.size(file) != BYTES) {
            Progress.say("writing %,d bytes of log lines into %s (once)", BYTES, file);
            write(file);
        }
        return new ChildOutputFile(file, crc(file));
    }

    public Path path() {
        return file;
    }

    /** The CRC-32 of the whole file, which a reader's copy must have. */
    public long crc() {
        return crc;
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Random random = new Random(SEED);
        long written = 0;
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (long line = 0; written < BYTES; line++) {
                byte[] bytes = line(random, line).getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
        }
        try (RandomAccessFile cut = new RandomAccessFile(partial.toFile(), "rw")) {
            cut.setLength(BYTES);
            cut.seek(BYTES - 1);
            cut.write('\n');
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String line(Random random, long line) {
        long millis = 1_796_000_000_000L + line * 7 + random.nextInt(5);
        String head = String.format(Locale.ROOT, "2026-12-07 %02d:%02d:%02d.%03d %s [%s] %s - ",
                millis / 3_600_000 % 24, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000,
                pick(random, LEVELS), pick(random, THREADS), pick(random, LOGGERS));
        switch (random.nextInt(6)) {
            case 0:
                return head + String.format(Locale.ROOT, "POST /api/v1/payments/P-%06d 201 in %d ms, Payload %d B%n",
                        random.nextInt(1_000_000), random.nextInt(400), random.nextInt(9000));
            case 1:
                return head + String.format(Locale.ROOT, "Processed Partition %d of Pipeline 'Pricing' (%d records)%n",
                        random.nextInt(64), random.nextInt(100_000));
            case 2:
                return head + String.format(Locale.ROOT, "Pool stats: active=%d, idle=%d, Pending=%d%n",
                        random.nextInt(20), random.nextInt(20), random.nextInt(5));
            case 3:
                return head + String.format(Locale.ROOT, "Picked up order %d for customer %d at Pier %d%n",
                        random.nextInt(1_000_000), random.nextInt(100_000), random.nextInt(40));
            case 4:
                return head + String.format(Locale.ROOT, "PUT /api/v1/products/%d?Preview=true 200 in %d ms%n",
                        random.nextInt(100_000), random.nextInt(300));
            default:
                return head + String.format(Locale.ROOT, "user %d session %08x: cache hit ratio %.3f%n",
                        random.nextInt(100_000), random.nextInt(), random.nextDouble());
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
