package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.xlsx.CellReading;

/** The nothing-lost invariant: a cell that held something and reached neither the book nor a finding is reported. */
class AccountingTest {

    private static final Period Q3 = Period.quarter(2021, 3);
    private static final String FILE = "highways.xlsx";

    private static CellReading number(String cell, double v) {
        return new CellReading(new Source(FILE, "Return", cell), CellReading.Kind.NUMBER, String.valueOf(v), v, false);
    }

    private static CellReading blank(String cell) {
        return new CellReading(new Source(FILE, "Return", cell), CellReading.Kind.BLANK, "", null, false);
    }

    private static ReturnRow row(CellReading n, CellReading d, CellReading v, String commentary) {
        return new ReturnRow("HW-01", "", new Source(FILE, "Return", "A8"), n, d, v, commentary, "");
    }

    private static ReturnFile file(ReturnRow... rows) {
        return new ReturnFile(Path.of(FILE), FILE, new TemplateIdentity(1, "Highways", Q3, List.of("HW-01")),
                "Return", "", List.of(rows), List.of(), true);
    }

    private static Observation kept(Double value, Double n, Double d, String commentary, String cell) {
        return new Observation("HW-01", Q3, "", value, n, d, commentary, new Source(FILE, "Return", cell));
    }

    @Test
    void aFigureInTheBookIsAccountedFor() {
        ReturnFile f = file(row(number("H8", 40), number("I8", 43), blank("J8"), "Up on Q2."));
        var obs = List.of(kept(93.02, 40.0, 43.0, "Up on Q2.", "H8"));
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), obs, List.of(), List.of()));
    }

    @Test
    void nAInEachCellOfARowTheBookShowsAsNotAvailableIsAccountedFor() {
        CellReading na1 = new CellReading(new Source(FILE, "Return", "H8"), CellReading.Kind.NOT_AVAILABLE, "n/a", null,
                false);
        CellReading na2 = new CellReading(new Source(FILE, "Return", "I8"), CellReading.Kind.NOT_AVAILABLE, "n/a", null,
                false);
        ReturnFile f = file(row(na1, na2, blank("J8"), "Survey paused."));
        Finding warning = Finding.warning(new Source(FILE, "Return", "H8"), FindingCode.MISSING_FIGURE, "no figure");
        var said = List.of(kept(null, null, null, "Survey paused.", "J8"));
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), List.of(), List.of(), said,
                List.of(warning)));
        // without the row kept as not available, the n/a the warning does not name reached nothing
        assertEquals(List.of("I8"), Accounting.unaccounted(List.of(f), List.of(f), List.of(), List.of(), List.of(),
                List.of(warning)).stream().map(x -> x.source().cell()).toList());
    }

    @Test
    void aFigureThatReachedNothingIsAnErrorAtItsCell() {
        ReturnFile f = file(row(number("H8", 40), number("I8", 43), blank("J8"), ""));
        // the observation kept the numerator but lost the denominator, with no finding about it
        var obs = List.of(kept(93.02, 40.0, null, "", "H8"));
        List<Finding> lost = Accounting.unaccounted(List.of(f), List.of(f), obs, List.of(), List.of());
        assertEquals(1, lost.size(), lost.toString());
        assertTrue(lost.get(0).is(FindingCode.UNACCOUNTED_INPUT));
        assertEquals("I8", lost.get(0).source().cell());
        assertTrue(lost.get(0).isError());
        assertTrue(lost.get(0).message().contains("'43.0' in I8"), lost.get(0).message());
    }

    @Test
    void aWarningAtTheCellOrAnErrorOnTheRowAccountsForIt() {
        ReturnFile f = file(row(blank("H8"), number("I8", 43), number("J8", 93), ""));
        var obs = List.of(kept(93.0, null, null, "", "J8"));
        Finding atCell = Finding.warning(new Source(FILE, "Return", "I8"), FindingCode.IGNORED_INPUT, "not used");
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), obs, List.of(), List.of(atCell)));
        // a warning on another cell of the row does not
        Finding elsewhere = Finding.warning(new Source(FILE, "Return", "J8"), FindingCode.UNUSUAL_CHANGE, "confirm");
        assertEquals(List.of("I8"), Accounting.unaccounted(List.of(f), List.of(f), obs, List.of(), List.of(elsewhere))
                .stream().map(x -> x.source().cell()).toList());
        // an error on the row sets the row's figures aside, and says so
        Finding rowError = Finding.error(new Source(FILE, "Return", "J8"), FindingCode.VALUE_MISMATCH, "disagrees");
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), List.of(), List.of(), List.of(rowError)));
    }

    @Test
    void aMergedRangeAccountsForEveryCellUnderIt() {
        ReturnFile f = file(row(number("H8", 40), blank("I8"), blank("J8"), ""),
                new ReturnRow("HW-01", "Burnley", new Source(FILE, "Return", "A9"), number("H9", 40), blank("I9"),
                        blank("J9"), "", ""));
        Finding merged = Finding.warning(new Source(FILE, "Return", "H8:H9"), FindingCode.MERGED_INPUT, "merged");
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), List.of(), List.of(), List.of(merged)));
        Finding onlyTop = Finding.warning(new Source(FILE, "Return", "H8"), FindingCode.MERGED_INPUT, "merged");
        assertEquals(List.of("H9"), Accounting.unaccounted(List.of(f), List.of(f), List.of(), List.of(), List.of(onlyTop))
                .stream().map(x -> x.source().cell()).toList());
    }

    @Test
    void commentaryMustReachTheBook() {
        ReturnFile f = file(row(number("H8", 40), number("I8", 43), blank("J8"), "Up on Q2."));
        var dropped = List.of(kept(93.02, 40.0, 43.0, "", "H8"));
        List<Finding> lost = Accounting.unaccounted(List.of(f), List.of(f), dropped, List.of(), List.of());
        assertEquals(1, lost.size());
        assertTrue(lost.get(0).message().contains("commentary on row 8"), lost.get(0).message());
        // kept on a row withheld for an error elsewhere counts as reaching the book
        var withheld = List.of(kept(null, null, null, "Up on Q2.", "H8"));
        Finding error = Finding.error(new Source(FILE, "Return", "H8"), FindingCode.TEXT_IN_NUMBER, "text");
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), List.of(), withheld, List.of(error)));
    }

    @Test
    void aReturnSetAsideMustSayWhy() {
        ReturnFile f = file(row(number("H8", 40), number("I8", 43), blank("J8"), ""));
        assertEquals(List.of(""), Accounting.unaccounted(List.of(f), List.of(), List.of(), List.of(), List.of())
                .stream().map(x -> x.source().cell()).toList());
        Finding why = Finding.error(Source.of(FILE), FindingCode.WRONG_PERIOD, "last quarter's");
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(), List.of(), List.of(), List.of(why)));
    }

    private static Source actions(String cell) {
        return new Source(FILE, "Actions", cell);
    }

    private static ReturnFile withActions(ReturnRow row, ActionRow... actions) {
        return new ReturnFile(Path.of(FILE), FILE, new TemplateIdentity(1, "Highways", Q3, List.of("HW-01")),
                "Return", "", List.of(row), List.of(), true, null, List.of(actions), true);
    }

    @Test
    void anActionRowIsAccountedForByItsKeptActionOrAFindingAtEachCell() {
        ReturnRow row = row(number("H8", 40), number("I8", 43), blank("J8"), "");
        var obs = List.of(kept(93.02, 40.0, 43.0, "", "H8"));
        List<Source> cells = List.of(actions("A8"), actions("B8"), actions("C8"), actions("D8"));
        var dated = new ActionRow(new org.perfbook.model.RecoveryAction("HW-01", "Act", "Lead",
                java.time.LocalDate.of(2022, 3, 31), actions("B8")), cells, actions("D8"));
        ReturnFile f = withActions(row, dated);
        assertEquals(List.of(), Accounting.unaccounted(List.of(f), List.of(f), obs, List.of(), List.of()));

        // a date that was not read, with no finding about it, is lost
        var undated = new ActionRow(new org.perfbook.model.RecoveryAction("HW-01", "Act", "Lead", null, actions("B8")),
                cells, actions("D8"));
        ReturnFile g = withActions(row, undated);
        assertEquals(List.of("Actions!D8"), Accounting.unaccounted(List.of(g), List.of(g), obs, List.of(), List.of())
                .stream().map(x -> x.source().sheet() + "!" + x.source().cell()).toList());
        Finding said = Finding.warning(actions("D8"), FindingCode.INCOMPLETE_ACTION, "not a date");
        assertEquals(List.of(), Accounting.unaccounted(List.of(g), List.of(g), obs, List.of(), List.of(said)));

        // a row not used must be named by a finding on the Actions sheet, not by one on the Return sheet's row 8
        var unused = new ActionRow(null, List.of(actions("A8"), actions("B8")), actions("D8"));
        ReturnFile h = withActions(row, unused);
        Finding onReturn = Finding.warning(new Source(FILE, "Return", "A8:L8"), FindingCode.UNUSUAL_CHANGE, "confirm");
        assertEquals(List.of("A8", "B8"), Accounting.unaccounted(List.of(h), List.of(h), obs, List.of(),
                List.of(onReturn)).stream().map(x -> x.source().cell()).toList());
        Finding onRow = Finding.warning(actions("A8"), FindingCode.BAD_ACTION, "not one of the return's");
        assertEquals(List.of(), Accounting.unaccounted(List.of(h), List.of(h), obs, List.of(), List.of(onRow)));
        Finding onSheet = Finding.warning(new Source(FILE, "Actions", ""), FindingCode.BAD_ACTION, "lost its headings");
        assertEquals(List.of(), Accounting.unaccounted(List.of(h), List.of(h), obs, List.of(), List.of(onSheet)));
        // a kept action's lost date is not excused by a finding elsewhere on its row
        Finding onLead = Finding.warning(actions("C8"), FindingCode.INCOMPLETE_ACTION, "no lead");
        assertEquals(List.of("D8"), Accounting.unaccounted(List.of(g), List.of(g), obs, List.of(), List.of(onLead))
                .stream().map(x -> x.source().cell()).toList());
    }

    @Test
    void aFindingOnTheActionsSheetDoesNotAccountForTheReturnSheetsRowOfTheSameNumber() {
        ReturnFile f = withActions(row(number("H8", 40), number("I8", 43), blank("J8"), ""));
        Finding elsewhere = Finding.error(actions("A8"), FindingCode.BAD_ACTION, "not one of the return's");
        assertEquals(List.of("H8", "I8"), Accounting.unaccounted(List.of(f), List.of(f), List.of(), List.of(),
                List.of(elsewhere)).stream().map(x -> x.source().cell()).toList());
    }
}
