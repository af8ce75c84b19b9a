package io.github.subcov.interceptor.weave;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inserts {@link EntryHook} calls into a JDK class file with ASM alone (ByteBuddy's own copy).
 * ByteBuddy's {@code Advice} does the same through its type pool, which loads about 800 classes
 * and costs about 0.5 s in the JVM that does it; this costs a few dozen classes.
 */
public final class EntryHookWeaver {

    static final int API = Opcodes.ASM9;

    private EntryHookWeaver() {
    }

    /** The class file with the hooks in, or null when none of them matched a method. */
    public static byte[] weave(byte[] classFile, EntryHook... hooks) {
        ClassReader reader = new ClassReader(classFile);
        // frames are written by hand (see EntryHookMethod): computing them would load classes
        // while the JDK class is being defined
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        HookingClassVisitor visitor = new HookingClassVisitor(writer, Arrays.asList(hooks));
        reader.accept(visitor, ClassReader.EXPAND_FRAMES);
        return visitor.woven ? writer.toByteArray() : null;
    }

    private static final class HookingClassVisitor extends ClassVisitor {
        private final List<EntryHook> hooks;
        private final List<EntryHook> kept = new ArrayList<EntryHook>();
        private final List<EntryHook> atReturn = new ArrayList<EntryHook>();
        private String className;
        private boolean woven;

        HookingClassVisitor(ClassVisitor next, List<EntryHook> hooks) {
            super(API, next);
            this.hooks = hooks;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            for (EntryHook hook : hooks) {
                if ((access & Opcodes.ACC_ABSTRACT) == 0 && hook.matches(className, name, descriptor)) {
                    woven = true;
                    if (hook.kept && !kept.contains(hook)) {
                        kept.add(hook);
                    }
                    if (hook.returnHook != null && !atReturn.contains(hook)) {
                        atReturn.add(hook);
                    }
                    return new EntryHookMethod(next, access, className, descriptor, hook);
                }
            }
            return next;
        }

        @Override
        public void visitEnd() {
            for (EntryHook hook : atReturn) {
                EntryHook returnHook = hook.atReturn();
                kept.add(returnHook);
                addReturnMethod(returnHook);
            }
            for (EntryHook hook : kept) {
                super.visitField(EntryHookMethod.ADDED_MEMBER_ACCESS, hook.field(), EntryHookMethod.FUNCTION_DESCRIPTOR,
                        null, null).visitEnd();
            }
            super.visitEnd();
        }

        /** {@code private static void subcov$<hook>(Object returned)}: the kept hook's call, then {@code return}. */
        private void addReturnMethod(EntryHook returnHook) {
            int access = EntryHookMethod.ADDED_MEMBER_ACCESS;
            MethodVisitor method = new EntryHookMethod(
                    super.visitMethod(access, returnHook.method, EntryHook.RETURN_DESCRIPTOR, null, null),
                    access, className, EntryHook.RETURN_DESCRIPTOR, returnHook);
            method.visitCode();
            method.visitInsn(Opcodes.RETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
    }
}
