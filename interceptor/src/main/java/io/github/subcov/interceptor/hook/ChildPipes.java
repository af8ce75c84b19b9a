package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.output.ToolOptionsLineFilter;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Reads a child's stdout and stderr pipes through {@link ToolOptionsLineFilter}, put inside the
 * JDK's own pipe streams: the {@code Process}, its streams' classes and their draining when the
 * child exits stay the JDK's. Output a child sends to a file or to this JVM's own streams does not
 * pass through here.
 */
public final class ChildPipes {

    private static final String JAVA_IO = "java.io";
    private static volatile Instrumentation instrumentation;
    private static volatile BiConsumer<InputStream, UnaryOperator<InputStream>> innerStreams;
    /** The filter made for the last rewriter: a JVM has one, Maven's JVM one per module. */
    private static volatile LineFilter lastFilter;

    private ChildPipes() {
    }

    /** What opens {@code java.io} to subcov where the JDK keeps it closed; nothing is done until a child needs it. */
    public static void install(Instrumentation jvmInstrumentation) {
        instrumentation = jvmInstrumentation;
    }

    /** Takes out the {@code JAVA_TOOL_OPTIONS} lines that subcov's options add to the child's pipes. */
    static void hideToolOptionsLines(Process child, LaunchRewriter rewriter) throws Exception {
        LineFilter filter = lastFilter;
        if (filter == null || filter.rewriter != rewriter) {
            filter = new LineFilter(rewriter);
            lastFilter = filter;
        }
        BiConsumer<InputStream, UnaryOperator<InputStream>> inner = innerStreams();
        inner.accept(child.getInputStream(), filter);
        inner.accept(child.getErrorStream(), filter);
    }

    private static BiConsumer<InputStream, UnaryOperator<InputStream>> innerStreams() throws Exception {
        BiConsumer<InputStream, UnaryOperator<InputStream>> known = innerStreams;
        if (known == null) {
            synchronized (ChildPipes.class) {
                known = innerStreams;
                if (known == null) {
                    @SuppressWarnings("unchecked")
                    BiConsumer<InputStream, UnaryOperator<InputStream>> made =
                            (BiConsumer<InputStream, UnaryOperator<InputStream>>) OwnModule
                                    .define(InnerStream.class, JAVA_IO, instrumentation).newInstance();
                    innerStreams = made;
                    known = made;
                }
            }
        }
        return known;
    }

    /**
     * The charset the JDK encodes a child's environment in, which the JVM prints back: the
     * platform's file-name encoding from Java 18 on, the default charset before.
     */
    static Charset environmentCharset() {
        String specification = System.getProperty("java.specification.version", "1.8");
        boolean java18OrLater = !specification.startsWith("1.") && Integer.parseInt(specification) >= 18;
        String jnu = System.getProperty("sun.jnu.encoding");
        if (java18OrLater && jnu != null && Charset.isSupported(jnu)) {
            return Charset.forName(jnu);
        }
        return Charset.defaultCharset();
    }

    private static final class LineFilter implements UnaryOperator<InputStream>, ToolOptionsLineFilter.Rewrite {
        final LaunchRewriter rewriter;
        private final Charset charset = environmentCharset();

        LineFilter(LaunchRewriter rewriter) {
            this.rewriter = rewriter;
        }

        @Override
        public InputStream apply(InputStream pipe) {
            return new ToolOptionsLineFilter(pipe, this, charset);
        }

        @Override
        public String withoutSubcov(String printed) {
            return rewriter.toolOptionsWithoutOwn(printed);
        }
    }

    /**
     * Defined again in {@link OwnModule}, to which alone {@code java.io} is opened: puts the filter
     * between a JDK pipe stream and the pipe, under the stream's lock, which the JDK's draining of
     * an exited child's pipe holds too.
     */
    public static final class InnerStream implements BiConsumer<InputStream, UnaryOperator<InputStream>> {
        private final Field in;

        public InnerStream() throws NoSuchFieldException {
            in = FilterInputStream.class.getDeclaredField("in");
            in.setAccessible(true);
        }

        @Override
        public void accept(InputStream pipe, UnaryOperator<InputStream> filter) {
            if (!(pipe instanceof FilterInputStream)) {
                // the JDK's null stream: the output goes to a file, this JVM's streams or the other pipe
                return;
            }
            synchronized (pipe) {
                try {
                    InputStream inner = (InputStream) in.get(pipe);
                    if (inner != null) {
                        in.set(pipe, filter.apply(inner));
                    }
                } catch (IllegalAccessException closed) {
                    throw new IllegalStateException(closed);
                }
            }
        }
    }
}
