package io.github.subcov.interceptor.redefine;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.nio.charset.Charset;

/**
 * The members JaCoCo adds to a class it instruments: the probe array's field {@code $jacocoData}
 * (class files before Java 11, and interfaces), the method {@code $jacocoInit} that fetches the
 * array (or, from Java 11, is the bootstrap method of the constant that holds it), and a static
 * initializer for an interface that had none. A redefinition must keep them, in name, type,
 * modifiers and field order, or the JVM refuses it.
 */
final class JacocoMembers {

    private static final int API = Opcodes.ASM9;
    private static final String DATA_FIELD = "$jacocoData";
    private static final String INIT_METHOD = "$jacocoInit";
    private static final String CLASS_INIT = "<clinit>";
    private static final byte[] INIT_METHOD_UTF8 = INIT_METHOD.getBytes(Charset.forName("US-ASCII"));

    private JacocoMembers() {
    }

    /** Whether the class file names JaCoCo's init method, as every class with JaCoCo's members does. */
    static boolean presentIn(byte[] classFile) {
        outer:
        for (int i = 0; i <= classFile.length - INIT_METHOD_UTF8.length; i++) {
            for (int j = 0; j < INIT_METHOD_UTF8.length; j++) {
                if (classFile[i + j] != INIT_METHOD_UTF8[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the loaded class has JaCoCo's init method, as every class JaCoCo gave members has.
     * Reflection on its methods loads the types they name but initializes nothing; where even that
     * fails, the class is taken to have them, as JaCoCo's filter says for every class it covers.
     */
    static boolean declaredBy(Class<?> loaded) {
        try {
            for (java.lang.reflect.Method method : loaded.getDeclaredMethods()) {
                if (INIT_METHOD.equals(method.getName())) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError unresolved) {
            return true;
        }
    }

    /**
     * The uninstrumented class file with JaCoCo's members as they are in its instrumented form,
     * added last as JaCoCo adds them: no method of the class calls them, so nothing is recorded.
     */
    static byte[] addedTo(byte[] classFile, final byte[] instrumented) {
        final ClassWriter writer = new ClassWriter(0);
        final boolean[] hasClassInit = new boolean[1];
        new ClassReader(classFile).accept(new ClassVisitor(API, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                hasClassInit[0] |= CLASS_INIT.equals(name);
                return super.visitMethod(access, name, descriptor, signature, exceptions);
            }

            @Override
            public void visitEnd() {
                copyMembers(instrumented, writer, !hasClassInit[0]);
                super.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }

    private static void copyMembers(byte[] instrumented, final ClassWriter writer, final boolean classInitToo) {
        new ClassReader(instrumented).accept(new ClassVisitor(API) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                    Object value) {
                return DATA_FIELD.equals(name) ? writer.visitField(access, name, descriptor, signature, value) : null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                boolean added = INIT_METHOD.equals(name) || (classInitToo && CLASS_INIT.equals(name));
                return added ? writer.visitMethod(access, name, descriptor, signature, exceptions) : null;
            }
        }, 0);
    }
}
