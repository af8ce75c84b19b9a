package io.github.subcov.report;

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
    MISSING
}
