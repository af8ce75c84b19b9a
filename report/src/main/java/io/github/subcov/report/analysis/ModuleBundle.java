package io.github.subcov.report.analysis;

import org.jacoco.core.analysis.IBundleCoverage;

/** The coverage of one module's classes (or of one multi-release variant of them), with the module it belongs to. */
public final class ModuleBundle {

    private final String module;
    private final IBundleCoverage coverage;

    ModuleBundle(String module, IBundleCoverage coverage) {
        this.module = module;
        this.coverage = coverage;
    }

    /** The module's name as its classes were read; empty for classes read without one. */
    public String module() {
        return module;
    }

    /** Its coverage, named for the report. */
    public IBundleCoverage coverage() {
        return coverage;
    }
}
