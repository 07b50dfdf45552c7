package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time a workbook says it was saved, read as the general ISO parser reads it, whichever path reads it. */
class SavedTimeTest {

    /** The reading before the quick path for Excel's own form: the general parser, then a bare date. */
    private static Instant general(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-10T09:30:00Z", "2000-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
        "2023-02-29T10:00:00Z", "2021-13-10T09:30:00Z", "2021-12-10T24:00:00Z", "2021-12-10T09:60:00Z",
        "2021-12-10T09:30:00.5Z", "2021-12-10T09:30:00+01:00", "2021-12-10T09:30Z", "2021-12-10", "2021-12-1O T09:30:00Z",
        "2021-12-10T09:30:0xZ", "+2021-12-10T09:30:00Z", "2021-12-10 09:30:00Z", ""})
    void everyFormReadsAsTheGeneralParserReadsIt(String text) {
        assertEquals(general(text), StreamedWorkbook.instant(text), text);
    }

    @Test
    void excelsOwnFormIsTheInstantItNames() {
        assertEquals(Instant.parse("2021-12-10T09:30:00Z"), StreamedWorkbook.instant("2021-12-10T09:30:00Z"));
    }
}
