package io.github.subcov.maven;

import io.github.subcov.report.check.CheckRules;
import org.jacoco.report.check.Limit;
import org.jacoco.report.check.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <rule>} of {@code subcov:check}'s {@code <rules>}, as jacoco-maven-plugin writes it:
 * {@code <element>}, {@code <includes><include>}, {@code <excludes><exclude>} and
 * {@code <limits><limit>}. Maven fills the fields; {@link CheckRules} says what they mean.
 */
public class CheckRule {

    private String element;
    private List<String> includes;
    private List<String> excludes;
    private List<CheckLimit> limits;

    /** JaCoCo's rule; throws with what is wrong when a word or a bound is. */
    Rule toRule() {
        List<Limit> jacocoLimits = new ArrayList<>();
        if (limits != null) {
            for (CheckLimit limit : limits) {
                jacocoLimits.add(limit.toLimit());
            }
        }
        return CheckRules.rule(element, includes, excludes, jacocoLimits);
    }
}
