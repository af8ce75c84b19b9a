package io.github.subcov.bench;

import io.github.subcov.bench.generate.GeneratedApp;

/** What every measurement needs: the files, the round counts and the generated application. */
public final class Context {

    public final BenchFiles files;
    public final Settings settings;
    public final GeneratedApp app;

    public Context(BenchFiles files, Settings settings, GeneratedApp app) {
        this.files = files;
        this.settings = settings;
        this.app = app;
    }
}
