package io.github.subcov.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;

/**
 * What every subcov goal shares: {@code subcov.skip} and the data directory. Each goal declares
 * the other parameters it reads, so that {@code mvn subcov:help -Ddetail} lists only those.
 */
abstract class AbstractSubcovMojo extends AbstractMojo {

    /** Where a bug of subcov's is to be reported. */
    static final String ISSUES = "https://github.com/subcov/subcov/issues";
    /** The error, then where its stack trace is: an internal error's cause and its fix. */
    static final String INTERNAL_ERROR = "subcov failed with an internal error (%s)%s. It is a bug in subcov, not in"
            + " your build: please report it at " + ISSUES + " with the stack trace %s; meanwhile -Dsubcov.skip=true"
            + " builds without subcov.";

    /**
     * Turns the goal off: the build runs as if subcov were not there. {@code prepare} then sets
     * {@code argLine} (or what {@code subcov.propertyName} names) and {@code subcov.argLine} to the
     * empty string where the project does not set them, as {@code jacoco:prepare-agent} does, so that
     * an {@code <argLine>} that says <code>@{argLine}</code> or <code>${argLine}</code> still works.
     * {@code true} or {@code false}; default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The directory where each covered JVM writes what it recorded: one JaCoCo {@code .exec} file
     * and one JSON manifest per process. {@code prepare} creates it and names it to every covered
     * JVM, {@code dump} asks the JVMs that write there for a snapshot, {@code combine} and
     * {@code report} read it. A directory; default <code>${project.build.directory}/subcov</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.dataDirectory", defaultValue = "${project.build.directory}/subcov")
    private File dataDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping subcov: subcov.skip is true.");
            skipped();
            return;
        }
        guarded(this::executeMojo);
    }

    /** Does a goal's work; a bug of subcov's in it goes to {@link #internalError}. */
    protected final void guarded(Work work) throws MojoExecutionException, MojoFailureException {
        try {
            work.run();
        } catch (RuntimeException | LinkageError bug) {
            internalError(bug);
        }
    }

    protected final boolean skip() {
        return skip;
    }

    /** What the goal still does when skipped: nothing, unless it says otherwise. */
    protected void skipped() throws MojoExecutionException, MojoFailureException {
    }

    /**
     * A bug of subcov's, not a problem of the build's: it fails the build, as a goal whose work is
     * the coverage data or the report must not leave a green build without them. Damaged data is
     * not a bug, and only warns unless {@code subcov.failOnDataError}.
     */
    protected void internalError(Throwable bug) throws MojoExecutionException {
        throw new MojoExecutionException(String.format(INTERNAL_ERROR, bug, "", "that mvn -e prints"), bug);
    }

    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

    /** A goal's work, which may fail the build. */
    interface Work {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    protected final File dataDirectory() {
        return dataDirectory;
    }

    protected final MavenProject project() {
        return project;
    }
}
