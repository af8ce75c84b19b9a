package io.github.subcov.report.check;

import io.github.subcov.report.analysis.BundleAnalysis;
import io.github.subcov.report.analysis.ClassFiles;
import io.github.subcov.report.analysis.ClassFiles.ClassFilter;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ProcessRecord;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.check.Rule;
import org.jacoco.report.check.RulesChecker;

/**
 * Checks combined data against coverage rules with JaCoCo's own checker, over the class files
 * analysed as the report analyses them, and against the process rules.
 */
public final class CoverageCheck {

    private String title = "subcov";
    private List<File> classDirectories = Collections.emptyList();
    private List<String> includes = Collections.emptyList();
    private List<String> excludes = Collections.emptyList();
    private List<Rule> rules = Collections.emptyList();
    private boolean everyJvmRecorded;
    private List<String> jvmsRan = Collections.emptyList();

    /** The bundle's name in a violation of a {@code BUNDLE} rule; the project name, usually. */
    public CoverageCheck title(String title) {
        this.title = title;
        return this;
    }

    /** Directories of {@code .class} files to check; a missing one is a warning. */
    public CoverageCheck classDirectories(List<File> directories) {
        this.classDirectories = new ArrayList<File>(directories);
        return this;
    }

    /** Class name patterns in JaCoCo's agent syntax, as the report takes them; none means all classes. */
    public CoverageCheck includes(List<String> patterns) {
        this.includes = new ArrayList<String>(patterns);
        return this;
    }

    /** Class name patterns to leave out, as the report takes them. */
    public CoverageCheck excludes(List<String> patterns) {
        this.excludes = new ArrayList<String>(patterns);
        return this;
    }

    /** The coverage rules, made by {@link CheckRules}. */
    public CoverageCheck rules(List<Rule> coverageRules) {
        this.rules = new ArrayList<Rule>(coverageRules);
        return this;
    }

    /** Whether a covered JVM that recorded nothing is a violation. */
    public CoverageCheck everyJvmRecorded(boolean required) {
        this.everyJvmRecorded = required;
        return this;
    }

    /** Patterns of JVMs that must have run, each a rule of its own. */
    public CoverageCheck jvmsRan(List<String> patterns) {
        this.jvmsRan = new ArrayList<String>(patterns);
        return this;
    }

    /** How many rules there are to check; none makes a check pointless. */
    public int ruleCount() {
        return rules.size() + jvmsRan.size() + (everyJvmRecorded ? 1 : 0);
    }

    /** Checks every rule; the coverage rules' violations come first, in JaCoCo's order. */
    public CheckResult check(CombinedData data) throws IOException {
        List<String> warnings = new ArrayList<String>();
        List<String> violations = new ArrayList<String>();
        int violated = 0;
        if (!rules.isEmpty()) {
            violated += checkCoverage(data, violations, warnings);
        }
        if (everyJvmRecorded) {
            List<String> found = ProcessRules.everyJvmRecorded(data);
            violations.addAll(found);
            violated += found.isEmpty() ? 0 : 1;
        }
        List<String> notRan = ProcessRules.jvmsRan(data, jvmsRan);
        violations.addAll(notRan);
        violated += notRan.size();
        return new CheckResult(violations, ruleCount(), violated, warnings);
    }

    /**
     * Where no JVM recorded anything: the coverage rules and {@code everyJvmRecorded} have nothing
     * to check, as {@code jacoco:check} without data, but a JVM that had to run did not.
     */
    public CheckResult checkWithoutData() {
        List<String> notRan = ProcessRules.jvmsRan(Collections.<ProcessRecord>emptyList(), jvmsRan);
        return new CheckResult(notRan, ruleCount(), notRan.size(), Collections.<String>emptyList());
    }

    /** Adds the violations of the coverage rules; returns how many rules had one. */
    private int checkCoverage(CombinedData data, final List<String> violations, List<String> warnings)
            throws IOException {
        BundleAnalysis analysis = BundleAnalysis.analyse(
                ClassFiles.read(classDirectories, new ClassFilter(includes, excludes), warnings),
                data.executionData(), warnings);
        IBundleCoverage bundle = analysis.bundle(title);
        final Map<Rule, Boolean> violatedRules = new IdentityHashMap<Rule, Boolean>();
        RulesChecker checker = new RulesChecker();
        checker.setRules(rules);
        IReportVisitor visitor = checker.createVisitor((node, rule, limit, message) -> {
            violations.add(message);
            violatedRules.put(rule, Boolean.TRUE);
        });
        visitor.visitInfo(data.sessionInfos().getInfos(), data.executionData().getContents());
        visitor.visitBundle(bundle, null);
        visitor.visitEnd();
        return violatedRules.size();
    }
}
