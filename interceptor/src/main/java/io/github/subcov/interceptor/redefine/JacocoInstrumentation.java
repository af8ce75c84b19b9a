package io.github.subcov.interceptor.redefine;

import java.lang.instrument.ClassDefinition;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The instrumentation that subcov hands to the JaCoCo agent it starts: the JVM's own, except that
 * each transformer JaCoCo adds is wrapped in a {@link RedefinitionTransformer}, which takes
 * JaCoCo's place in the JVM's list, so that its output is what later retransformations start
 * from, as JaCoCo's own is. Java 9 and later add two module methods, which
 * {@code JacocoInstrumentation9} passes on (JaCoCo's agent calls {@code redefineModule}).
 */
public class JacocoInstrumentation implements Instrumentation {

    private static final String WITH_MODULES = JacocoInstrumentation.class.getName() + "9";

    final Instrumentation jvm;
    private final Map<ClassFileTransformer, ClassFileTransformer> wrapped =
            new IdentityHashMap<ClassFileTransformer, ClassFileTransformer>();

    JacocoInstrumentation(Instrumentation jvm) {
        this.jvm = jvm;
    }

    /** For the JVM this runs in: with the module methods from Java 9 on. */
    public static Instrumentation around(Instrumentation jvm) throws Exception {
        if (System.getProperty("java.specification.version").startsWith("1.")) {
            return new JacocoInstrumentation(jvm);
        }
        return (Instrumentation) Class.forName(WITH_MODULES).getDeclaredConstructor(Instrumentation.class)
                .newInstance(jvm);
    }

    private synchronized ClassFileTransformer wrap(ClassFileTransformer transformer) {
        ClassFileTransformer wrapper = new RedefinitionTransformer(transformer);
        wrapped.put(transformer, wrapper);
        return wrapper;
    }

    private synchronized ClassFileTransformer asAdded(ClassFileTransformer transformer) {
        ClassFileTransformer wrapper = wrapped.get(transformer);
        return wrapper == null ? transformer : wrapper;
    }

    @Override
    public void addTransformer(ClassFileTransformer transformer, boolean canRetransform) {
        // a transformer that takes part in retransformation sees JaCoCo's members itself
        jvm.addTransformer(canRetransform ? transformer : wrap(transformer), canRetransform);
    }

    @Override
    public void addTransformer(ClassFileTransformer transformer) {
        jvm.addTransformer(wrap(transformer));
    }

    @Override
    public boolean removeTransformer(ClassFileTransformer transformer) {
        ClassFileTransformer added = asAdded(transformer);
        synchronized (this) {
            wrapped.remove(transformer);
        }
        return jvm.removeTransformer(added);
    }

    @Override
    public boolean isRetransformClassesSupported() {
        return jvm.isRetransformClassesSupported();
    }

    @Override
    public void retransformClasses(Class<?>... classes) throws UnmodifiableClassException {
        jvm.retransformClasses(classes);
    }

    @Override
    public boolean isRedefineClassesSupported() {
        return jvm.isRedefineClassesSupported();
    }

    @Override
    public void redefineClasses(ClassDefinition... definitions)
            throws ClassNotFoundException, UnmodifiableClassException {
        jvm.redefineClasses(definitions);
    }

    @Override
    public boolean isModifiableClass(Class<?> theClass) {
        return jvm.isModifiableClass(theClass);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class[] getAllLoadedClasses() {
        return jvm.getAllLoadedClasses();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class[] getInitiatedClasses(ClassLoader loader) {
        return jvm.getInitiatedClasses(loader);
    }

    @Override
    public long getObjectSize(Object objectToSize) {
        return jvm.getObjectSize(objectToSize);
    }

    @Override
    public void appendToBootstrapClassLoaderSearch(JarFile jarfile) {
        jvm.appendToBootstrapClassLoaderSearch(jarfile);
    }

    @Override
    public void appendToSystemClassLoaderSearch(JarFile jarfile) {
        jvm.appendToSystemClassLoaderSearch(jarfile);
    }

    @Override
    public boolean isNativeMethodPrefixSupported() {
        return jvm.isNativeMethodPrefixSupported();
    }

    @Override
    public void setNativeMethodPrefix(ClassFileTransformer transformer, String prefix) {
        jvm.setNativeMethodPrefix(asAdded(transformer), prefix);
    }
}
