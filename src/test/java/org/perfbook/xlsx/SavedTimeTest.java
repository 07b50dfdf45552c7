package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time a workbook says it was saved: Excel's own form read directly, exactly as the general ISO parser reads it. */
class SavedTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-10T09:30:00Z", "2000-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
        "2023-02-29T10:00:00Z", "2021-13-10T09:30:00Z", "2021-12-10T24:00:00Z", "2021-12-10T09:60:00Z",
        "2021-12-10T09:30:00.5Z", "2021-12-10T09:30:00+01:00", "2021-12-10T09:30Z", "2021-12-10", "2021-12-1O T09:30:00Z",
        "2021-12-10T09:30:0xZ", "+2021-12-10T09:30:00Z", "2021-12-10 09:30:00Z", ""})
    void everyFormReadsAsTheGeneralParserReadsIt(String text) {
        assertEquals(StreamedWorkbook.parsed(text), StreamedWorkbook.instant(text), text);
    }

    @Test
    void excelsOwnFormIsTheInstantItNamesAndOtherFormsStillRead() {
        assertEquals(Instant.parse("2021-12-10T09:30:00Z"), StreamedWorkbook.instant("2021-12-10T09:30:00Z"));
        assertEquals(Instant.parse("2021-12-10T08:30:00Z"), StreamedWorkbook.instant("2021-12-10T09:30:00+01:00"));
        assertEquals(Instant.parse("2021-12-10T00:00:00Z"), StreamedWorkbook.instant("2021-12-10"));
        assertEquals(null, StreamedWorkbook.instant("2021-02-30T09:30:00Z"));
        assertEquals(null, StreamedWorkbook.instant(""));
    }
}
