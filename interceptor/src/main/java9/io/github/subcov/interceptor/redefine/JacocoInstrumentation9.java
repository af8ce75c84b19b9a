package io.github.subcov.interceptor.redefine;

import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link JacocoInstrumentation} with the module methods of Java 9 and later, compiled for Java 9. */
final class JacocoInstrumentation9 extends JacocoInstrumentation {

    JacocoInstrumentation9(Instrumentation jvm) {
        super(jvm);
    }

    @Override
    public void redefineModule(Module module, Set<Module> extraReads, Map<String, Set<Module>> extraExports,
            Map<String, Set<Module>> extraOpens, Set<Class<?>> extraUses, Map<Class<?>, List<Class<?>>> extraProvides) {
        jvm.redefineModule(module, extraReads, extraExports, extraOpens, extraUses, extraProvides);
    }

    @Override
    public boolean isModifiableModule(Module module) {
        return jvm.isModifiableModule(module);
    }
}
