package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.data.ProcSelf;

import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A class loader of subcov's own, whose unnamed module is its alone. Java 9 and later keep the
 * JDK's packages closed to reflection; an agent's instrumentation may open one, here to this
 * module only, as JaCoCo's agent does for itself: not to the boot class path's unnamed module,
 * where other agents' classes live too and would find it open. Nothing to open on Java 8.
 */
final class OwnModule extends ClassLoader {

    private static final String GET_MODULE = "getModule";
    private static final String REDEFINE_MODULE = "redefineModule";

    private OwnModule() {
        super(OwnModule.class.getClassLoader());
    }

    /** Defines a public nested class of subcov's anew in a module of its own, with {@code javaBasePackage} open to it. */
    static Class<?> define(Class<?> type, String javaBasePackage, Instrumentation instrumentation) throws Exception {
        Class<?> defined = new OwnModule().defineAgain(type);
        open(javaBasePackage, defined, instrumentation);
        return defined;
    }

    private Class<?> defineAgain(Class<?> type) throws Exception {
        String name = type.getName();
        InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class");
        if (in == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] classFile = ProcSelf.read(in);
        return defineClass(name, classFile, 0, classFile.length, type.getProtectionDomain());
    }

    private static void open(String javaBasePackage, Class<?> type, Instrumentation instrumentation) throws Exception {
        Method getModule;
        try {
            getModule = Class.class.getMethod(GET_MODULE);
        } catch (NoSuchMethodException java8) {
            return;
        }
        Object javaBase = getModule.invoke(Object.class);
        Map<String, Set<Object>> opens = new HashMap<String, Set<Object>>();
        opens.put(javaBasePackage, Collections.singleton(getModule.invoke(type)));
        Instrumentation.class.getMethod(REDEFINE_MODULE, getModule.getReturnType(), Set.class, Map.class, Map.class,
                Set.class, Map.class)
                .invoke(instrumentation, javaBase, Collections.emptySet(), Collections.emptyMap(), opens,
                        Collections.emptySet(), Collections.emptyMap());
    }
}
