package io.github.subcov.report.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jacoco.core.analysis.ICounter.CounterValue;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.jacoco.report.check.Limit;
import org.jacoco.report.check.Rule;

/**
 * JaCoCo's {@code Rule} and {@code Limit} from the words of a jacoco-maven-plugin {@code <rule>}: an
 * element, include and exclude patterns, and limits of a counter's value. A word that JaCoCo does not
 * know is an error that lists the words it does.
 */
public final class CheckRules {

    static final String UNKNOWN_WORD = "<%s> is \"%s\"; it must be one of %s";
    static final String NO_BOUND = "a limit of %s %s has neither <minimum> nor <maximum>; give one or both";
    static final String BAD_BOUND = "<%s> of %s %s is \"%s\"; write a number such as 0.80, or a percentage such"
            + " as 80%%";

    private CheckRules() {
    }

    /**
     * A rule on every element of a type ({@code BUNDLE} when null) whose name the patterns (JaCoCo's
     * wildcards) accept; no includes is all.
     */
    public static Rule rule(String element, List<String> includes, List<String> excludes, List<Limit> limits) {
        Rule rule = new Rule();
        rule.setElement(element == null ? ElementType.BUNDLE : word("element", element, ElementType.class));
        rule.setIncludes(includes == null || includes.isEmpty() ? "*" : String.join(":", includes));
        rule.setExcludes(excludes == null ? "" : String.join(":", excludes));
        rule.setLimits(limits == null ? new ArrayList<Limit>() : new ArrayList<Limit>(limits));
        return rule;
    }

    /**
     * A limit of a counter's value; JaCoCo's defaults where a word is missing ({@code INSTRUCTION},
     * {@code COVEREDRATIO}). Bounds are numbers ({@code 0.80}) or percentages ({@code 80%}); their
     * decimal places set those of the value in a violation.
     */
    public static Limit limit(String counter, String value, String minimum, String maximum) {
        Limit limit = new Limit();
        if (counter != null) {
            limit.setCounter(word("counter", counter, CounterEntity.class).name());
        }
        if (value != null) {
            limit.setValue(word("value", value, CounterValue.class).name());
        }
        if (minimum == null && maximum == null) {
            throw new IllegalArgumentException(String.format(NO_BOUND, limit.getEntity(), limit.getValue()));
        }
        try {
            limit.setMinimum(minimum);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(BAD_BOUND, "minimum", limit.getEntity(),
                    limit.getValue(), minimum), e);
        }
        try {
            limit.setMaximum(maximum);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(BAD_BOUND, "maximum", limit.getEntity(),
                    limit.getValue(), maximum), e);
        }
        return limit;
    }

    private static <E extends Enum<E>> E word(String tag, String text, Class<E> words) {
        String trimmed = text == null ? "" : text.trim();
        for (E known : words.getEnumConstants()) {
            if (known.name().equals(trimmed)) {
                return known;
            }
        }
        throw new IllegalArgumentException(String.format(UNKNOWN_WORD, tag, text,
                Arrays.toString(words.getEnumConstants())));
    }
}
