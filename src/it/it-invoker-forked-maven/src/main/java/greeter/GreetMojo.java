package greeter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes a greeting into the project's build directory. */
@Mojo(name = "greet", defaultPhase = LifecyclePhase.VALIDATE)
public class GreetMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File directory;

    @Parameter(property = "greet.name", defaultValue = "world")
    private String name;

    @Parameter(property = "greet.loud", defaultValue = "false")
    private boolean loud;

    @Override
    public void execute() throws MojoExecutionException {
        String greeting = loud ? Greeting.loud(name) : Greeting.of(name);
        getLog().info(greeting);
        try {
            Files.createDirectories(directory.toPath());
            Files.writeString(new File(directory, "greeting.txt").toPath(), greeting);
        } catch (IOException failure) {
            throw new MojoExecutionException("cannot write the greeting", failure);
        }
    }
}
