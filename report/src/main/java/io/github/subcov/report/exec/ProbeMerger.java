package io.github.subcov.report.exec;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.data.SessionInfoStore;

/**
 * Merges class records into one set of probes per class as they are read, so that no process's
 * own data is kept. A record whose name or probe count disagrees with what was merged before is
 * not merged; its class id is noted, for {@link ConflictResolution} to sort out in start order.
 */
public final class ProbeMerger implements ExecFileParser.Visitor {

    private final ClassIdTable<MergedClass> classes = new ClassIdTable<MergedClass>();
    private final SessionInfoStore sessions = new SessionInfoStore();
    private final Set<Long> conflicting = new HashSet<Long>();

    @Override
    public void visitSession(SessionInfo session) {
        sessions.visitSessionInfo(session);
    }

    @Override
    public void visitClass(ExecFileParser.ClassRecord record) throws IOException {
        MergedClass known = classes.get(record.id());
        if (known == null) {
            classes.add(record.id(), new MergedClass(record));
        } else if (known.probeCount == record.probeCount() && record.nameEquals(known.encodedName)) {
            record.orPackedInto(known.packedProbes);
        } else {
            conflicting.add(record.id());
        }
    }

    /** Adds what another merger read; {@code other} is not to be used afterwards. */
    public void addAll(ProbeMerger other) {
        other.sessions.accept(sessions);
        conflicting.addAll(other.conflicting);
        for (MergedClass theirs : other.classes.values()) {
            MergedClass ours = classes.get(theirs.id);
            if (ours == null) {
                classes.add(theirs.id, theirs);
            } else if (ours.agreesWith(theirs)) {
                for (int i = 0; i < ours.packedProbes.length; i++) {
                    ours.packedProbes[i] |= theirs.packedProbes[i];
                }
            } else {
                conflicting.add(theirs.id);
            }
        }
    }

    /** Class ids whose records disagreed on name or probe count. */
    public Set<Long> conflicting() {
        return conflicting;
    }

    /** The session records of every file merged. */
    public SessionInfoStore sessions() {
        return sessions;
    }

    /** The merged data of every class but those left out. */
    public ExecutionDataStore store(Set<Long> leftOut) {
        ExecutionDataStore store = new ExecutionDataStore();
        for (MergedClass merged : classes.values()) {
            if (!leftOut.contains(merged.id)) {
                store.put(new ExecutionData(merged.id, merged.name, merged.probes()));
            }
        }
        return store;
    }

    /**
     * One class's probes, packed eight to a byte as in the file, so that merging a record is an
     * OR per byte; and its name as encoded there, to compare without decoding.
     */
    private static final class MergedClass {
        final long id;
        final String name;
        final byte[] encodedName;
        final int probeCount;
        final byte[] packedProbes;

        MergedClass(ExecFileParser.ClassRecord first) throws IOException {
            this.id = first.id();
            this.name = first.name();
            this.encodedName = first.nameBytes();
            this.probeCount = first.probeCount();
            this.packedProbes = new byte[(probeCount + 7) / 8];
            first.orPackedInto(packedProbes);
        }

        boolean agreesWith(MergedClass other) {
            return probeCount == other.probeCount && name.equals(other.name);
        }

        boolean[] probes() {
            boolean[] probes = new boolean[probeCount];
            for (int i = 0; i < probeCount; i++) {
                probes[i] = (packedProbes[i >> 3] & (1 << (i & 7))) != 0;
            }
            return probes;
        }
    }
}
