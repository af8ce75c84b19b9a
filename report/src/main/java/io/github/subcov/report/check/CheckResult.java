package io.github.subcov.report.check;

import java.util.Collections;
import java.util.List;

/** What a check found: every violation as one line, how many rules it checked and how many failed. */
public final class CheckResult {

    private final List<String> violations;
    private final int rules;
    private final int rulesViolated;
    private final List<String> warnings;

    CheckResult(List<String> violations, int rules, int rulesViolated, List<String> warnings) {
        this.violations = Collections.unmodifiableList(violations);
        this.rules = rules;
        this.rulesViolated = rulesViolated;
        this.warnings = Collections.unmodifiableList(warnings);
    }

    /** Each violation: the element, the counter and value found and the limit, or the process and why. */
    public List<String> violations() {
        return violations;
    }

    /** How many rules were checked: each coverage rule, each {@code jvmsRan} pattern, every-JVM-recorded. */
    public int rules() {
        return rules;
    }

    /** How many of them had at least one violation. */
    public int rulesViolated() {
        return rulesViolated;
    }

    /** What went wrong reading or analysing class files; the check ran without them. */
    public List<String> warnings() {
        return warnings;
    }
}
