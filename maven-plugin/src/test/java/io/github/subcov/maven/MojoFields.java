package io.github.subcov.maven;

import java.lang.reflect.Field;

/** Sets a mojo's parameters as Maven would inject them, for a goal run outside Maven. */
final class MojoFields {

    private MojoFields() {
    }

    static <T> T with(T mojo, String name, Object value) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return mojo;
            } catch (NoSuchFieldException notHere) {
                // a parameter of a superclass
            } catch (IllegalAccessException refused) {
                throw new IllegalStateException(refused);
            }
        }
        throw new IllegalArgumentException(mojo.getClass() + " has no parameter " + name);
    }
}
