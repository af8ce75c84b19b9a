package io.github.subcov.maven;

import io.github.subcov.report.check.CheckResult;
import io.github.subcov.report.check.CoverageCheck;
import io.github.subcov.report.combine.CombinedData;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jacoco.report.check.Rule;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Combines what every covered process recorded, as {@code report} does, and checks it against
 * coverage rules in jacoco-maven-plugin's {@code <rules>} syntax and against process rules; fails
 * the build when one is violated, after listing every violation. Runs by default in the
 * {@code verify} phase, after {@code report} when both are bound there.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCombiningMojo {

    static final String NO_RULES = "subcov:check has no rules to check. Configure <rules> (jacoco:check's syntax:"
            + " <rules><rule><element>BUNDLE</element><limits><limit><counter>LINE</counter><value>COVEREDRATIO</value>"
            + "<minimum>0.80</minimum></limit></limits></rule></rules>), <everyJvmRecorded> or <jvmsRan>.";
    static final String BAD_RULE = "subcov:check's rules are not valid: %s.";
    static final String FAILED = "subcov: %d of %d rules violated (%d %s, listed above).";
    static final String ALL_MET = "subcov: all %d rules met.";

    /**
     * The coverage rules, in jacoco-maven-plugin's syntax, so that the {@code <rules>} of a
     * {@code jacoco:check} can be pasted here: each {@code <rule>} has an {@code <element>}
     * ({@code BUNDLE}, the default, {@code PACKAGE}, {@code CLASS}, {@code SOURCEFILE} or
     * {@code METHOD}), optional {@code <includes><include>} and {@code <excludes><exclude>} name
     * patterns with {@code *} and {@code ?}, and {@code <limits>}; each {@code <limit>} names a
     * {@code <counter>} ({@code INSTRUCTION}, the default, {@code LINE}, {@code BRANCH},
     * {@code COMPLEXITY}, {@code METHOD}, {@code CLASS}), a {@code <value>} ({@code TOTALCOUNT},
     * {@code COVEREDCOUNT}, {@code MISSEDCOUNT}, {@code COVEREDRATIO}, the default, {@code MISSEDRATIO})
     * and a {@code <minimum>} or {@code <maximum>} or both ({@code 0.80} or {@code 80%}). Default: none.
     * With no rules and no process rules the goal fails and says so, as {@code jacoco:check}, whose
     * {@code rules} are required, does.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<CheckRule> rules;

    /**
     * A process rule: every covered JVM must have recorded data; a JVM that recorded nothing (killed
     * before its first checkpoint, ran no instrumented code, wrote no file) is a violation that names
     * it and why. JVMs that {@code subcov.processExcludes} or {@code subcov.processIncludes} kept from
     * being covered do not count. {@code true} or {@code false}; default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.everyJvmRecorded", defaultValue = "false")
    private boolean everyJvmRecorded;

    /**
     * Process rules: for each pattern, a JVM that matches it must have run in the build (covered or
     * skipped by a process filter), as {@code <jvmsRan><jvm>app.Main</jvm><jvm>*-server.jar</jvm></jvmsRan>}.
     * A pattern matches as those of {@code subcov.processIncludes} do: the whole main class, jar file
     * name or command line, {@code *} for any characters and {@code ?} for one. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> jvmsRan;

    /**
     * Whether a violated rule fails the build: {@code true} lists every violation as an error and
     * then fails once; {@code false} lists them as warnings and goes on. Default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    /**
     * The classes to check, as {@code report}'s parameter of the same name: patterns separated by
     * {@code :}; default: every class of the module.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.includes")
    private String includes;

    /**
     * The classes to leave out of the check, as {@code report}'s parameter of the same name;
     * default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.excludes")
    private String excludes;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        List<Rule> coverageRules = coverageRules();
        if (coverageRules.isEmpty() && !everyJvmRecorded && (jvmsRan == null || jvmsRan.isEmpty())) {
            throw new MojoExecutionException(NO_RULES);
        }
        checkModule(coverageRules);
        if (lastOfTheBuild()) {
            checkBuild(coverageRules);
        }
    }

    /** A module that skips subcov still ends the build's check when it is the last one and others did not skip. */
    @Override
    protected void skipped() throws MojoExecutionException, MojoFailureException {
        if (lastOfTheBuild() && buildHasData()) {
            checkBuild(coverageRules());
        }
    }

    /**
     * The coverage rules over the module's classes; the process rules too, unless the whole build
     * is checked, where they belong: a module's tests need not start the JVM that a rule names.
     */
    private void checkModule(List<Rule> coverageRules) throws MojoExecutionException, MojoFailureException {
        File classes = new File(project().getBuild().getOutputDirectory());
        boolean processRules = !aggregates();
        CoverageCheck check = configured(project().getName(), hasClasses(classes) ? coverageRules
                : Collections.<Rule>emptyList(), processRules).classDirectories(Collections.singletonList(classes));
        if (check.ruleCount() == 0) {
            getLog().info("subcov: nothing to check in " + project().getArtifactId() + ": "
                    + (hasClasses(classes) ? "it has no coverage rules" : "no classes in " + classes)
                    + (processRules ? "" : "; the process rules are checked for the whole build"));
            return;
        }
        run(check, combine(), "");
    }

    private void checkBuild(List<Rule> coverageRules) throws MojoExecutionException, MojoFailureException {
        List<File> classes = new ArrayList<>();
        for (MavenProject module : buildModulesWithClasses()) {
            classes.add(new File(module.getBuild().getOutputDirectory()));
        }
        CoverageCheck check = configured(buildName(), classes.isEmpty() ? Collections.<Rule>emptyList()
                : coverageRules, true).classDirectories(classes);
        if (check.ruleCount() > 0) {
            run(check, combineBuild(), "the whole build: ");
        }
    }

    private void run(CoverageCheck check, CombinedData data, String scope)
            throws MojoExecutionException, MojoFailureException {
        CheckResult result;
        try {
            // without data only jvmsRan can be checked, and fails: a JVM that had to run did not
            result = data == null ? check.checkWithoutData() : check.check(data);
        } catch (IOException failure) {
            throw new MojoExecutionException("subcov: cannot check the coverage of " + scope
                    + project().getBuild().getOutputDirectory() + " (" + failure + ").", failure);
        }
        for (String warning : result.warnings()) {
            getLog().warn("subcov: " + warning);
        }
        if (data == null && result.rulesViolated() == 0) {
            // nothing was checked: the lines about the missing data say why
            return;
        }
        report(result, scope);
    }

    private List<Rule> coverageRules() throws MojoExecutionException {
        List<Rule> coverageRules = new ArrayList<>();
        try {
            for (CheckRule rule : rules == null ? Collections.<CheckRule>emptyList() : rules) {
                coverageRules.add(rule.toRule());
            }
        } catch (IllegalArgumentException invalid) {
            throw new MojoExecutionException(String.format(BAD_RULE, invalid.getMessage()), invalid);
        }
        return coverageRules;
    }

    private CoverageCheck configured(String title, List<Rule> coverageRules, boolean processRules) {
        return new CoverageCheck()
                .title(title)
                .includes(ReportMojo.patterns(includes))
                .excludes(ReportMojo.patterns(excludes))
                .rules(coverageRules)
                .everyJvmRecorded(processRules && everyJvmRecorded)
                .jvmsRan(processRules && jvmsRan != null ? jvmsRan : Collections.<String>emptyList());
    }

    private void report(CheckResult result, String scope) throws MojoFailureException {
        if (result.rulesViolated() == 0) {
            getLog().info(String.format(ALL_MET, result.rules()).replaceFirst("^subcov: ", "subcov: " + scope));
            return;
        }
        for (String violation : result.violations()) {
            if (haltOnFailure) {
                getLog().error("subcov: " + violation);
            } else {
                getLog().warn("subcov: " + violation);
            }
        }
        int count = result.violations().size();
        String failed = String.format(FAILED, result.rulesViolated(), result.rules(), count,
                count == 1 ? "violation" : "violations").replaceFirst("^subcov: ", "subcov: " + scope);
        if (haltOnFailure) {
            throw new MojoFailureException(failed);
        }
        getLog().warn(failed + " subcov.haltOnFailure is false: the build goes on.");
    }
}
