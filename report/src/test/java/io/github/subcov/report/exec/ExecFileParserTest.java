package io.github.subcov.report.exec;

import static io.github.subcov.report.DataDirectory.classData;
import static io.github.subcov.report.DataDirectory.exec;
import static io.github.subcov.report.DataDirectory.handMadeRecord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;

class ExecFileParserTest {

    @Test
    void readsFilesWrittenInAppendModeAsOne() throws Exception {
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        twice.write(exec(classData(1, "a/A", 2, 0)));
        twice.write(exec(classData(2, "a/\u00e9", 3, 2)));
        Recorded recorded = parse(twice.toByteArray());

        assertEquals(List.of("a/A", "a/\u00e9"), recorded.names);
        assertEquals(2, recorded.sessions.size());
        assertArrayEquals(new boolean[] {false, false, true}, recorded.probes.get(1));
    }

    @Test
    void ignoresPaddingBitsPastTheLastProbe() throws Exception {
        Recorded recorded = parse(handMadeRecord(1, "a/A", 3, (byte) 0xf8));

        assertArrayEquals(new boolean[] {false, false, false}, recorded.probes.get(0));
        assertFalse(recorded.parser.sawHits());
    }

    @Test
    void mergesPackedProbesOfEveryLength() throws Exception {
        for (int count = 1; count <= 20; count++) {
            boolean[] probes = new boolean[count];
            for (int i = 0; i < count; i += 3) {
                probes[i] = true;
            }
            Recorded recorded = parse(exec(new org.jacoco.core.data.ExecutionData(1, "a/A", probes)));

            assertArrayEquals(probes, recorded.probes.get(0), "probes: " + count);
            assertTrue(recorded.parser.sawHits());
        }
    }

    @Test
    void readsWhatJacocosOwnReaderReadsFromRandomFiles() throws Exception {
        java.util.Random random = new java.util.Random(4711);
        for (int file = 0; file < 200; file++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ExecutionDataWriter writer = new ExecutionDataWriter(bytes);
            for (int session = random.nextInt(3); session > 0; session--) {
                writer.visitSessionInfo(new SessionInfo("s" + random.nextInt(), random.nextLong(), random.nextLong()));
            }
            for (int type = random.nextInt(40); type > 0; type--) {
                boolean[] probes = new boolean[random.nextInt(300)];
                for (int i = 0; i < probes.length; i++) {
                    probes[i] = random.nextInt(4) == 0;
                }
                String name = "p/\u00e9" + Integer.toString(random.nextInt(), 36) + "$\u4e2d" + type;
                writer.visitClassExecution(new org.jacoco.core.data.ExecutionData(random.nextLong(), name, probes));
            }
            byte[] content = bytes.toByteArray();

            Recorded ours = parse(content);
            org.jacoco.core.tools.ExecFileLoader jacocos = new org.jacoco.core.tools.ExecFileLoader();
            jacocos.load(new java.io.ByteArrayInputStream(content));

            List<org.jacoco.core.data.ExecutionData> expected =
                    new ArrayList<>(jacocos.getExecutionDataStore().getContents());
            assertEquals(expected.size(), ours.names.size(), "file " + file);
            for (org.jacoco.core.data.ExecutionData data : expected) {
                int at = ours.ids.indexOf(data.getId());
                assertEquals(data.getName(), ours.names.get(at), "file " + file);
                assertArrayEquals(data.getProbes(), ours.probes.get(at), "file " + file);
            }
            assertEquals(jacocos.getSessionInfoStore().getInfos().size(), ours.sessions.size(), "file " + file);
        }
    }

    private static Recorded parse(byte[] content) throws Exception {
        Recorded recorded = new Recorded(new ExecFileParser(content, content.length));
        recorded.parser.parse(recorded);
        return recorded;
    }

    private static final class Recorded implements ExecFileParser.Visitor {
        final ExecFileParser parser;
        final List<SessionInfo> sessions = new ArrayList<SessionInfo>();
        final List<Long> ids = new ArrayList<Long>();
        final List<String> names = new ArrayList<String>();
        final List<boolean[]> probes = new ArrayList<boolean[]>();

        Recorded(ExecFileParser parser) {
            this.parser = parser;
        }

        @Override
        public void visitSession(SessionInfo session) {
            sessions.add(session);
        }

        @Override
        public void visitClass(ExecFileParser.ClassRecord record) throws java.io.IOException {
            ids.add(record.id());
            names.add(record.name());
            probes.add(record.probes());
        }
    }
}
