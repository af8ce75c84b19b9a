package io.github.subcov.report.exec;

/** What reading an {@code .exec} file gave, made up for the tests of the stages after reading. */
public final class SalvagedExecs {

    private SalvagedExecs() {
    }

    /** A file of {@code size} bytes that was read as {@code status} and gave no records. */
    public static SalvagedExec withoutData(ReadStatus status, long size) {
        return SalvagedExec.withoutData(status, null, size);
    }
}
