package io.github.subcov.report.render;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jacoco.report.IMultiReportOutput;

/**
 * The files of JaCoCo's HTML report, created on a thread of their own. JaCoCo renders its four
 * thousand pages (for two thousand classes) one after the other on one thread, and creating each
 * file blocked that thread in the kernel for about half of the HTML report's time (JFR's native
 * method samples). Here a page is rendered into memory, and the writing thread creates the files
 * while the next pages are rendered. At most {@value #MAX_PENDING_BYTES} bytes wait to be written.
 */
final class BackgroundFileOutput implements IMultiReportOutput, Closeable {

    static final int MAX_PENDING_BYTES = 32 * 1024 * 1024;
    static final String THREAD_NAME = "subcov-report-files";

    private final File directory;
    private final Semaphore pendingBytes = new Semaphore(MAX_PENDING_BYTES);
    private final Set<File> madeDirectories = new HashSet<File>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        }
    });
    private volatile IOException failure;

    BackgroundFileOutput(File directory) {
        this.directory = directory;
    }

    @Override
    public OutputStream createFile(final String path) throws IOException {
        throwFailure();
        return new ByteArrayOutputStream(16 * 1024) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    writeLater(new File(directory, path), this);
                }
            }
        };
    }

    /**
     * Waits until every file is written, and ends the writing thread; the first failure, if any,
     * is thrown here. A second call only throws that failure again.
     */
    @Override
    public void close() throws IOException {
        writer.shutdown();
        try {
            while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk; the files are still being written
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the HTML report", e);
        }
        throwFailure();
    }

    private void writeLater(final File file, final ByteArrayOutputStream content) throws IOException {
        final int permits = Math.min(content.size(), MAX_PENDING_BYTES);
        try {
            pendingBytes.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the HTML report", e);
        }
        writer.execute(new Runnable() {
            @Override
            public void run() {
                try {
                    if (failure == null) {
                        writeNow(file, content);
                    }
                } catch (IOException e) {
                    failure = e;
                } finally {
                    pendingBytes.release(permits);
                }
            }
        });
    }

    private void writeNow(File file, ByteArrayOutputStream content) throws IOException {
        File parent = file.getParentFile();
        if (madeDirectories.add(parent) && !parent.isDirectory() && !parent.mkdirs()) {
            throw new IOException("cannot create the directory " + parent);
        }
        try (OutputStream out = new FileOutputStream(file)) {
            content.writeTo(out);
        }
    }

    private void throwFailure() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
