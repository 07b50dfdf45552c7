package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** A cell reference's column, read quickly, is the one POI reads. */
class StreamedSheetTest {

    @Test
    void theColumnOfEveryFormOfReferenceIsPois() {
        assertEquals(0, StreamedSheet.column("A1"));
        assertEquals(25, StreamedSheet.column("Z9"));
        assertEquals(26, StreamedSheet.column("AA10"));
        assertEquals(16383, StreamedSheet.column("XFD1048576"), "the last column Excel has");
        for (String ref : new String[] {"A1", "B12", "L7", "AZ3", "BA3", "ZZ99", "AAA1", "XFD1", "$B$2", "b3", "C$4", "$D5"}) {
            assertEquals(new CellReference(ref).getCol(), StreamedSheet.column(ref), ref);
        }
    }
}
