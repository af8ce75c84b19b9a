package io.github.subcov.bench.measure;

import io.github.subcov.bench.Context;
import io.github.subcov.bench.ResultTable;

/** 4 and 5 share their input: the processes' files are made once for both. */
public final class CombineAndReport {

    private CombineAndReport() {
    }

    public static void run(Context context, ResultTable table) throws Exception {
        CoverageData data = CoverageData.prepare(context);
        CombineMeasure.run(context, table, data);
        ReportMeasure.run(context, table, data);
    }
}
