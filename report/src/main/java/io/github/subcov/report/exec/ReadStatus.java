package io.github.subcov.report.exec;

/** How much of a process's {@code .exec} file could be read. */
public enum ReadStatus {
    /** Read to its end. */
    COMPLETE,
    /** Truncated or corrupt; the records before the break were kept. */
    SALVAGED,
    /** Nothing usable: not JaCoCo data, another format version, or broken before its first record. */
    UNREADABLE,
    /** Zero bytes long. */
    EMPTY,
    /** No {@code .exec} file at all, only a manifest. */
    MISSING;

    /** Whether class records were read: the file was read to its end or salvaged. */
    public boolean hasRecords() {
        return this == COMPLETE || this == SALVAGED;
    }
}
