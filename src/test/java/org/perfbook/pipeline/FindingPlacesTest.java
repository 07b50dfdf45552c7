package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnRow;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.xlsx.CellReading;

/** A finding in a return is about the return's period and service and the row its cell is on. */
class FindingPlacesTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String FILE = "returns/2021-22-Q3/libraries.xlsx";

    private static CellReading number(String cell, double n) {
        return new CellReading(new Source(FILE, "Return", cell), CellReading.Kind.NUMBER, Double.toString(n), n, false);
    }

    private static ReturnRow row(String id, String breakdown, int r) {
        return new ReturnRow(id, breakdown, new Source(FILE, "Return", "A" + r), null, null, number("J" + r, 1), "", "");
    }

    private static FindingPlaces places() {
        FindingPlaces places = new FindingPlaces();
        places.add(new ReturnFile(Path.of("libraries.xlsx"), FILE, new TemplateIdentity(1, "Libraries", Q3,
                List.of("LIB-01")), "Return", "", List.of(row("LIB-01", "", 8), row("LIB-01", "Dover", 9),
                        row("LIB-01", "Thanet", 10)), List.of(), true), Q3);
        return places;
    }

    private static Finding at(String file, String sheet, String cell) {
        return Finding.error(new Source(file, sheet, cell), FindingCode.TEXT_IN_NUMBER, "x");
    }

    @Test
    void aCellOnADistrictRowIsAboutThatIndicatorAndDistrict() {
        FindingContext c = places().place(at(FILE, "Return", "J9"), Q3.previous());
        assertEquals(Q3, c.period(), "the return's own period");
        assertEquals("Libraries", c.service());
        assertEquals("LIB-01", c.indicatorId());
        assertEquals("Dover", c.breakdown());
        assertEquals("", places().place(at(FILE, "Return", "H8"), null).breakdown(), "the authority's row");
    }

    @Test
    void noDistrictFiguresIsAboutTheIndicatorNotItsFirstDistrict() {
        FindingContext c = places().place(Finding.warning(new Source(FILE, "Return", "A9"),
                FindingCode.MISSING_BREAKDOWN, "No district figures for LIB-01."), null);
        assertEquals("LIB-01", c.indicatorId());
        assertEquals("", c.breakdown());
    }

    @Test
    void aFindingAboutTheWholeReturnOrAnotherSheetNamesNoRow() {
        FindingContext whole = places().place(at(FILE, "", ""), null);
        assertEquals("Libraries", whole.service());
        assertEquals("", whole.indicatorId());
        assertEquals("", places().place(at(FILE, "Guidance", "J9"), null).indicatorId());
        assertEquals("", places().place(at(FILE, "Return", "J99"), null).indicatorId());
    }

    @Test
    void aFindingInNoKnownReturnKeepsThePeriodItWasFoundFor() {
        FindingContext lock = places().place(at("returns/2021-22-Q3/~$libraries.xlsx", "", ""), Q3);
        assertEquals(Q3, lock.period());
        assertEquals("", lock.service());
        assertNull(places().place(at("workbooks/history.xlsx", "History", "C4"), null).period());
    }
}
