package io.github.subcov.interceptor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    private static final SecretMask DEFAULT = SecretMask.byDefault();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "java -Dpassword=hunter2 app.Main|java -Dpassword=****** app.Main",
        "java -Ddb.password=hunter2 -cp x app.Main|java -Ddb.password=****** -cp x app.Main",
        "java -Dsecret.value=hunter2 app.Main|java -Dsecret.value=****** app.Main",
        "java app.Main --token hunter2 --verbose|java app.Main --token ****** --verbose",
        "java app.Main --token=hunter2|java app.Main --token=******",
        "java app.Main --api-key hunter2|java app.Main --api-key ******",
        "java app.Main -apiKey=hunter2|java app.Main -apiKey=******",
        "sh -c AWS_SECRET_ACCESS_KEY=hunter2 java app.Main|sh -c AWS_SECRET_ACCESS_KEY=****** java app.Main",
        "env GITHUB_TOKEN=hunter2 ./run.sh|env GITHUB_TOKEN=****** ./run.sh",
        "java app.Main --key hunter2|java app.Main --key ******",
        "java app.Main --password 'hunter2 and more' x|java app.Main --password ****** x",
        "java app.Main --password=\"hunter2 and more\" x|java app.Main --password=****** x",
        "sh -c 'java -Dpassword=hunter2 app.Main'|sh -c 'java -Dpassword=****** app.Main'",
        "java app.Main jdbc:postgresql://app:hunter2@db/x|java app.Main jdbc:postgresql://app:******@db/x",
        "[java, --token, hunter2, app.Main]|[java, --token, ****** app.Main]",
    })
    void masksTheValueOfEveryNameThatLooksLikeASecret(String line, String masked) {
        assertEquals(masked, DEFAULT.mask(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/usr/lib/jvm/bin/java -cp /a/b.jar:/c app.Main one two",
        "java -Dpassword -cp x app.Main",
        "java -XX:+UseG1GC -Dmonkey.count=3 -jar server.jar --port=8080",
        "java -javaagent:/x/token-agent.jar=a=b -cp /home/o'brien/x app.Main",
        "java -Dsort.key.order=asc app.Main https://example.com/a@b",
    })
    void leavesEverythingElseAsItWas(String line) {
        assertEquals(line, DEFAULT.mask(line));
    }

    @Test
    void aQuoteInsideAPathHidesNoSecretAfterIt() {
        assertEquals("java -cp /home/o'brien/x app.Main --token ******",
                DEFAULT.mask("java -cp /home/o'brien/x app.Main --token hunter2"));
    }

    @Test
    void namesAreMatchedWholeIgnoringCase() {
        assertTrue(DEFAULT.isSecret("DB_PASSWORD"));
        assertTrue(DEFAULT.isSecret("Api.Key"));
        assertTrue(DEFAULT.isSecret("key"));
        assertFalse(DEFAULT.isSecret("monkey"));
        assertFalse(DEFAULT.isSecret("keyboard"));
    }

    @Test
    void ownPatternsReplaceTheDefaultAndNoneMasksNothing() {
        SecretMask pin = SecretMask.of("*pin");
        assertEquals("tool --pin ****** --password hunter2", pin.mask("tool --pin 1234 --password hunter2"));
        assertEquals("tool --password hunter2", SecretMask.of("none").mask("tool --password hunter2"));
        assertEquals("tool --password ******", SecretMask.of(null).mask("tool --password hunter2"));
        assertNull(DEFAULT.mask(null));
    }

    @Test
    void checkTrimsAndRefusesAnEmptyPattern() {
        assertEquals("*pin*,*token*", SecretMask.check(SecretMask.PROPERTY, " *pin*, *token* "));
        assertNull(SecretMask.check(SecretMask.PROPERTY, " "));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SecretMask.check(SecretMask.PROPERTY, "*pin*,"));
        assertTrue(refused.getMessage().startsWith("subcov.maskPatterns is \"*pin*,\": an empty pattern"),
                refused.getMessage());
    }
}
