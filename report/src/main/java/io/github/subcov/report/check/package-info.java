/**
 * Checking the combined coverage against rules, for {@code subcov:check}.
 * {@link io.github.subcov.report.check.CheckRules} turns rules written as jacoco-maven-plugin's
 * {@code <rules>} are (element, includes, excludes, limits) into JaCoCo's own {@code Rule} and
 * {@code Limit}, so a rule means here what it means to {@code jacoco:check}.
 * {@link io.github.subcov.report.check.CoverageCheck} analyses the class files as the report does
 * and runs JaCoCo's {@code RulesChecker} over them, then the rules only subcov can check, about the
 * processes ({@link io.github.subcov.report.check.ProcessRules}).
 *
 * <p>Hands to the goal: every violation as one line, in JaCoCo's wording for coverage rules, and how
 * many rules were violated.
 */
package io.github.subcov.report.check;
