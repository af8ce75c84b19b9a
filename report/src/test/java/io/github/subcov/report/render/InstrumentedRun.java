package io.github.subcov.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * Runs compiled classes under JaCoCo's instrumentation in a class loader of their own, and
 * yields the execution data one covered JVM would write.
 */
public final class InstrumentedRun implements AutoCloseable {

    private final LoggerRuntime runtime = new LoggerRuntime();
    private final RuntimeData data = new RuntimeData();
    private final ClassLoader loader;

    public InstrumentedRun(Path classes) throws Exception {
        runtime.startup(data);
        loader = new InstrumentingLoader(classes, new Instrumenter(runtime));
    }

    public InstrumentedRun call(String className, String method, Class<?> parameterType, Object argument)
            throws Exception {
        loader.loadClass(className).getMethod(method, parameterType).invoke(null, argument);
        return this;
    }

    /** The data as JaCoCo's runtime would dump it into an {@code .exec} file. */
    public byte[] execBytes(String sessionId) throws IOException {
        data.setSessionId(sessionId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExecutionDataWriter writer = new ExecutionDataWriter(out);
        data.collect(writer, writer, false);
        return out.toByteArray();
    }

    @Override
    public void close() {
        runtime.shutdown();
    }

    private static final class InstrumentingLoader extends ClassLoader {
        private final Path classes;
        private final Instrumenter instrumenter;

        InstrumentingLoader(Path classes, Instrumenter instrumenter) {
            super(InstrumentedRun.class.getClassLoader());
            this.classes = classes;
            this.instrumenter = instrumenter;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Path file = classes.resolve(name.replace('.', '/') + ".class");
            if (!Files.isRegularFile(file)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try {
                    byte[] instrumented = instrumenter.instrument(Files.readAllBytes(file), name);
                    return defineClass(name, instrumented, 0, instrumented.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
