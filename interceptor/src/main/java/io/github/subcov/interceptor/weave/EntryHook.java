package io.github.subcov.interceptor.weave;

/**
 * One call to insert at the entry of a JDK method: {@code JdkHooks.<hook>(Object[] arguments)}
 * receives the method's arguments ({@code this} first for an instance method) and, when
 * {@link #storesBack}, returns the arguments the method should go on with.
 */
public final class EntryHook {

    final String owner;
    final String method;
    final String descriptorPrefix;
    final String hook;
    final boolean storesBack;

    private EntryHook(String owner, String method, String descriptorPrefix, String hook, boolean storesBack) {
        this.owner = owner;
        this.method = method;
        this.descriptorPrefix = descriptorPrefix;
        this.hook = hook;
        this.storesBack = storesBack;
    }

    /** The hook sees the arguments; the method goes on with them unchanged. */
    public static EntryHook observing(String owner, String method, String descriptorPrefix, String hook) {
        return new EntryHook(owner, method, descriptorPrefix, hook, false);
    }

    /** The hook returns the arguments to go on with; only reference arguments may change. */
    public static EntryHook replacing(String owner, String method, String descriptorPrefix, String hook) {
        return new EntryHook(owner, method, descriptorPrefix, hook, true);
    }

    /**
     * Matched by prefix, so that {@code (I)V} or {@code ([Ljava/lang/String;Ljava/util/Map;} keep
     * matching when a JDK release adds parameters at the end.
     */
    boolean matches(String className, String name, String descriptor) {
        return owner.equals(className) && method.equals(name) && descriptor.startsWith(descriptorPrefix);
    }
}
