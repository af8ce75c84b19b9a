package io.github.subcov.bench.child;

import io.github.subcov.report.combine.CombinedData;
import io.github.subcov.report.combine.ExecCombiner;
import java.io.File;
import java.util.List;

/** Runs in a fresh JVM: what {@code subcov:combine} does, {@code <data directory> <merged .exec>}. */
public final class SubcovCombine {

    private SubcovCombine() {
    }

    public static void main(String[] args) throws Exception {
        CombinedData data = ExecCombiner.combine(List.of(new File(args[0])));
        data.writeExec(new File(args[1]));
        System.out.println(data.summaryLine());
        for (String warning : data.warnings()) {
            System.out.println("warning: " + warning);
        }
    }
}
