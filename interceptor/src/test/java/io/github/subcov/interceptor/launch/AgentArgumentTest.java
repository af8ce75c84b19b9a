package io.github.subcov.interceptor.launch;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgentArgumentTest {

    @Test
    void formatPutsParentFirstAndConfigLast() {
        assertEquals("parent=host-12-abc,config=/p/c.properties", AgentArgument.format("host-12-abc", "/p/c.properties"));
    }

    @Test
    void jvmWithoutParentFormatsAnEmptyParentAndReadsItAsNone() {
        String argument = AgentArgument.format(null, "/p/c.properties");
        assertEquals("parent=,config=/p/c.properties", argument);
        assertNull(AgentArgument.parse(argument).parentId());
        assertEquals("/p/c.properties", AgentArgument.parse(argument).configFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/p/c.properties", "/a,b/c=d/config=e,parent=f", "/with space/ü 字/c.properties",
            "/trailing space ", "config=/odd", "C:\\build dir\\subcov.properties", ""})
    void configPathRunsToTheEndWhateverItHolds(String config) {
        AgentArgument parsed = AgentArgument.parse(AgentArgument.format("h-1-x", config));
        assertEquals("h-1-x", parsed.parentId());
        assertEquals(config, parsed.configFile());
    }

    @Test
    void barePathIsAConfigWithoutParent() {
        AgentArgument parsed = AgentArgument.parse("/p/c.properties");
        assertNull(parsed.parentId());
        assertEquals("/p/c.properties", parsed.configFile());
    }

    @Test
    void configKeyAloneIsAConfigWithoutParent() {
        AgentArgument parsed = AgentArgument.parse("config=/p/c.properties");
        assertNull(parsed.parentId());
        assertEquals("/p/c.properties", parsed.configFile());
    }

    @Test
    void missingArgumentGivesAnEmptyConfigPath() {
        assertNull(AgentArgument.parse(null).parentId());
        assertEquals("", AgentArgument.parse(null).configFile());
    }

    @Property(tries = 2000)
    void parseReadsBackWhatFormatWrote(@ForAll("ids") String parent, @ForAll("paths") String config) {
        AgentArgument parsed = AgentArgument.parse(AgentArgument.format(parent, config));
        assertEquals(parent.isEmpty() ? null : parent, parsed.parentId());
        assertEquals(config, parsed.configFile());
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.-_").ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("/ab =,:'\"\\\tü字\u2003").ofMaxLength(40);
    }
}
