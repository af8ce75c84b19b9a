package io.github.subcov.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What subcov's goals in the modules of one build tell each other: which modules' JVMs write data
 * where, which module finishes a goal last, and so writes the whole build's report or check, and
 * which warnings about the data have been told.
 * It lives in the build's session data, shared by every module and by every thread of
 * {@code -T}; it holds JDK types only, as two modules may load subcov's classes apart.
 */
final class BuildLedger {

    private static final String KEY = "io.github.subcov.build";

    private final ConcurrentMap<String, Object> entries;

    private BuildLedger(ConcurrentMap<String, Object> entries) {
        this.entries = entries;
    }

    @SuppressWarnings("unchecked")
    static BuildLedger of(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        Object entries = data.get(KEY);
        while (entries == null) {
            data.set(KEY, null, new ConcurrentHashMap<String, Object>());
            entries = data.get(KEY);
        }
        return new BuildLedger((ConcurrentMap<String, Object>) entries);
    }

    /** {@code prepare} ran in {@code project}: its covered JVMs write into {@code dataDirectory}. */
    void prepared(MavenProject project, File dataDirectory) {
        entries.put("prepared " + project.getId(), dataDirectory.getAbsoluteFile());
    }

    /** The data directories of the modules of {@code projects} whose {@code prepare} has run, in their order. */
    List<File> dataDirectories(List<MavenProject> projects) {
        List<File> directories = new ArrayList<>();
        for (MavenProject project : projects) {
            Object directory = entries.get("prepared " + project.getId());
            if (directory instanceof File && !directories.contains(directory)) {
                directories.add((File) directory);
            }
        }
        return directories;
    }

    /**
     * True the first time {@code warning} is told in the build: every later module's report reads
     * the data directories of the modules before it, and would tell of a damaged file again.
     */
    boolean firstTold(String warning) {
        return entries.putIfAbsent("told " + warning, Boolean.TRUE) == null;
    }

    /**
     * Records that {@code goal} finished in {@code project}; true for one caller in the build: the
     * one after which every module that runs the goal has finished it.
     */
    boolean finishedLast(String goal, MavenProject project, List<MavenProject> running) {
        synchronized (entries) {
            entries.put(goal + " finished " + project.getId(), Boolean.TRUE);
            for (MavenProject other : running) {
                if (!entries.containsKey(goal + " finished " + other.getId())) {
                    return false;
                }
            }
            return entries.putIfAbsent(goal + " of the build", Boolean.TRUE) == null;
        }
    }

    /**
     * The modules of the build that run the goal of {@code execution}: all of them when it was
     * named on the command line, as Maven then runs it in each; otherwise those whose POM binds it.
     */
    static List<MavenProject> running(MavenSession session, MojoExecution execution) {
        if (execution.getExecutionId().startsWith("default-cli")) {
            return session.getProjects();
        }
        String goal = execution.getGoal();
        String plugin = execution.getGroupId() + ":" + execution.getArtifactId();
        List<MavenProject> running = new ArrayList<>();
        for (MavenProject project : session.getProjects()) {
            if (binds(project, plugin, goal)) {
                running.add(project);
            }
        }
        return running;
    }

    private static boolean binds(MavenProject project, String pluginKey, String goal) {
        for (Plugin plugin : project.getBuildPlugins()) {
            if (plugin.getKey().equals(pluginKey)) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (execution.getGoals().contains(goal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
