package io.github.subcov.interceptor;

import fixtures.ShowFingerprints;
import io.github.subcov.interceptor.CoveredJvm.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * With the JaCoCo agent subcov starts, a checkpoint tells "nothing ran since the last write" from
 * a fingerprint of the probes, not by serialising every class: the fingerprint must exist, stay
 * the same while nothing runs, and change as soon as new code runs.
 */
class CheckpointFingerprintIT {

    @Test
    void fingerprintStaysWhileNothingRunsAndChangesWithNewCode(@TempDir Path directory) throws Exception {
        CoveredJvm jvm = CoveredJvm.in(directory, 0);

        Run run = jvm.run(ShowFingerprints.class.getName());

        assertEquals(0, run.exitCode(), run::describe);
        String[] fingerprints = run.out().trim().split(" ");
        assertNotEquals("null", fingerprints[0], run::describe);
        assertEquals(fingerprints[0], fingerprints[1], run::describe);
        assertNotEquals(fingerprints[1], fingerprints[3], run::describe);
    }
}
