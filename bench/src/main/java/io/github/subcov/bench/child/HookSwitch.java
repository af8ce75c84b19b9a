package io.github.subcov.bench.child;

import io.github.subcov.interceptor.hook.LaunchHook;
import java.lang.reflect.Field;

/**
 * Switches subcov's launch hook in this JVM off and on again, through the rewriter field that the
 * hook reads once per launch: subcov has no switch, as no user needs one.
 */
final class HookSwitch {

    private final Field rewriterField;
    private final Object rewriter;

    private HookSwitch(Field rewriterField, Object rewriter) {
        this.rewriterField = rewriterField;
        this.rewriter = rewriter;
    }

    /** The hook of this JVM, which must be live. */
    static HookSwitch inThisJvm() throws ReflectiveOperationException {
        // the copy the woven JDK calls: the one on the boot class path
        Field field = Class.forName(LaunchHook.class.getName(), false, null).getDeclaredField("rewriter");
        field.setAccessible(true);
        Object rewriter = field.get(null);
        if (rewriter == null) {
            throw new IllegalStateException("subcov's launch hook is not installed in this JVM");
        }
        return new HookSwitch(field, rewriter);
    }

    void set(boolean on) throws IllegalAccessException {
        rewriterField.set(null, on ? rewriter : null);
    }
}
