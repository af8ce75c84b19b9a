package io.github.subcov.maven;

import io.github.subcov.report.check.CheckRules;
import org.jacoco.report.check.Limit;

/**
 * One {@code <limit>} of a {@link CheckRule}, as jacoco-maven-plugin writes it: {@code <counter>},
 * {@code <value>}, {@code <minimum>} and {@code <maximum>}.
 */
public class CheckLimit {

    private String counter;
    private String value;
    private String minimum;
    private String maximum;

    Limit toLimit() {
        return CheckRules.limit(counter, value, minimum, maximum);
    }
}
