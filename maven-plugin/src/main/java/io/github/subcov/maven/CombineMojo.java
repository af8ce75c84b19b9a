package io.github.subcov.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Merges the data of every covered process into {@code target/subcov.exec}; damaged files are
 * salvaged or skipped with a warning that names them.
 */
@Mojo(name = "combine", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class CombineMojo extends AbstractCombiningMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        combine();
    }
}
