package io.github.subcov.maven;

import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The test runs of a project that started without the coverage agent, each with the reason, so
 * that a report without data can say which run and why instead of guessing. Kept in the
 * project's context, which lives as long as this build.
 */
final class AgentlessTestJvms {

    private static final String KEY = AgentlessTestJvms.class.getName();

    private AgentlessTestJvms() {
    }

    static synchronized void record(MavenProject project, String reason) {
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) project.getContextValue(KEY);
        if (reasons == null) {
            reasons = new ArrayList<>();
            project.setContextValue(KEY, reasons);
        }
        reasons.add(reason);
    }

    @SuppressWarnings("unchecked")
    static synchronized List<String> of(MavenProject project) {
        Object reasons = project.getContextValue(KEY);
        return reasons == null ? Collections.<String>emptyList() : new ArrayList<>((List<String>) reasons);
    }
}
