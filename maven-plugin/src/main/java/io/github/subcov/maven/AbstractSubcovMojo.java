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

    /**
     * Turns the goal off: the build runs as if subcov were not there. {@code true} or
     * {@code false}; default {@code false}.
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
            return;
        }
        try {
            executeMojo();
        } catch (RuntimeException failure) {
            // subcov's own bug must not cost the user a build: say so loudly and go on
            getLog().warn("subcov: " + getClass().getSimpleName() + " failed, the build goes on without it: "
                    + failure, failure);
        }
    }

    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

    protected final File dataDirectory() {
        return dataDirectory;
    }

    protected final MavenProject project() {
        return project;
    }
}
