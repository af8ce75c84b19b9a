package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.launch.SecretMask;
import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import io.github.subcov.report.combine.ProcessManifest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges what every covered process recorded into one JaCoCo {@code .exec} file: {@code combine} and {@code report}. */
abstract class AbstractCombiningMojo extends AbstractSubcovMojo {

    /**
     * More directories to read per-process data from, besides {@code subcov.dataDirectory}, each
     * with the directories under it: the data directories of other builds, such as those of CI
     * shards that a last job gathered into one directory. Comma-separated on the command line
     * ({@code -Dsubcov.additionalDataDirectories=shards}), or in the POM as
     * {@code <additionalDataDirectories><additionalDataDirectory>path</additionalDataDirectory>...}; default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.additionalDataDirectories")
    private List<File> additionalDataDirectories;

    /**
     * The file that receives the merged execution data, in JaCoCo's {@code .exec} format, which
     * every JaCoCo tool reads ({@code jacoco:report}, {@code jacoco:check}, Sonar). A file; default
     * <code>${project.build.directory}/subcov.exec</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.destFile", defaultValue = "${project.build.directory}/subcov.exec")
    private File destFile;

    /**
     * Whether a damaged or unreadable data file fails the build: {@code true} or {@code false};
     * default {@code false}, which warns with the file's name, keeps its readable part and goes on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.failOnDataError", defaultValue = "false")
    private boolean failOnDataError;

    /**
     * How long, in milliseconds, to wait before combining for the covered JVMs still running on
     * this host (a server the build never stops, or one whose stop returned before it exited) to
     * write a snapshot, or to end: {@code 0} or more; {@code 0} asks none and combines what is on
     * disk. Default {@code 2000}. When none runs, nothing waits.
     *
     * @since 0.1.0
     */
    @Parameter(property = DumpWait.PROPERTY, defaultValue = "2000")
    private long dumpWaitMillis;

    /**
     * The names of options, system properties and variables whose values are secrets, masked in
     * every command line and warning that the report and the console show, as {@code prepare}'s
     * parameter of the same name masks them in the data directory: again here, for data that an
     * older subcov wrote. Comma-separated patterns, case ignored, {@code *} for any characters and
     * {@code ?} for one; {@code none} masks nothing. Default
     * {@code *password*,*passwd*,*secret*,*token*,*credential*,*api?key*,*apikey*,*private?key*,*_key,key}.
     *
     * @since 0.1.0
     */
    @Parameter(property = SecretMask.PROPERTY)
    private String maskPatterns;

    /**
     * Whether, in a build of several modules, the module that finishes the goal last also does it
     * for the whole build: {@code report} writes the build's report over every module's classes
     * and every module's data, {@code check} checks it. {@code true} or {@code false}; default
     * {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.aggregate", defaultValue = "true")
    private boolean aggregate;

    /**
     * The file that receives the whole build's merged execution data, as {@code destFile} does a
     * module's, when a goal does its work for the whole build (see {@code subcov.aggregate}). A
     * file; default <code>${session.executionRootDirectory}/target/subcov.exec</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.aggregateDestFile", defaultValue = "${session.executionRootDirectory}/target/subcov.exec")
    private File aggregateDestFile;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /**
     * The data of this module's JVMs, of every module of the build whose {@code prepare} has run
     * by now (a module's tests may run another module's code), and of the additional directories.
     */
    protected final List<File> moduleDataDirectories() {
        List<File> directories = new ArrayList<>();
        // a job that reports on data gathered elsewhere need not prepare this module
        if (dataDirectory().isDirectory() || additionalDataDirectories == null || additionalDataDirectories.isEmpty()) {
            directories.add(dataDirectory());
        }
        directories.addAll(BuildLedger.of(session).dataDirectories(session.getProjects()));
        if (additionalDataDirectories != null) {
            directories.addAll(additionalDataDirectories);
        }
        return directories;
    }

    /** Whether the goal is done for the whole build too: a build of several modules, with {@code subcov.aggregate}. */
    protected final boolean aggregates() {
        return aggregate && session.getProjects().size() > 1;
    }

    /**
     * Whether this module is the last of a build of several to finish this goal, and so does it for
     * the whole build; it tells the other modules that it finished, so call it once per module.
     */
    protected final boolean lastOfTheBuild() {
        return aggregates() && BuildLedger.of(session).finishedLast(mojoExecution.getGoal(), project(),
                        BuildLedger.running(session, mojoExecution));
    }

    /**
     * Combines the data of every module whose {@code prepare} ran in this build, and of the
     * additional directories, into {@code subcov.aggregateDestFile}; null when there is none.
     */
    protected final CombinedData combineBuild() throws MojoExecutionException, MojoFailureException {
        List<File> directories = buildDataDirectories();
        if (directories.isEmpty()) {
            getLog().info("subcov: no module of the build ran subcov:prepare, and no subcov.additionalDataDirectories"
                    + " are set; nothing to do for the whole build.");
            return null;
        }
        return combine(directories, aggregateDestFile);
    }

    /** Whether any module of the build prepared covered JVMs, or additional data directories are set. */
    protected final boolean buildHasData() {
        return !buildDataDirectories().isEmpty();
    }

    private List<File> buildDataDirectories() {
        List<File> directories = BuildLedger.of(session).dataDirectories(session.getProjects());
        if (additionalDataDirectories != null) {
            directories.addAll(additionalDataDirectories);
        }
        return directories;
    }

    /** The modules of the build that have classes, in the build's order. */
    protected final List<MavenProject> buildModulesWithClasses() {
        List<MavenProject> modules = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            if (hasClasses(new File(module.getBuild().getOutputDirectory()))) {
                modules.add(module);
            }
        }
        return modules;
    }

    /** The whole build's name: the project of the directory Maven runs in, else the first. */
    protected final String buildName() {
        MavenProject top = session.getTopLevelProject();
        return top != null ? top.getName() : session.getProjects().get(0).getName();
    }

    static boolean hasClasses(File directory) {
        File[] entries = directory.listFiles();
        if (entries == null) {
            return false;
        }
        for (File entry : entries) {
            if (entry.isFile() ? entry.getName().endsWith(".class") : hasClasses(entry)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any covered JVM wrote into the directories that {@link #combine} reads, without reading them. */
    protected final boolean hasData() {
        for (File directory : moduleDataDirectories()) {
            File[] written = directory.listFiles((dir, name) -> name.endsWith(DataFormat.EXEC_SUFFIX)
                    || name.endsWith(DataFormat.MANIFEST_SUFFIX));
            if (written != null && written.length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Combines this module's data ({@link #moduleDataDirectories}), writes {@code destFile} and logs
     * what it met; null when there is no data at all.
     */
    protected final CombinedData combine() throws MojoExecutionException, MojoFailureException {
        return combine(moduleDataDirectories(), destFile);
    }

    /**
     * Combines the data of {@code directories}, writes it to {@code destination} and logs what it
     * met; null when there is no data at all. The covered JVMs still running write their
     * snapshots first.
     */
    private CombinedData combine(List<File> directories, File destination)
            throws MojoExecutionException, MojoFailureException {
        DumpWait.check(dumpWaitMillis);
        SecretMask mask = SecretMask.of(PrepareMojo.maskPatterns(maskPatterns));
        if (dumpWaitMillis > 0) {
            awaitRunningJvms(new LinkedHashSet<>(directories));
        }
        CombinedData data = ExecCombiner.combine(directories, mask);
        BuildLedger ledger = BuildLedger.of(session);
        for (String warning : data.warnings()) {
            if (ledger.firstTold(warning)) {
                getLog().warn("subcov: " + warning);
            } else {
                getLog().debug("subcov: " + warning + " (told before in this build)");
            }
        }
        if (failOnDataError && !data.warnings().isEmpty()) {
            int problems = data.warnings().size();
            throw new MojoFailureException("subcov: the coverage data had " + problems
                    + (problems == 1 ? " problem" : " problems")
                    + " (see the warnings above) and subcov.failOnDataError is true.");
        }
        if (data.processes().isEmpty()) {
            if (destination.equals(destFile)) {
                logNoData();
            } else {
                getLog().info("subcov: no coverage data in " + directories + ".");
            }
            return null;
        }
        try {
            data.writeExec(destination);
        } catch (IOException failure) {
            throw new MojoExecutionException("subcov: cannot write the combined data to " + destination + " ("
                    + failure + "). Set subcov.destFile to a file that this build can write.", failure);
        }
        getLog().info(data.summaryLine() + " into " + destination);
        return data;
    }

    /**
     * Asks the JVMs still running in every directory first, then waits for them all within one
     * {@code dumpWaitMillis}: one line per directory where any was asked; a warning that names
     * those that did not answer in time.
     */
    private void awaitRunningJvms(Set<File> directories) {
        long start = System.currentTimeMillis();
        Map<File, RunningProcesses> asked = new LinkedHashMap<>();
        Map<File, Long> askedMillis = new LinkedHashMap<>();
        for (File directory : directories) {
            RunningProcesses running = RunningProcesses.in(directory);
            if (running.count() == 0) {
                continue;
            }
            try {
                askedMillis.put(directory, running.ask());
                asked.put(directory, running);
            } catch (IOException failure) {
                // what is on disk still makes a report
                getLog().warn("subcov: cannot ask the " + running.count() + " covered JVMs still running for a"
                        + " snapshot, their last checkpoint counts: cannot write a dump request to " + directory
                        + " (" + failure + "); make the data directory writable.");
            }
        }
        for (Map.Entry<File, RunningProcesses> directory : asked.entrySet()) {
            RunningProcesses running = directory.getValue();
            long left = Math.max(0, start + dumpWaitMillis - System.currentTimeMillis());
            List<ProcessManifest> silent = running.awaitAnswersSince(askedMillis.get(directory.getKey()), left);
            if (silent.isEmpty()) {
                getLog().info("subcov: " + running.count() + " of " + running.count() + " covered JVMs still running"
                        + " wrote a snapshot or ended within " + (System.currentTimeMillis() - start) + " ms");
            } else {
                getLog().warn("subcov: " + silent.size() + " of " + running.count() + " covered JVMs still running"
                        + " did not answer within " + dumpWaitMillis + " ms; their last checkpoint counts, raise "
                        + DumpWait.PROPERTY + " to wait longer: " + RunningProcesses.describe(silent));
            }
        }
    }

    /** Says why nothing was recorded where the build knows it, and only asks where it does not. */
    private void logNoData() {
        List<String> agentless = AgentlessTestJvms.of(project());
        for (String reason : agentless) {
            getLog().warn("subcov: no coverage data in " + dataDirectory() + ": " + reason);
        }
        if (!agentless.isEmpty()) {
            return;
        }
        if (project().getContextValue(PrepareMojo.PREPARED) != null) {
            getLog().info("subcov: no coverage data in " + dataDirectory() + ": subcov:prepare ran, but no covered JVM"
                    + " wrote any; did any tests run?");
        } else {
            getLog().info("subcov: no coverage data in " + dataDirectory() + "; did subcov:prepare run before the tests?");
        }
    }
}
