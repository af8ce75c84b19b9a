package io.github.subcov.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Merges what every covered process recorded into one JaCoCo {@code .exec} file,
 * {@code target/subcov.exec}, which every JaCoCo tool reads. The covered JVMs still running on
 * this host are asked for a snapshot first, as {@code dump} does. A damaged data file is salvaged
 * or skipped with a warning that names it. Runs by default in the {@code post-integration-test}
 * phase.
 *
 * @since 0.1.0
 */
@Mojo(name = "combine", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class CombineMojo extends AbstractCombiningMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        combine();
    }
}
