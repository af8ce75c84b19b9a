package io.github.subcov.interceptor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every secret, in every shape a command line gives it, among arguments of any kind: the masked
 * line never holds its value. Other arguments are lower case and the secrets upper case and digits,
 * so a value can only show up where the mask let it through.
 */
class SecretMaskPropertyTest {

    private static final int TRIES = 3000;

    @Provide
    Arbitrary<List<String>> fillers() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz./-:=_'\"").ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> option = Arbitraries.of("-cp", "-jar", "--verbose", "-Xmx64m", "-Dapp.name=x", "app.Main",
                "/usr/bin/java", "sh", "-c", "--", "--no-color", "-Dx");
        return Arbitraries.oneOf(word, option).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> core = Arbitraries.of("password", "PASSWORD", "passwd", "secret", "token", "credentials",
                "api-key", "api_key", "apikey", "ApiKey", "private.key", "AWS_SECRET_ACCESS_KEY", "key");
        Arbitrary<String> prefix = Arbitraries.of("", "db.", "github-", "spring.datasource.", "MY_", "client");
        Arbitrary<String> suffix = Arbitraries.of("", ".value", "-file", "_ID");
        return Combinators.combine(prefix, core, suffix).as((p, c, s) -> c.equals("key") ? c : p + c + s);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%+").ofMinLength(4)
                .ofMaxLength(20);
    }

    @Property(tries = TRIES)
    void noMaskedLineHoldsTheSecret(@ForAll("fillers") List<String> before, @ForAll("names") String name,
            @ForAll("values") String value, @ForAll("fillers") List<String> after,
            @ForAll("shapes") String shape) {
        List<String> words = new ArrayList<String>(before);
        words.add(String.format(shape, name, value));
        words.addAll(after);
        String line = JvmProgram.joined(words);

        String masked = SecretMask.byDefault().mask(line);

        assertFalse(masked.contains(value), masked);
        assertEquals(masked, SecretMask.byDefault().mask(masked));
    }

    @Provide
    Arbitrary<String> shapes() {
        return Arbitraries.of("-D%s=%s", "--%s=%s", "-%s=%s", "--%s %s", "-%s %s", "%s=%s", "--%s '%s two'",
                "--%s=\"%s two\"", "'-D%s=%s'", "https://user:%2$s@host/%1$s");
    }

    @Property(tries = TRIES)
    void aLineWithoutSecretsStaysAsItWas(@ForAll("fillers") List<String> words) {
        String line = JvmProgram.joined(words);

        assertEquals(line, SecretMask.byDefault().mask(line));
    }
}
