package io.github.subcov.interceptor.hook;

import io.github.subcov.interceptor.data.ProcessManifest;
import io.github.subcov.interceptor.launch.JvmProgram;
import io.github.subcov.interceptor.launch.LaunchRewriter;
import io.github.subcov.interceptor.launch.ProcessFilter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Records each {@code java} child that a process filter kept from being covered with a manifest in
 * the data directory, so the report can name it: the child itself runs without subcov.
 */
public final class SkippedChildren implements LaunchRewriter.SkippedLaunches {

    private final File dataDirectory;
    private final String parentId;
    private final String maskPatterns;

    /** @param maskPatterns {@code subcov.maskPatterns} as the config holds it, null for the default */
    public SkippedChildren(File dataDirectory, String parentId, String maskPatterns) {
        this.dataDirectory = dataDirectory;
        this.parentId = parentId;
        this.maskPatterns = maskPatterns;
    }

    @Override
    public void skipped(List<String> command, ProcessFilter.Skip skip) throws IOException {
        ProcessManifest.writeSkippedLaunch(dataDirectory, parentId, JvmProgram.joined(command),
                System.currentTimeMillis(), skip.filter(), skip.name(), maskPatterns);
    }
}
