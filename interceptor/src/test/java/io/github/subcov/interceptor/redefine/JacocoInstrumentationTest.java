package io.github.subcov.interceptor.redefine;

import org.junit.jupiter.api.Test;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JacocoInstrumentationTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();
    private final Instrumentation jvm = (Instrumentation) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Instrumentation.class}, (proxy, method, args) -> {
                calls.add(method.getName());
                arguments.add(args == null ? null : args[0]);
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });
    private final ClassFileTransformer jacoco = new ClassFileTransformer() {
    };

    @Test
    void aTransformerJacocoAddsIsWrappedAndRemovedAsWrapped() throws Exception {
        Instrumentation handed = JacocoInstrumentation.around(jvm);

        handed.addTransformer(jacoco);
        handed.removeTransformer(jacoco);

        assertEquals(List.of("addTransformer", "removeTransformer"), calls);
        assertInstanceOf(RedefinitionTransformer.class, arguments.get(0));
        assertSame(arguments.get(0), arguments.get(1), "removed what was added");
    }

    @Test
    void aRetransformingTransformerIsAddedAsItIs() throws Exception {
        Instrumentation handed = JacocoInstrumentation.around(jvm);

        handed.addTransformer(jacoco, true);

        assertSame(jacoco, arguments.get(0));
    }

    @Test
    void theModuleMethodsReachTheJvmsInstrumentation() throws Exception {
        Instrumentation handed = JacocoInstrumentation.around(jvm);
        Module base = Object.class.getModule();

        assertTrue(handed.isModifiableModule(base));
        handed.redefineModule(base, java.util.Set.of(), java.util.Map.of(), java.util.Map.of(), java.util.Set.of(),
                java.util.Map.of());

        assertEquals(List.of("isModifiableModule", "redefineModule"), calls);
    }
}
