package stamp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes the project's build stamp into its build directory. */
@Mojo(name = "stamp", defaultPhase = LifecyclePhase.VALIDATE)
public class StampMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File directory;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    private String artifactId;

    @Parameter(property = "stamp.label")
    private String label;

    @Override
    public void execute() throws MojoExecutionException {
        String stamp = Stamp.of(artifactId, label);
        getLog().info("stamp: " + stamp);
        try {
            Files.createDirectories(directory.toPath());
            Files.writeString(new File(directory, "stamp.txt").toPath(), stamp);
        } catch (IOException failure) {
            throw new MojoExecutionException("cannot write the stamp", failure);
        }
    }
}
