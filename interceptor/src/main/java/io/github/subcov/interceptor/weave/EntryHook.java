package io.github.subcov.interceptor.weave;

/**
 * One call to insert at the entry of a JDK method: {@code JdkHooks.<hook>(Object[] arguments)}
 * receives the method's arguments ({@code this} first for an instance method) and, when
 * {@link #storesBack}, returns the arguments the method should go on with. A hook
 * {@link #keptInField} is called as {@code JdkHooks.function("<hook>")}'s {@code Function}.
 */
public final class EntryHook {

    final String owner;
    final String method;
    final String descriptorPrefix;
    final String hook;
    final boolean storesBack;
    final boolean kept;
    /** Called with what the method returns, or null. */
    final String returnHook;

    private EntryHook(String owner, String method, String descriptorPrefix, String hook, boolean storesBack,
            boolean kept, String returnHook) {
        this.owner = owner;
        this.method = method;
        this.descriptorPrefix = descriptorPrefix;
        this.hook = hook;
        this.storesBack = storesBack;
        this.kept = kept;
        this.returnHook = returnHook;
    }

    /** The hook sees the arguments; the method goes on with them unchanged. */
    public static EntryHook observing(String owner, String method, String descriptorPrefix, String hook) {
        return new EntryHook(owner, method, descriptorPrefix, hook, false, false, null);
    }

    /** The hook returns the arguments to go on with; only reference arguments may change. */
    public static EntryHook replacing(String owner, String method, String descriptorPrefix, String hook) {
        return new EntryHook(owner, method, descriptorPrefix, hook, true, false, null);
    }

    /**
     * The same hook, found once and then kept in a static field added to the class, where each
     * call otherwise finds it by reflection: for a method called often, in a class woven as it
     * loads (a class being retransformed may not gain fields).
     */
    public EntryHook keptInField() {
        return new EntryHook(owner, method, descriptorPrefix, hook, storesBack, true, returnHook);
    }

    /**
     * Also hands what the method returns (an object) to {@code JdkHooks.<returnHook>(new Object[]
     * {returned})}, kept in a field, before it is returned: through a static method added to the
     * class, so that each return in the method gains two instructions and no branch.
     */
    public EntryHook alsoAtReturn(String hookAtReturn) {
        return new EntryHook(owner, method, descriptorPrefix, hook, storesBack, kept, hookAtReturn);
    }

    /** The observing hook that the added method runs, on {@code (Object returned)}. */
    EntryHook atReturn() {
        return new EntryHook(owner, returnMethod(), RETURN_DESCRIPTOR, returnHook, false, true, null);
    }

    /** The static method added to the class that calls {@link #returnHook} (methods and fields have names apart). */
    String returnMethod() {
        return "subcov$" + returnHook;
    }

    static final String RETURN_DESCRIPTOR = "(Ljava/lang/Object;)V";

    /** The static field that keeps the hook's {@code Function} in the woven class. */
    String field() {
        return "subcov$" + hook;
    }

    /**
     * Matched by prefix, so that {@code (I)V} or {@code ([Ljava/lang/String;Ljava/util/Map;} keep
     * matching when a JDK release adds parameters at the end.
     */
    boolean matches(String className, String name, String descriptor) {
        return owner.equals(className) && method.equals(name) && descriptor.startsWith(descriptorPrefix);
    }
}
