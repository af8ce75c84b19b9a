package io.github.subcov.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;

/** Maven's view of a build, made outside Maven: its modules, its session and a goal's execution. */
final class Builds {

    static final String GROUP = "io.github.subcov";
    static final String PLUGIN = "subcov-maven-plugin";

    private Builds() {
    }

    static MavenProject module(String artifactId, File basedir) {
        MavenProject project = new MavenProject();
        project.setGroupId("it");
        project.setArtifactId(artifactId);
        project.setVersion("1.0");
        project.setFile(new File(basedir, "pom.xml"));
        project.getBuild().setDirectory(new File(basedir, "target").getPath());
        project.getBuild().setOutputDirectory(new File(basedir, "target/classes").getPath());
        return project;
    }

    /** A module whose POM binds {@code goal} of subcov in an execution. */
    static MavenProject binding(MavenProject project, String goal) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(GROUP);
        plugin.setArtifactId(PLUGIN);
        PluginExecution execution = new PluginExecution();
        execution.setId("coverage");
        execution.addGoal(goal);
        plugin.addExecution(execution);
        project.getBuild().addPlugin(plugin);
        return project;
    }

    @SuppressWarnings("deprecation")
    static MavenSession session(File root, List<MavenProject> projects) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setBaseDirectory(root);
        MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(), request,
                new DefaultMavenExecutionResult());
        session.setProjects(projects);
        return session;
    }

    static MojoExecution execution(String goal, String executionId) {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId(GROUP);
        plugin.setArtifactId(PLUGIN);
        MojoDescriptor mojo = new MojoDescriptor();
        mojo.setGoal(goal);
        mojo.setPluginDescriptor(plugin);
        return new MojoExecution(mojo, executionId);
    }

    /** Gives a goal of {@code project} the session and execution Maven would inject. */
    static <T extends AbstractSubcovMojo> T inBuild(T goal, MavenProject project, MavenSession session,
            MojoExecution execution) {
        MojoFields.with(goal, "project", project);
        MojoFields.with(goal, "session", session);
        MojoFields.with(goal, "mojoExecution", execution);
        return goal;
    }
}
