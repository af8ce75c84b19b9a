package io.github.subcov.interceptor.weave;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Puts one hook call in front of a method's own code, inside a catch-all handler: whatever the
 * hook does, the method runs. The inserted code reaches the hook by reflection through the
 * system class loader, because JDK code cannot link to classes on the class path (and putting
 * subcov on the bootstrap class path costs every JVM its application class-data sharing).
 */
final class EntryHookMethod extends MethodVisitor {

    static final String HOOKS_CLASS = "io.github.subcov.interceptor.hook.JdkHooks";
    private static final String FUNCTION_LOOKUP = "function";
    private static final String OBJECT = "java/lang/Object";
    private static final String OBJECTS = "[Ljava/lang/Object;";
    private static final String FUNCTION = "java/util/function/Function";
    static final String FUNCTION_DESCRIPTOR = "L" + FUNCTION + ";";
    static final int ADDED_MEMBER_ACCESS = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;

    private final boolean isStatic;
    private final String owner;
    private final Type[] parameters;
    private final EntryHook hook;

    EntryHookMethod(MethodVisitor next, int access, String owner, String descriptor, EntryHook hook) {
        super(EntryHookWeaver.API, next);
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.owner = owner;
        this.parameters = Type.getArgumentTypes(descriptor);
        this.hook = hook;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label original = new Label();
        super.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        super.visitLabel(start);
        if (hook.kept) {
            callKeptHook();
        } else {
            callHook();
        }
        super.visitLabel(end);
        super.visitJumpInsn(Opcodes.GOTO, original);
        super.visitLabel(handler);
        Object[] locals = entryLocals();
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
        super.visitInsn(Opcodes.POP);
        super.visitLabel(original);
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        // keeps a frame the method itself declares at its first instruction from sharing an offset with ours
        super.visitInsn(Opcodes.NOP);
    }

    /** Before each {@code return} of an object: {@code subcov$<returnHook>(returned)}, see {@link EntryHook#alsoAtReturn}. */
    @Override
    public void visitInsn(int opcode) {
        if (opcode == Opcodes.ARETURN && hook.returnHook != null) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, hook.returnMethod(), EntryHook.RETURN_DESCRIPTOR,
                    false);
        }
        super.visitInsn(opcode);
    }

    /** {@code JdkHooks.class.getMethod(hook, Object[].class).invoke(null, new Object[] {arguments})}. */
    private void callHook() {
        beginReflectiveCall(hook.hook, Type.getType(OBJECTS));
        pushArguments();
        endReflectiveCall();
        if (hook.storesBack) {
            storeBackArguments();
        }
        super.visitInsn(Opcodes.POP);
    }

    /**
     * {@code (f != null ? f : (f = JdkHooks.function(hook))).apply(arguments)}, the lookup by
     * reflection as in {@link #callHook}: a launch then costs one interface call, not a class
     * look-up, a method look-up and a reflective call, which a JVM that starts a thousand
     * children runs mostly interpreted.
     */
    private void callKeptHook() {
        Label call = new Label();
        super.visitFieldInsn(Opcodes.GETSTATIC, owner, hook.field(), FUNCTION_DESCRIPTOR);
        super.visitInsn(Opcodes.DUP);
        super.visitJumpInsn(Opcodes.IFNONNULL, call);
        super.visitInsn(Opcodes.POP);
        beginReflectiveCall(FUNCTION_LOOKUP, Type.getType(String.class));
        super.visitLdcInsn(hook.hook);
        endReflectiveCall();
        super.visitTypeInsn(Opcodes.CHECKCAST, FUNCTION);
        super.visitInsn(Opcodes.DUP);
        super.visitFieldInsn(Opcodes.PUTSTATIC, owner, hook.field(), FUNCTION_DESCRIPTOR);
        super.visitLabel(call);
        Object[] locals = entryLocals();
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {FUNCTION});
        pushArguments();
        super.visitMethodInsn(Opcodes.INVOKEINTERFACE, FUNCTION, "apply",
                "(Ljava/lang/Object;)Ljava/lang/Object;", true);
        if (hook.storesBack) {
            storeBackArguments();
        }
        super.visitInsn(Opcodes.POP);
    }

    /**
     * Pushes {@code JdkHooks.class.getMethod(name, parameterType)}, {@code null} and a one-slot
     * {@code Object[]} with index 0: the caller pushes the single argument next.
     */
    private void beginReflectiveCall(String name, Type parameterType) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/ClassLoader", "getSystemClassLoader",
                "()Ljava/lang/ClassLoader;", false);
        super.visitLdcInsn(HOOKS_CLASS);
        super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/ClassLoader", "loadClass",
                "(Ljava/lang/String;)Ljava/lang/Class;", false);
        super.visitLdcInsn(name);
        newArray("java/lang/Class", 1);
        super.visitInsn(Opcodes.DUP);
        super.visitInsn(Opcodes.ICONST_0);
        super.visitLdcInsn(parameterType);
        super.visitInsn(Opcodes.AASTORE);
        super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getMethod",
                "(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;", false);
        super.visitInsn(Opcodes.ACONST_NULL);
        newArray(OBJECT, 1);
        super.visitInsn(Opcodes.DUP);
        super.visitInsn(Opcodes.ICONST_0);
    }

    /** Stores the argument and invokes: the hook's result is left on the stack. */
    private void endReflectiveCall() {
        super.visitInsn(Opcodes.AASTORE);
        super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/reflect/Method", "invoke",
                "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", false);
    }

    /** An {@code Object[]} of {@code this} (unless static) and every parameter, primitives boxed. */
    private void pushArguments() {
        int count = parameters.length + (isStatic ? 0 : 1);
        newArray(OBJECT, count);
        int index = 0;
        int slot = 0;
        if (!isStatic) {
            store(index++, Type.getObjectType(owner), slot++);
        }
        for (Type parameter : parameters) {
            store(index++, parameter, slot);
            slot += parameter.getSize();
        }
    }

    private void store(int index, Type type, int slot) {
        super.visitInsn(Opcodes.DUP);
        pushInt(index);
        super.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
        box(type);
        super.visitInsn(Opcodes.AASTORE);
    }

    /** Reference parameters take the values the hook returned, in the order it received them. */
    private void storeBackArguments() {
        super.visitTypeInsn(Opcodes.CHECKCAST, OBJECTS);
        int index = isStatic ? 0 : 1;
        int slot = isStatic ? 0 : 1;
        for (Type parameter : parameters) {
            int sort = parameter.getSort();
            if (sort == Type.OBJECT || sort == Type.ARRAY) {
                super.visitInsn(Opcodes.DUP);
                pushInt(index);
                super.visitInsn(Opcodes.AALOAD);
                super.visitTypeInsn(Opcodes.CHECKCAST, parameter.getInternalName());
                super.visitVarInsn(Opcodes.ASTORE, slot);
            }
            index++;
            slot += parameter.getSize();
        }
    }

    private void box(Type type) {
        if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
            return;
        }
        String wrapper = boxed(type);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                "(" + type.getDescriptor() + ")L" + wrapper + ";", false);
    }

    private static String boxed(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.CHAR: return "java/lang/Character";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.FLOAT: return "java/lang/Float";
            case Type.LONG: return "java/lang/Long";
            default: return "java/lang/Double";
        }
    }

    /** The frame at the method's entry: {@code this} and the parameters, as the verifier types them. */
    private Object[] entryLocals() {
        Object[] locals = new Object[parameters.length + (isStatic ? 0 : 1)];
        int i = 0;
        if (!isStatic) {
            locals[i++] = owner;
        }
        for (Type parameter : parameters) {
            locals[i++] = verificationType(parameter);
        }
        return locals;
    }

    private static Object verificationType(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.CHAR:
            case Type.SHORT:
            case Type.INT:
                return Opcodes.INTEGER;
            case Type.FLOAT:
                return Opcodes.FLOAT;
            case Type.LONG:
                return Opcodes.LONG;
            case Type.DOUBLE:
                return Opcodes.DOUBLE;
            default:
                return type.getInternalName();
        }
    }

    private void newArray(String type, int length) {
        pushInt(length);
        super.visitTypeInsn(Opcodes.ANEWARRAY, type);
    }

    private void pushInt(int value) {
        if (value <= 5) {
            super.visitInsn(Opcodes.ICONST_0 + value);
        } else {
            super.visitIntInsn(Opcodes.BIPUSH, value);
        }
    }
}
