package io.github.subcov.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jacoco.core.analysis.ICounter.CounterValue;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.jacoco.report.check.Limit;
import org.jacoco.report.check.Rule;
import org.junit.jupiter.api.Test;

class CheckRulesTest {

    @Test
    void theWordsOfJacocoMavenPluginMakeJacocosRule() {
        Limit limit = CheckRules.limit("BRANCH", "MISSEDCOUNT", null, "3");
        Rule rule = CheckRules.rule("PACKAGE", List.of("com.a.*", "com.b"), List.of("*.gen"), List.of(limit));

        assertEquals(ElementType.PACKAGE, rule.getElement());
        assertEquals("com.a.*:com.b", rule.getIncludes());
        assertEquals("*.gen", rule.getExcludes());
        assertEquals(List.of(limit), rule.getLimits());
        assertEquals(CounterEntity.BRANCH, limit.getEntity());
        assertEquals(CounterValue.MISSEDCOUNT, limit.getValue());
        assertEquals("3", limit.getMaximum());
    }

    @Test
    void missingWordsTakeJacocosDefaults() {
        Rule rule = CheckRules.rule(null, null, null, null);
        Limit limit = CheckRules.limit(null, null, "80%", null);

        assertEquals(ElementType.BUNDLE, rule.getElement());
        assertEquals("*", rule.getIncludes());
        assertEquals("", rule.getExcludes());
        assertEquals(CounterEntity.INSTRUCTION, limit.getEntity());
        assertEquals(CounterValue.COVEREDRATIO, limit.getValue());
        assertEquals("0.80", limit.getMinimum());
    }

    @Test
    void anUnknownWordListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckRules.rule("FILE", null, null, null));
        assertEquals("<element> is \"FILE\"; it must be one of [METHOD, CLASS, SOURCEFILE, PACKAGE, BUNDLE,"
                + " GROUP]",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CheckRules.limit("LINES", null, "1", null));
        assertEquals("<counter> is \"LINES\"; it must be one of [INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD,"
                + " CLASS]", e.getMessage());
    }

    @Test
    void aLimitNeedsABoundThatIsANumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckRules.limit("LINE", null, null, null));
        assertEquals("a limit of LINE COVEREDRATIO has neither <minimum> nor <maximum>; give one or both",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CheckRules.limit("LINE", null, "most", null));
        assertEquals("<minimum> of LINE COVEREDRATIO is \"most\"; write a number such as 0.80, or a percentage"
                + " such as 80%", e.getMessage());
    }
}
