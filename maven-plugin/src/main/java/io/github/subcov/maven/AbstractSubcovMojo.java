package io.github.subcov.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;

/** What every subcov goal shares: {@code subcov.skip} and where the per-process data lives. */
abstract class AbstractSubcovMojo extends AbstractMojo {

    /** Turns every subcov goal off: the build runs as if subcov were not there. */
    @Parameter(property = "subcov.skip", defaultValue = "false")
    private boolean skip;

    /** Directory where each covered JVM writes its {@code .exec} file and JSON manifest. */
    @Parameter(property = "subcov.dataDirectory", defaultValue = "${project.build.directory}/subcov")
    private File dataDirectory;

    /** Classes to cover, in JaCoCo's syntax: {@code com.example.*:org.acme.Main}. Default: all. */
    @Parameter(property = "subcov.includes")
    private String includes;

    /** Classes not to cover, in JaCoCo's syntax: {@code com.example.generated.*}. */
    @Parameter(property = "subcov.excludes")
    private String excludes;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

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

    protected final String includes() {
        return includes;
    }

    protected final String excludes() {
        return excludes;
    }

    protected final MavenProject project() {
        return project;
    }

    protected final MavenSession session() {
        return session;
    }
}
