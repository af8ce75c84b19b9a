package io.github.subcov.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.subcov.report.combine.ProcessRecord;
import io.github.subcov.report.combine.ProcessRecords;
import io.github.subcov.report.exec.ReadStatus;
import io.github.subcov.report.exec.SalvagedExecs;
import org.junit.jupiter.api.Test;

class ProcessPageTest {

    @Test
    void escapesEveryCharacterThatHtmlGivesMeaning() {
        assertEquals("java -Dx=&quot;a&amp;b&quot; &lt;in &gt;out &#39;q&#39; \u00e9",
                ProcessPage.escape("java -Dx=\"a&b\" <in >out 'q' \u00e9"));
    }

    @Test
    void describesDataSizesInBinaryUnits() {
        assertEquals("0 B", ProcessPage.size(0));
        assertEquals("1023 B", ProcessPage.size(1023));
        assertEquals("1.5 KiB", ProcessPage.size(1536));
        assertEquals("2.0 MiB", ProcessPage.size(2 * 1024 * 1024));
    }

    @Test
    void saysHowMuchOfTheDataCouldBeRead() {
        assertEquals("none", ProcessPage.dataDescription(record(ReadStatus.MISSING, 0)));
        assertEquals("0 B, empty", ProcessPage.dataDescription(record(ReadStatus.EMPTY, 0)));
        assertEquals("2.0 KiB, salvaged", ProcessPage.dataDescription(record(ReadStatus.SALVAGED, 2048)));
        assertEquals("5 B", ProcessPage.dataDescription(record(ReadStatus.COMPLETE, 5)));
    }

    @Test
    void saysHowLongAProcessRanInUnitsThatFit() {
        assertEquals("0 ms", ProcessDetailPage.duration(-3));
        assertEquals("999 ms", ProcessDetailPage.duration(999));
        assertEquals("12.3 s", ProcessDetailPage.duration(12_340));
        assertEquals("2 min 5 s", ProcessDetailPage.duration(125_000));
    }

    @Test
    void aPagesFileNameKeepsOnlyCharactersThatAreSafeEverywhere() {
        assertEquals("vm-3036-cjlg5vrx.html", ProcessDetailPage.fileName("vm-3036-cjlg5vrx"));
        assertEquals("h_st_1-2.html", ProcessDetailPage.fileName("h\u00f6st/1-2"));
    }

    private static ProcessRecord record(ReadStatus status, long size) {
        return ProcessRecords.record("vm-1", SalvagedExecs.withoutData(status, size), null);
    }
}
