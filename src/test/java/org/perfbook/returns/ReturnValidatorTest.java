package org.perfbook.returns;

import org.perfbook.model.FindingCode;
import org.perfbook.xlsx.CellReading;
import org.perfbook.template.TemplateIdentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.pipeline.Validation;
import org.perfbook.testing.Indicators;

/** The checks on returns, on rows built in memory (reading files is tested with the reader). */
class ReturnValidatorTest {

    static final Period Q3 = Period.quarter(2021, 3);

    static final Indicator DEFECTS = new Indicator("HIG-01", "Emergency defects repaired within 4 hours",
            "Delivering better services", "GET", "Highways", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(95), Tolerance.DEFAULT, false, 2, "");
    static final Indicator VISITS = new Indicator("LIB-01", "Visits to libraries", "Supporting economic growth",
            "ECS", "Highways", Frequency.QUARTERLY, Measure.COUNT, 1, "", Polarity.HIGH, Target.of(1_400_000),
            Tolerance.DEFAULT, true, 0, "");
    static final Indicator ADMISSIONS = new Indicator("ASC-06", "Admissions per 100,000 aged 65+",
            "Caring for the vulnerable", "ASHW", "Highways", Frequency.QUARTERLY, Measure.RATE, 100000, "Aged 65+",
            Polarity.LOW, Target.range(600, 680), Tolerance.DEFAULT, false, 1, "");
    static final Catalogue CATALOGUE = new Catalogue(List.of(DEFECTS, VISITS, ADMISSIONS), List.of(),
            List.of(new Catalogue.Population("Aged 65+", Period.year(2021), "", 255637)), List.of(), List.of());

    private int row = 8;

    private CellReading cell(String col, CellReading.Kind kind, String typed, Double number, boolean percent) {
        return new CellReading(new Source("highways.xlsx", "Return", col + row), kind, typed, number, percent);
    }

    private CellReading num(String col, double n) {
        return cell(col, CellReading.Kind.NUMBER, Double.toString(n), n, false);
    }

    private CellReading blank(String col) {
        return cell(col, CellReading.Kind.BLANK, "", null, false);
    }

    private ReturnRow row(String id, CellReading n, CellReading d, CellReading v, String commentary) {
        ReturnRow r = new ReturnRow(id, "", new Source("highways.xlsx", "Return", "A" + row), n, d, v, commentary, "");
        row++;
        return r;
    }

    private ReturnRow defects(CellReading n, CellReading d, CellReading v) {
        return row("HIG-01", n, d, v, "Fine.");
    }

    private ReturnFile file(String name, Period period, List<ReturnRow> rows) {
        return new ReturnFile(Path.of(name), name,
                new TemplateIdentity(1, "Highways", period, rows.stream().map(ReturnRow::indicatorId).distinct().toList()),
                "Return", "", rows, List.of(), true);
    }

    private ReturnValidator.Result check(List<ReturnRow> rows) {
        return new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(file("highways.xlsx", Q3, rows)));
    }

    private static Finding only(ReturnValidator.Result r, String code) {
        List<Finding> f = r.findings().stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, f.size(), () -> "expected one " + code + " in " + r.findings());
        return f.get(0);
    }

    @Test
    void aGoodRowBecomesAnObservationWithItsSource() {
        var r = check(List.of(defects(num("H", 40), num("I", 43), blank("J"))));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        Observation o = r.observations().get(0);
        assertEquals(40.0 / 43 * 100, o.value(), 1e-12);
        assertEquals(40.0, o.numerator());
        assertEquals(43.0, o.denominator());
        assertEquals("highways.xlsx!Return!H8", o.source().toString());
    }

    @Test
    void notApplicableBesideATypedValueIsSaidAtItsCell() {
        // found by FuzzTest: n/a in the Denominator beside a Value that is used reached neither book nor finding
        var r = check(List.of(defects(blank("H"), cell("I", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false),
                num("J", 85.2))));
        assertEquals(85.2, r.observations().get(0).value());
        Finding f = only(r, "ignored-input");
        assertEquals("I8", f.source().cell());
        assertTrue(f.message().contains("'n/a' in I8 is not used"), f.message());
        assertTrue(r.findings().stream().noneMatch(x -> x.is(org.perfbook.model.FindingCode.UNACCOUNTED_INPUT)));
    }

    @Test
    void textInANumberIsAnErrorAtItsCell() {
        var r = check(List.of(defects(cell("H", CellReading.Kind.TEXT, "forty", null, false), num("I", 43), blank("J"))));
        Finding f = only(r, "text-in-number");
        assertTrue(f.isError());
        assertEquals("H8", f.source().cell());
        assertTrue(f.message().contains("'forty'"));
        assertTrue(r.observations().isEmpty());
    }

    @Test
    void aFigureWithAnErrorKeepsTheServicesCommentaryWithoutTheFigure() {
        var r = check(List.of(row("HIG-01", cell("H", CellReading.Kind.TEXT, "forty", null, false), num("I", 43),
                blank("J"), "Two crews were off sick in November.")));
        assertTrue(r.observations().isEmpty(), "the figure is not used");
        assertEquals(1, r.withheld().size());
        Observation kept = r.withheld().get(0);
        assertEquals("HIG-01", kept.indicatorId());
        assertEquals(Q3, kept.period());
        assertTrue(kept.isTotal());
        assertNull(kept.value());
        assertNull(kept.numerator());
        assertNull(kept.denominator());
        assertEquals("Two crews were off sick in November.", kept.commentary());
        assertEquals("highways.xlsx!Return!H8", kept.source().toString(), "where the figure comes from");
        // a good row, or one with no figure for a reason given, is not withheld
        assertTrue(check(List.of(defects(num("H", 40), num("I", 43), blank("J")))).withheld().isEmpty());
        assertTrue(check(List.of(row("HIG-01", cell("H", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false),
                cell("I", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false), blank("J"), "Survey paused.")))
                .withheld().isEmpty());
    }

    @Test
    void aRowSaidToHaveNoFigureKeepsItsReasonForTheBook() {
        var r = check(List.of(row("HIG-01", cell("H", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false),
                cell("I", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false), blank("J"),
                "The inspection survey was paused in December.")));
        assertTrue(r.observations().isEmpty() && r.withheld().isEmpty(), "no figure, and none set aside by an error");
        assertEquals(1, r.notAvailable().size());
        Observation na = r.notAvailable().get(0);
        assertEquals("HIG-01", na.indicatorId());
        assertEquals(Q3, na.period());
        assertTrue(na.isTotal());
        assertNull(na.value());
        assertEquals("The inspection survey was paused in December.", na.commentary());
        assertEquals("highways.xlsx!Return!J8", na.source().toString(), "the row's Value cell");
        assertTrue(!only(r, "missing-figure").isError(), "a warning: the service said why");
        assertTrue(r.findings().stream().noneMatch(x -> x.is(org.perfbook.model.FindingCode.UNACCOUNTED_INPUT)),
                r.findings().toString());
        // a row left empty without a word is an error, not a reason; a row with an error is withheld instead
        assertTrue(check(List.of(row("HIG-01", blank("H"), blank("I"), blank("J"), ""))).notAvailable().isEmpty());
        assertTrue(check(List.of(row("HIG-01", cell("H", CellReading.Kind.TEXT, "forty", null, false), num("I", 43),
                blank("J"), "Two crews were off sick."))).notAvailable().isEmpty());
    }

    @Test
    void aGuessedNumberIsReadWithAWarning() {
        var r = check(List.of(defects(cell("H", CellReading.Kind.GUESSED, "40*", 40.0, false), num("I", 43), blank("J"))));
        Finding f = only(r, "guessed-number");
        assertFalse(f.isError());
        assertEquals(1, r.observations().size());
    }

    @Test
    void negativeZeroAndTooBigFiguresAreErrors() {
        assertTrue(only(check(List.of(defects(num("H", -4), num("I", 43), blank("J")))), "negative-count")
                .source().cell().startsWith("H"));
        assertTrue(only(check(List.of(defects(num("H", 0), num("I", 0), blank("J")))), "zero-denominator")
                .source().cell().startsWith("I"));
        var over = only(check(List.of(defects(num("H", 44), num("I", 43), blank("J")))), "numerator-over-denominator");
        assertTrue(over.message().contains("more than 100%"));
    }

    @Test
    void aResultKeepsNoReferenceToTheCollectionsItWasGiven() {
        ReturnFile older = file("a.xlsx", Q3, List.of());
        ReturnFile newer = file("b.xlsx", Q3, List.of());
        ReturnFile newest = file("c.xlsx", Q3, List.of());
        List<Observation> observations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(List.of(Finding.warning(Source.of("a.xlsx"), FindingCode.DUPLICATE_RETURN, "x")));
        List<ReturnFile> used = new ArrayList<>(List.of(newest));
        Map<ReturnFile, ReturnFile> superseded = new java.util.LinkedHashMap<>();
        superseded.put(newer, newest);
        superseded.put(older, newest);
        ReturnValidator.Result r = new ReturnValidator.Result(observations, findings, used, superseded);

        observations.add(new Observation("HIG-01", Q3, "", 1.0, null, null, "", Source.of("a.xlsx")));
        findings.clear();
        used.clear();
        superseded.clear();

        assertTrue(r.observations().isEmpty());
        assertEquals(1, r.findings().size());
        assertEquals(List.of(newest), r.used());
        assertEquals(List.of(newer, older), List.copyOf(r.superseded().keySet()), "in the order found");
    }

    @Test
    void aRatioIsItsPlainQuotientOverADenominatorAboveZero() {
        Indicator placements = new Indicator("CSC-06", "Ratio of in-house to agency placements",
                "Caring for the vulnerable", "ECS", "Highways", Frequency.QUARTERLY, Measure.RATIO, 10, "",
                Polarity.HIGH, null, Tolerance.DEFAULT, false, 2, "");
        Catalogue catalogue = new Catalogue(List.of(placements), List.of(), List.of(), List.of(), List.of());
        java.util.function.Function<ReturnRow, ReturnValidator.Result> checkRatio = r -> new ReturnValidator(
                catalogue, Q3, Map.of()).check(List.of(file("highways.xlsx", Q3, List.of(r))));

        var good = checkRatio.apply(row("CSC-06", num("H", 118), num("I", 131), num("J", 0.90), "Fine."));
        assertTrue(good.findings().isEmpty(), good.findings().toString());
        assertEquals(118.0 / 131, good.observations().get(0).value(), 1e-12);
        Finding negative = only(checkRatio.apply(row("CSC-06", num("H", 118), num("I", -131), blank("J"), "Fine.")),
                "negative-count");
        assertTrue(negative.source().cell().startsWith("I"));
    }

    @Test
    void aTypedValueMustAgreeWithItsCounts() {
        // 93.02 is what the committee paper printed for 40 of 43: within the indicator's 2 decimals
        assertTrue(check(List.of(defects(num("H", 40), num("I", 43), num("J", 93.02)))).findings().isEmpty());
        // the seeds' truncated 88.97 for 3,793 of 4,263 (88.975) is within one unit of the last decimal
        assertTrue(check(List.of(defects(num("H", 3793), num("I", 4263), num("J", 88.97)))).findings().isEmpty());
        Finding f = only(check(List.of(defects(num("H", 40), num("I", 43), num("J", 95)))), "value-mismatch");
        assertTrue(f.source().cell().startsWith("J"));
        assertTrue(f.message().contains("93.02"), f.message());
        Finding fraction = only(check(List.of(defects(num("H", 40), num("I", 43), num("J", 0.9302)))), "value-mismatch");
        assertTrue(fraction.message().contains("fraction"), fraction.message());
    }

    @Test
    void aPercentageInACountColumnIsAnError() {
        var r = check(List.of(defects(cell("H", CellReading.Kind.GUESSED, "43%*", 43.0, true), num("I", 100), blank("J"))));
        assertEquals("H8", only(r, "percent-in-count").source().cell());
    }

    @Test
    void aPercentageInTheNumeratorIsWorkedOutFromTheDenominator() {
        var r = check(List.of(defects(cell("H", CellReading.Kind.GUESSED, "43%*", 43.0, true), num("I", 563_565),
                blank("J"))));
        Finding f = only(r, "percent-in-count");
        assertTrue(f.message().contains("43% of the Denominator's 563,565") && f.message().contains("242,333"),
                f.message());
        assertFalse(f.message().contains("defects"), "no other indicator's example");
    }

    @Test
    void aPercentageInACountColumnTakesItsExampleFromTheIndicator() {
        // no usable Denominator: last period's figure, else the target
        var earlier = Map.of(new ObservationKey("HIG-01", Q3.previous(), ""), 93.02);
        List<ReturnRow> rows = List.of(defects(num("H", 40), cell("I", CellReading.Kind.NUMBER, "43%", 43.0, true),
                blank("J")));
        Finding f = only(new ReturnValidator(CATALOGUE, Q3, earlier).check(List.of(file("h.xlsx", Q3, rows))),
                "percent-in-count");
        assertTrue(f.message().contains("HIG-01 (Emergency defects repaired within 4 hours) at last period's 93.02%"),
                f.message());
        assertTrue(f.message().contains("Numerator 930 and Denominator 1,000"), f.message());
        Finding target = only(check(List.of(defects(num("H", 40), cell("I", CellReading.Kind.NUMBER, "43%", 43.0,
                true), blank("J")))), "percent-in-count");
        assertTrue(target.message().contains("at the target of 95.00%"), target.message());
        assertTrue(target.message().contains("Numerator 950 and Denominator 1,000"), target.message());
    }

    @Test
    void textInAValueGivesTheIndicatorsOwnFigureAsExample() {
        var earlier = Map.of(new ObservationKey("LIB-01", Q3.previous(), ""), 393140.0);
        List<ReturnRow> rows = List.of(row("LIB-01", blank("H"), blank("I"),
                cell("J", CellReading.Kind.TEXT, "lots", null, false), "x"));
        Finding f = only(new ReturnValidator(CATALOGUE, Q3, earlier).check(List.of(file("lib.xlsx", Q3, rows))),
                "text-in-number");
        assertTrue(f.message().contains("for example 393,140 (last period's figure)"), f.message());
        assertFalse(f.message().contains("1234"), f.message());
    }

    @Test
    void fortyOutOfFortyThreeInOneCellIsOneMessageSayingWhereEachGoes() {
        for (String typed : List.of("40 out of 43", "40/43", "40 of 43")) {
            var inValue = check(List.of(defects(blank("H"), blank("I"), cell("J", CellReading.Kind.GUESSED, typed, 40.0,
                    false))));
            assertEquals(1, inValue.findings().size(), inValue.findings()::toString);
            Finding f = only(inValue, "two-figures-in-one-cell");
            assertTrue(f.isError());
            assertTrue(f.message().contains("Type 40 in the Numerator and 43 in the Denominator, and leave the Value "
                    + "blank") && f.message().contains("93.02%"), f.message());
            assertTrue(inValue.observations().isEmpty());
        }
        var inNumerator = check(List.of(defects(cell("H", CellReading.Kind.TEXT, "40/43", null, false), blank("I"),
                blank("J"))));
        assertEquals(1, inNumerator.findings().size(), inNumerator.findings()::toString);
        assertEquals("H", only(inNumerator, "two-figures-in-one-cell").source().cell().substring(0, 1));
    }

    @Test
    void aWholeCountTypedWithDecimalsIsAWarning() {
        var r = check(List.of(row("LIB-01", blank("H"), blank("I"), num("J", 440_628.5), "x")));
        Finding f = only(r, "decimals-in-count");
        assertFalse(f.isError());
        assertTrue(f.message().contains("440,628 or 440,629") && f.message().contains("LIB-01"), f.message());
        assertEquals(1, r.observations().size(), "a warning keeps the figure");
        assertTrue(check(List.of(row("LIB-01", blank("H"), blank("I"), num("J", 440_628), "x"))).findings().isEmpty());
    }

    @Test
    void missingFiguresAreErrorsUnlessDeclared() {
        Finding f = only(check(List.of(row("HIG-01", blank("H"), blank("I"), blank("J"), ""))), "missing-figure");
        assertTrue(f.isError());
        var declared = check(List.of(row("HIG-01", cell("H", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false),
                blank("I"), blank("J"), "Data system outage in December.")));
        assertFalse(only(declared, "missing-figure").isError());
    }

    @Test
    void formulaErrorsAreReported() {
        var r = check(List.of(defects(num("H", 40), num("I", 43), cell("J", CellReading.Kind.ERROR, "#DIV/0!", null, false))));
        Finding f = only(r, "formula-error");
        assertTrue(f.message().contains("#DIV/0!"));
        assertEquals("J8", f.source().cell());
    }

    @Test
    void unknownIndicatorsAndDeletedRows() {
        List<ReturnRow> rows = List.of(row("HIG-99", num("H", 1), num("I", 2), blank("J"), ""));
        ReturnFile f = new ReturnFile(Path.of("h.xlsx"), "h.xlsx",
                new TemplateIdentity(1, "Highways", Q3, List.of("HIG-01", "HIG-99")), "Return", "", rows, List.of(), true);
        var r = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(f));
        assertEquals("A8", only(r, "unknown-indicator").source().cell());
        assertTrue(only(r, "missing-row").message().contains("HIG-01"));
    }

    @Test
    void withoutTheCatalogueAPopulationRatesCountIsCheckedButItsRateIsNotWorkedOut() {
        Catalogue noPopulations = new Catalogue(CATALOGUE.indicators(), List.of(), List.of(), List.of(), List.of());
        ReturnValidator selfCheck = ReturnValidator.withoutCatalogue(noPopulations, List.of(), Q3, Map.of());
        var fine = selfCheck.check(List.of(file("h.xlsx", Q3, List.of(row("ASC-06", num("H", 1882), blank("I"),
                blank("J"), "")))));
        assertEquals(List.of(), fine.findings(), "no missing-population error: the BI team's catalogue has it");
        assertTrue(fine.observations().isEmpty(), "the rate is not worked out");

        var negative = selfCheck.check(List.of(file("h.xlsx", Q3, List.of(row("ASC-06", num("H", -3), blank("I"),
                blank("J"), "")))));
        assertTrue(only(negative, "negative-count").isError());
        var empty = selfCheck.check(List.of(file("h.xlsx", Q3, List.of(row("ASC-06", blank("H"), blank("I"),
                blank("J"), "")))));
        assertTrue(only(empty, "missing-figure").isError());
        // with the catalogue's populations the same count gives a rate
        var full = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(file("h.xlsx", Q3,
                List.of(row("ASC-06", num("H", 1882), blank("I"), blank("J"), "")))));
        assertEquals(1882 / 255637.0 * 100000, full.observations().get(0).value(), 1e-9);
    }

    @Test
    void withoutTheCatalogueTheTemplatesBreakdownNamesAreKnown() {
        Indicator byDistrict = new Indicator("LIB-02", "", "", "", "Highways", Frequency.QUARTERLY, Measure.COUNT, 1,
                "", Polarity.HIGH, null, Tolerance.DEFAULT, false, 0, "District");
        Catalogue fromTemplate = new Catalogue(List.of(byDistrict), List.of(), List.of(), List.of(), List.of());
        ReturnRow whole = row("LIB-02", blank("H"), blank("I"), num("J", 30), "");
        // the one district known holds the whole figure, so the districts add up
        ReturnRow burnley = new ReturnRow("LIB-02", "Burnley", new Source("highways.xlsx", "Return", "A" + row),
                blank("H"), blank("I"), num("J", 30), "", "");
        row++;
        ReturnRow elsewhere = new ReturnRow("LIB-02", "Elsewhere", new Source("highways.xlsx", "Return", "A" + row),
                blank("H"), blank("I"), num("J", 20), "", "");
        var r = ReturnValidator.withoutCatalogue(fromTemplate, List.of("Burnley"), Q3, Map.of())
                .check(List.of(file("h.xlsx", Q3, List.of(whole, burnley, elsewhere))));
        assertEquals(2, r.observations().size());
        assertTrue(only(r, "unknown-breakdown").message().contains("'Elsewhere'"));
    }

    @Test
    void formatOneTemplatesAreStillRead() {
        ReturnFile old = file("old.xlsx", Q3, List.of(defects(num("H", 40), num("I", 43), blank("J"))));
        assertEquals(1, old.identity().formatVersion());
        var r = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(old));
        assertEquals(List.of(), r.findings());
        assertEquals(1, r.observations().size());
    }

    @Test
    void theWrongPeriodOrAnUnknownFormatStopsTheFile() {
        ReturnFile old = file("old.xlsx", Q3.previous(), List.of(defects(num("H", 40), num("I", 43), blank("J"))));
        var r = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(old));
        assertTrue(only(r, "wrong-period").message().contains("2021/22 Q2"));
        assertTrue(r.observations().isEmpty());
        ReturnFile future = new ReturnFile(Path.of("f.xlsx"), "f.xlsx", new TemplateIdentity(7, "Highways", Q3, List.of()),
                "Return", "", List.of(), List.of(), true);
        assertTrue(new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(future)).findings().stream()
                .anyMatch(x -> x.code().equals("unknown-format")));
        ReturnFile stranger = new ReturnFile(Path.of("s.xlsx"), "s.xlsx", null, "", "", List.of(), List.of(), true);
        assertEquals("not-a-return",
                new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(stranger)).findings().get(0).code());
    }

    @Test
    void aServiceIsKnownWhateverItsCaseAndAnUnknownOneStopsTheFile() {
        List<ReturnRow> rows = List.of(defects(num("H", 40), num("I", 43), blank("J")));
        ReturnFile shouting = new ReturnFile(Path.of("h.xlsx"), "h.xlsx", new TemplateIdentity(1, "HIGHWAYS", Q3,
                List.of("HIG-01")), "Return", "", rows, List.of(), true);
        var known = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(shouting));
        assertTrue(known.findings().stream().noneMatch(x -> x.code().equals("unknown-service")), known.findings().toString());
        assertEquals(1, known.observations().size());
        ReturnFile parks = new ReturnFile(Path.of("p.xlsx"), "p.xlsx", new TemplateIdentity(1, "Parks", Q3,
                List.of("HIG-01")), "Return", "", rows, List.of(), true);
        var unknown = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(parks));
        assertTrue(only(unknown, "unknown-service").message().contains("'Parks'"));
        assertTrue(unknown.observations().isEmpty());
    }

    @Test
    void twoReturnsForOneServiceAndPeriodKeepTheLater(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path a = java.nio.file.Files.writeString(dir.resolve("a.xlsx"), "x");
        Path b = java.nio.file.Files.writeString(dir.resolve("b.xlsx"), "x");
        java.nio.file.Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(2_000_000_000_000L));
        java.nio.file.Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        List<ReturnRow> rows = List.of(defects(num("H", 40), num("I", 43), blank("J")));
        ReturnFile fa = new ReturnFile(a, "a.xlsx", new TemplateIdentity(1, "Highways", Q3, List.of("HIG-01")), "Return",
                "", rows, List.of(), true);
        ReturnFile fb = new ReturnFile(b, "b.xlsx", new TemplateIdentity(1, "Highways", Q3, List.of("HIG-01")), "Return",
                "", rows, List.of(), true);
        var r = new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(fa, fb));
        Finding dup = only(r, "duplicate-return");
        assertEquals("b.xlsx", dup.source().file());
        assertEquals(List.of(fa), r.used());
        assertEquals(fa, r.superseded().get(fb));
        assertEquals(1, r.observations().size());
    }

    @Test
    void aFigureFarFromLastPeriodAsksForConfirmation() {
        var earlier = Map.of(new ObservationKey("LIB-01", Q3.previous(), ""), 393140.0);
        List<ReturnRow> rows = List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1099525), "Busy quarter."));
        var r = new ReturnValidator(CATALOGUE, Q3, earlier).check(List.of(file("lib.xlsx", Q3, rows)));
        Finding f = only(r, "unusual-change");
        assertFalse(f.isError());
        assertTrue(f.message().contains("393,140"), f.message());
        assertTrue(f.message().contains("LIB-01 (Visits to libraries)"), f.message());
        assertTrue(f.message().contains("whole authority"), f.message());
        assertEquals(1, r.observations().size(), "a warning keeps the figure");
    }

    static final List<String> DISTRICTS = List.of("Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle",
            "Preston", "Ribble Valley", "Rossendale", "South Ribble", "West Lancashire", "Wyre");
    /** The shipped sample's Libraries Q3 districts, which add up to 440,628. */
    static final double[] DISTRICT_VISITS = {34450, 40119, 33678, 27354, 61397, 32091, 63667, 23227, 22069, 34311,
        32531, 35734};

    private static Catalogue libraries(Indicator visits) {
        List<Catalogue.Population> areas = new ArrayList<>();
        DISTRICTS.forEach(d -> areas.add(new Catalogue.Population("All ages", Period.year(2021), d, 100000)));
        return new Catalogue(List.of(visits), List.of(), areas, List.of(), List.of());
    }

    private static Map<ObservationKey, Double> visitsSoFar() {
        return Map.of(new ObservationKey("LIB-01", Period.quarter(2021, 1), ""), 265139.0,
                new ObservationKey("LIB-01", Period.quarter(2021, 2), ""), 393140.0,
                new ObservationKey("LIB-01", Period.quarter(2020, 3), ""), 214306.0);
    }

    private List<ReturnRow> visitsWithDistricts(double total) {
        List<ReturnRow> rows = new ArrayList<>();
        rows.add(row("LIB-01", blank("H"), blank("I"), num("J", total), "Steady recovery."));
        for (int i = 0; i < DISTRICTS.size(); i++) {
            rows.add(new ReturnRow("LIB-01", DISTRICTS.get(i), new Source("lib.xlsx", "Return", "A" + row), blank("H"),
                    blank("I"), num("J", DISTRICT_VISITS[i]), "", ""));
            row++;
        }
        return rows;
    }

    @Test
    void theYearToDateTypedAsTheQuarterIsAnErrorGivingBothReadings() {
        Indicator visits = Indicators.count("LIB-01").cumulative().breakdown("District").service("Highways").build();
        var r = new ReturnValidator(libraries(visits), Q3, visitsSoFar())
                .check(List.of(file("lib.xlsx", Q3, visitsWithDistricts(1099525))));
        Finding f = only(r, "year-to-date-typed");
        assertTrue(f.isError());
        assertEquals("J8", f.source().cell(), "at the total's Value");
        assertEquals("1,099,525 looks like the year to date; this row wants October to December 2021 only: the "
                + "district rows add up to 440,628, and with the year so far (April to September 2021, 658,279) that "
                + "makes 1,098,907 for the year to date. Type the figure for October to December 2021 alone (440,628 "
                + "if the district rows are right) in the Value.", f.message());
        assertTrue(r.observations().stream().noneMatch(Observation::isTotal), "the total is not used");
        assertEquals(12, r.observations().size(), "the districts are");
        assertEquals(1, r.withheld().size(), "the total's row is kept without its figure");
        assertEquals("Steady recovery.", r.withheld().get(0).commentary());
        assertTrue(r.withheld().get(0).isTotal());
        assertNull(r.withheld().get(0).value());
        assertTrue(r.findings().stream().noneMatch(x -> x.code().equals("unusual-change")),
                "one finding, not a warning beside it: " + r.findings());
    }

    @Test
    void theYearToDateIsCaughtWithoutDistrictsFromTheYearSoFar() {
        var r = new ReturnValidator(CATALOGUE, Q3, visitsSoFar()).check(List.of(file("lib.xlsx", Q3,
                List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1099525), "Busy quarter.")))));
        Finding f = only(r, "year-to-date-typed");
        assertTrue(f.message().startsWith("1,099,525 looks like the year to date (April to December 2021); this row "
                + "wants October to December 2021 only. Less the year so far (April to September 2021, 658,279) it "
                + "leaves 441,246"), f.message());
        assertTrue(f.message().contains("close to last period's 393,140; read as October to December 2021 alone it is "
                + "2.8 times last period's") && f.message().contains("Type the figure for October to "
                + "December 2021 alone (441,246"), f.message());
        assertTrue(r.observations().isEmpty());
    }

    @Test
    void theQuarterItselfAndAFirstQuarterAreNotTakenForTheYearToDate() {
        Indicator visits = Indicators.count("LIB-01").cumulative().breakdown("District").service("Highways").build();
        var quarter = new ReturnValidator(libraries(visits), Q3, visitsSoFar())
                .check(List.of(file("lib.xlsx", Q3, visitsWithDistricts(440628))));
        assertTrue(quarter.findings().isEmpty(), quarter.findings().toString());
        assertEquals(13, quarter.observations().size());
        // a quarter far above the last, but less the year so far it is no quarter either: a warning only
        var busy = new ReturnValidator(CATALOGUE, Q3, visitsSoFar()).check(List.of(file("lib.xlsx", Q3,
                List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1600000), "New central library.")))));
        assertEquals(List.of("unusual-change"), busy.findings().stream().map(Finding::code).toList());
        // in Q1 the year to date is the quarter
        Period q1 = Period.quarter(2021, 1);
        var first = new ReturnValidator(CATALOGUE, q1, Map.of(new ObservationKey("LIB-01", q1.previous(), ""), 95135.0))
                .check(List.of(file("lib.xlsx", q1, List.of(row("LIB-01", blank("H"), blank("I"), num("J", 265139),
                        "Reopened.")))));
        assertTrue(first.findings().stream().noneMatch(x -> x.code().equals("year-to-date-typed")));
        // in Q2 a figure that doubles (the shipped sample's library events, 48 then 103) is not queried
        // without districts: the year so far is a single quarter
        Period q2 = Period.quarter(2021, 2);
        var doubled = new ReturnValidator(CATALOGUE, q2, Map.of(new ObservationKey("LIB-01", Period.quarter(2021, 1), ""),
                48.0, new ObservationKey("LIB-01", Period.quarter(2020, 2), ""), 38.0)).check(List.of(file("lib.xlsx", q2,
                        List.of(row("LIB-01", blank("H"), blank("I"), num("J", 103), "Events restarting.")))));
        assertTrue(doubled.findings().stream().noneMatch(x -> x.code().equals("year-to-date-typed")), doubled.findings()
                .toString());
        // not cumulative: a figure that happens to match is no year to date
        Indicator volunteers = Indicators.count("LIB-01").service("Highways").build();
        var snapshot = new ReturnValidator(libraries(volunteers), Q3, visitsSoFar()).check(List.of(file("lib.xlsx", Q3,
                List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1099525), "x")))));
        assertTrue(snapshot.findings().stream().noneMatch(x -> x.code().equals("year-to-date-typed")));
    }

    @Test
    void anUnusualDistrictFigureNamesTheDistrict() {
        var earlier = Map.of(new ObservationKey("LIB-01", Q3.previous(), "Burnley"), 31413.0);
        Catalogue c = districts(Indicators.count("LIB-01").name("Visits to libraries").breakdown("District").build());
        var r = new ReturnValidator(c, Q3, earlier).check(List.of(file("lib.xlsx", Q3, List.of(
                row("LIB-01", blank("H"), blank("I"), num("J", 100), "x"),
                district("LIB-01", "Burnley", blank("H"), blank("I"), num("J", 90_000)),
                district("LIB-01", "Wyre", blank("H"), blank("I"), num("J", -89_900))))));
        Finding f = r.findings().stream().filter(x -> x.is(FindingCode.UNUSUAL_CHANGE)).findFirst().orElseThrow();
        assertTrue(f.message().contains("in Burnley") && f.message().contains("LIB-01"), f.message());
        assertTrue(f.message().contains("31,413") && f.message().contains("90,000"), f.message());
    }

    /** A catalogue with {@code ind} and two districts, Burnley and Wyre. */
    private static Catalogue districts(Indicator ind) {
        return new Catalogue(List.of(ind), List.of(), List.of(
                new Catalogue.Population("Aged 0-17", Period.year(2021), "", 45830),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Burnley", 20110),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Wyre", 25720)), List.of(), List.of());
    }

    private ReturnRow district(String id, String area, CellReading n, CellReading d, CellReading v) {
        ReturnRow r = new ReturnRow(id, area, new Source("highways.xlsx", "Return", "A" + row), n, d, v, "", "");
        row++;
        return r;
    }

    private static ReturnValidator.Result check(Catalogue c, List<ReturnRow> rows) {
        return new ReturnValidator(c, Q3, Map.of()).check(List.of(new ReturnFile(Path.of("h.xlsx"), "h.xlsx",
                new TemplateIdentity(1, "Highways", Q3, rows.stream().map(ReturnRow::indicatorId).distinct().toList()),
                "Return", "", rows, List.of(), true)));
    }

    @Test
    void aCountsDistrictsMustAddUpToTheAuthoritysFigure() {
        Catalogue c = districts(Indicators.count("LIB-01").name("Visits to libraries").cumulative()
                .breakdown("District").build());
        var good = check(c, List.of(row("LIB-01", blank("H"), blank("I"), num("J", 440_628), "x"),
                district("LIB-01", "Burnley", blank("H"), blank("I"), num("J", 200_000)),
                district("LIB-01", "Wyre", blank("H"), blank("I"), num("J", 240_628))));
        assertTrue(good.findings().isEmpty(), good.findings().toString());
        assertEquals(3, good.observations().size());

        row = 8;
        var r = check(c, List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1_099_525), "x"),
                district("LIB-01", "Burnley", blank("H"), blank("I"), num("J", 200_000)),
                district("LIB-01", "Wyre", blank("H"), blank("I"), num("J", 240_628))));
        Finding f = only(r, "breakdown-total");
        assertTrue(f.isError());
        assertEquals("J8", f.source().cell(), "at the authority's cell");
        assertEquals("h.xlsx", f.source().file());
        assertTrue(f.message().contains("440,628") && f.message().contains("1,099,525")
                && f.message().contains("658,897"), f.message());
        assertTrue(f.message().contains("2 district figures for LIB-01 (Visits to libraries)"), f.message());
        assertTrue(r.observations().isEmpty(), "none of the figures that disagree is used");
        assertEquals(List.of("", "Burnley", "Wyre"), r.withheld().stream().map(Observation::breakdown).toList(),
                "their rows are kept without the figures");
        assertTrue(r.withheld().stream().allMatch(o -> o.value() == null && o.numerator() == null));
        assertEquals("x", r.withheld().get(0).commentary());
    }

    @Test
    void aSumWithinHalfAUnitOfTheLastDecimalAgrees() {
        Catalogue c = districts(Indicators.count("LIB-02").decimals(1).breakdown("District").build());
        var rounded = check(c, List.of(row("LIB-02", blank("H"), blank("I"), num("J", 10.4), "x"),
                district("LIB-02", "Burnley", blank("H"), blank("I"), num("J", 5.2)),
                district("LIB-02", "Wyre", blank("H"), blank("I"), num("J", 5.24))));
        assertTrue(rounded.findings().isEmpty(), rounded.findings().toString());
        var out = check(c, List.of(row("LIB-02", blank("H"), blank("I"), num("J", 10.6), "x"),
                district("LIB-02", "Burnley", blank("H"), blank("I"), num("J", 5.2)),
                district("LIB-02", "Wyre", blank("H"), blank("I"), num("J", 5.2))));
        assertTrue(only(out, "breakdown-total").message().contains("10.4"), out.findings().toString());
    }

    @Test
    void aPercentagesNumeratorsAndDenominatorsMustAddUp() {
        Catalogue c = districts(Indicators.percentage("HIG-05").breakdown("District").build());
        var good = check(c, List.of(row("HIG-05", num("H", 70), num("I", 80), blank("J"), "x"),
                district("HIG-05", "Burnley", num("H", 30), num("I", 40), blank("J")),
                district("HIG-05", "Wyre", num("H", 40), num("I", 40), blank("J"))));
        assertTrue(good.findings().isEmpty(), good.findings().toString());
        row = 8;
        var r = check(c, List.of(row("HIG-05", num("H", 71), num("I", 90), blank("J"), "x"),
                district("HIG-05", "Burnley", num("H", 30), num("I", 40), blank("J")),
                district("HIG-05", "Wyre", num("H", 40), num("I", 40), blank("J"))));
        List<Finding> f = r.findings().stream().filter(x -> x.is(FindingCode.BREAKDOWN_TOTAL)).toList();
        assertEquals(List.of("H8", "I8"), f.stream().map(x -> x.source().cell()).toList(), r.findings().toString());
        assertTrue(f.get(0).message().contains("Numerators") && f.get(0).message().contains("70")
                && f.get(0).message().contains("71"), f.get(0).message());
        assertTrue(f.get(1).message().contains("Denominators") && f.get(1).message().contains("10 more"),
                f.get(1).message());
    }

    @Test
    void aRateOfAPopulationSumsItsNumeratorsOnly() {
        Catalogue c = districts(Indicators.rate("CSC-01", 10000, "Aged 0-17").breakdown("District").build());
        var good = check(c, List.of(row("CSC-01", num("H", 600), blank("I"), blank("J"), "x"),
                district("CSC-01", "Burnley", num("H", 289), blank("I"), blank("J")),
                district("CSC-01", "Wyre", num("H", 311), blank("I"), blank("J"))));
        assertTrue(good.findings().isEmpty(), good.findings().toString());
        row = 8;
        var r = check(c, List.of(row("CSC-01", num("H", 610), blank("I"), blank("J"), "x"),
                district("CSC-01", "Burnley", num("H", 289), blank("I"), blank("J")),
                district("CSC-01", "Wyre", num("H", 311), blank("I"), blank("J"))));
        assertEquals("H8", only(r, "breakdown-total").source().cell());
    }

    @Test
    void aBreakdownMarkedNotAdditiveOrNotAllFilledInIsNotSummed() {
        Catalogue c = districts(Indicators.count("LIB-01").breakdown("District").notAdditive().build());
        var r = check(c, List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1_099_525), "x"),
                district("LIB-01", "Burnley", blank("H"), blank("I"), num("J", 200_000)),
                district("LIB-01", "Wyre", blank("H"), blank("I"), num("J", 240_628))));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertEquals(3, r.observations().size());

        Catalogue additive = districts(Indicators.count("LIB-01").breakdown("District").build());
        var half = check(additive, List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1_099_525), "x"),
                district("LIB-01", "Burnley", blank("H"), blank("I"), num("J", 200_000)),
                district("LIB-01", "Wyre", blank("H"), blank("I"), cell("J", CellReading.Kind.NOT_AVAILABLE, "n/a",
                        null, false))));
        assertTrue(half.findings().stream().noneMatch(x -> x.is(FindingCode.BREAKDOWN_TOTAL)), half.findings().toString());
        var oneDistrict = check(additive, List.of(row("LIB-01", blank("H"), blank("I"), num("J", 1_099_525), "x"),
                district("LIB-01", "Burnley", blank("H"), blank("I"), num("J", 200_000))));
        assertTrue(oneDistrict.findings().stream().noneMatch(x -> x.is(FindingCode.BREAKDOWN_TOTAL)),
                "a district row deleted: the districts are not all there");
    }

    @Test
    void aCumulativeIndicatorsSumCheckIsItsOwnMethod() {
        Indicator ind = Indicators.count("LIB-01").cumulative().breakdown("District").build();
        var sums = List.of(new BreakdownTotals.Sum(BreakdownTotals.Figure.VALUE, 12, 440_628, 1_099_525, 0,
                new Source("lib.xlsx", "Return", "J8")));
        List<Finding> f = ReturnValidator.cumulativeBreakdownTotal(ind, Q3, sums);
        assertEquals(1, f.size());
        assertEquals("breakdown-total", f.get(0).code());
    }

    @Test
    void populationRatesTakeTheirDenominatorFromTheCatalogue() {
        var r = check(List.of(row("ASC-06", num("H", 1882), blank("I"), blank("J"), "Above the range.")));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        Observation o = r.observations().get(0);
        assertEquals(736.2, o.value(), 0.05);
        assertEquals(255637.0, o.denominator());
        Catalogue noPopulation = new Catalogue(List.of(ADMISSIONS), List.of(), List.of(), List.of(), List.of());
        var missing = new ReturnValidator(noPopulation, Q3, Map.of()).check(List.of(file("a.xlsx", Q3,
                List.of(row("ASC-06", num("H", 1882), blank("I"), blank("J"), "x")))));
        assertTrue(missing.findings().stream().anyMatch(f -> f.code().equals("missing-population")));
    }

    @Test
    void aRedFigureWithoutCommentaryIsQueried() {
        var r = check(List.of(row("HIG-01", num("H", 30), num("I", 43), blank("J"), "")));
        List<Finding> status = Validation.statusChecks(CATALOGUE, r.observations());
        assertEquals(1, status.size(), status::toString);
        Finding f = status.get(0);
        assertEquals("no-commentary", f.code());
        assertFalse(f.isError());
        assertTrue(f.message().contains("Requires improvement"));
    }

    @Test
    void districtFiguresAreOptionalAsASetButNotHalfFilled() {
        Indicator cla = new Indicator("CSC-01", "Children looked after", "Caring for the vulnerable", "ECS", "Highways",
                Frequency.QUARTERLY, Measure.RATE, 10000, "Aged 0-17", Polarity.LOW, null, Tolerance.DEFAULT, false, 1,
                "District");
        Catalogue c = new Catalogue(List.of(cla), List.of(), List.of(
                new Catalogue.Population("Aged 0-17", Period.year(2021), "", 246700),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Burnley", 20110),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Wyre", 25720)), List.of(), List.of());
        ReturnRow total = row("CSC-01", num("H", 1920), blank("I"), blank("J"), "Stable.");
        ReturnRow burnley = new ReturnRow("CSC-01", "Burnley", new Source("c.xlsx", "Return", "A20"), blank("H"),
                blank("I"), blank("J"), "", "");
        ReturnRow wyre = new ReturnRow("CSC-01", "Wyre", new Source("c.xlsx", "Return", "A21"), blank("H"),
                blank("I"), blank("J"), "", "");
        var none = new ReturnValidator(c, Q3, Map.of()).check(List.of(file("c.xlsx", Q3, List.of(total, burnley, wyre))));
        assertFalse(only(none, "missing-breakdown").isError());
        assertEquals(1, none.observations().size());
        ReturnRow wyreFilled = new ReturnRow("CSC-01", "Wyre", new Source("c.xlsx", "Return", "A21"), num("H", 311),
                blank("I"), blank("J"), "", "");
        var half = new ReturnValidator(c, Q3, Map.of()).check(List.of(file("c.xlsx", Q3, List.of(total, burnley, wyreFilled))));
        Finding gap = only(half, "missing-figure");
        assertTrue(gap.isError());
        assertTrue(gap.message().contains("Burnley"));
        Observation w = half.observations().stream().filter(o -> o.breakdown().equals("Wyre")).findFirst().orElseThrow();
        assertEquals(311.0 / 25720 * 10000, w.value(), 1e-9, "the district's own population");
    }

    @Test
    void findingsComeInFileAndCellOrder() {
        List<ReturnRow> rows = new ArrayList<>();
        rows.add(defects(cell("H", CellReading.Kind.TEXT, "x", null, false), num("I", 43), blank("J")));
        rows.add(row("ASC-06", cell("H", CellReading.Kind.TEXT, "y", null, false), blank("I"), blank("J"), ""));
        var r = check(rows);
        assertEquals(List.of("H8", "H9"), r.findings().stream().map(f -> f.source().cell()).toList());
        assertNull(r.superseded().get(null));
    }

    @Test
    void aRowForAnotherServicesIndicatorIsAnErrorAndNeverReplacesTheOwnersFigure() {
        Indicator libraries = new Indicator("LIB-05", "Library events", "Supporting economic growth", "ECS",
                "Libraries", Frequency.QUARTERLY, Measure.COUNT, 1, "", Polarity.HIGH, Target.of(300),
                Tolerance.DEFAULT, false, 0, "");
        Catalogue c = new Catalogue(List.of(DEFECTS, libraries), List.of(), List.of(), List.of(), List.of());
        ReturnFile waste = file("waste.xlsx", Q3, List.of(defects(num("H", 40), num("I", 43), blank("J")),
                row("LIB-05", blank("H"), blank("I"), num("J", 7), "")));
        var r = new ReturnValidator(c, Q3, Map.of()).check(List.of(waste));
        Finding f = only(r, "other-service");
        assertTrue(f.isError());
        assertTrue(f.message().startsWith("LIB-05 is reported by Libraries, not Highways"), f.message());
        assertTrue(r.observations().stream().noneMatch(o -> o.indicatorId().equals("LIB-05")),
                "the 7 is never used: " + r.observations());
        assertEquals(1, r.observations().size());
    }

    @Test
    void anAnnualFigureTypedInAQuarterIsAnErrorAndNotTheYearsOutturn() {
        Indicator annual = new Indicator("HIG-08", "Roads resurfaced", "Delivering better services", "GET",
                "Highways", Frequency.ANNUAL, Measure.COUNT, 1, "", Polarity.HIGH, Target.of(500), Tolerance.DEFAULT,
                false, 0, "");
        Catalogue c = new Catalogue(List.of(DEFECTS, annual), List.of(), List.of(), List.of(), List.of());
        Period q2 = Period.quarter(2021, 2);
        ReturnFile f = file("highways.xlsx", q2, List.of(defects(num("H", 40), num("I", 43), blank("J")),
                row("HIG-08", blank("H"), blank("I"), num("J", 480), "")));
        var r = new ReturnValidator(c, q2, Map.of()).check(List.of(f));
        Finding e = only(r, "not-due");
        assertTrue(e.isError());
        assertTrue(e.message().contains("HIG-08 is annual and not due in the 2021/22 Q2 return"), e.message());
        assertTrue(r.observations().stream().noneMatch(o -> o.indicatorId().equals("HIG-08")));
        // the same row in the Q4 return is the year's figure
        Period q4 = Period.quarter(2021, 4);
        var yearEnd = new ReturnValidator(c, q4, Map.of()).check(List.of(file("highways.xlsx", q4,
                List.of(row("HIG-08", blank("H"), blank("I"), num("J", 480), "Done.")))));
        assertEquals(List.of(), yearEnd.findings().stream().filter(x -> x.code().equals("not-due")).toList());
        assertEquals(Period.year(2021), yearEnd.observations().get(0).period());
    }

    @Test
    void aDenominatorTypedForAPopulationRateIsSaidToBeUnusedAtItsCell() {
        var r = check(List.of(row("ASC-06", num("H", 1882), num("I", 250000), blank("J"), "Above the range.")));
        Finding f = only(r, "ignored-input");
        assertFalse(f.isError());
        assertEquals("I8", f.source().cell());
        assertTrue(f.message().startsWith("The Denominator 250,000 is not used"), f.message());
        assertEquals(255637.0, r.observations().get(0).denominator(), "the catalogue's population is used");
    }

    @Test
    void nAInTheValueIsReportedAtTheValueCell() {
        CellReading na = cell("J", CellReading.Kind.NOT_AVAILABLE, "N/A", null, false);
        var r = check(List.of(row("HIG-01", blank("H"), blank("I"), na, "Survey not run this quarter.")));
        Finding f = only(r, "missing-figure");
        assertFalse(f.isError());
        assertEquals("J8", f.source().cell());
    }

    @Test
    void aCountTypedInTheNumeratorIsAnErrorAtItsCellNotAQuietMissingFigure() {
        var r = check(List.of(row("LIB-01", num("H", 440628), blank("I"), blank("J"), "Three libraries reopened.")));
        Finding f = only(r, "wrong-column");
        assertTrue(f.isError());
        assertEquals("H8", f.source().cell());
        assertTrue(f.message().contains("takes its figure in the Value (J8)"), f.message());
        assertTrue(r.findings().stream().noneMatch(x -> x.code().equals("missing-figure")), r.findings().toString());
        assertTrue(r.observations().isEmpty());
    }

    @Test
    void aFaultWhileCheckingOneReturnIsAFindingOnItAndTheOthersAreStillChecked() {
        // a row no reader makes (no Value cell at all) stands in for any unexpected fault
        ReturnRow broken = new ReturnRow("HIG-01", "", new Source("bad.xlsx", "Return", "A8"), num("H", 40),
                num("I", 43), null, "", "");
        ReturnFile bad = new ReturnFile(Path.of("bad.xlsx"), "bad.xlsx",
                new TemplateIdentity(1, "Highways", Q3, List.of("HIG-01")), "Return", "", List.of(broken), List.of(), true);
        ReturnFile good = new ReturnFile(Path.of("good.xlsx"), "good.xlsx",
                new TemplateIdentity(1, "Libraries", Q3, List.of("LIB-01")), "Return", "",
                List.of(row("LIB-01", blank("H"), blank("I"), num("J", 440628), "Fine.")), List.of(), true);
        Catalogue c = new Catalogue(List.of(DEFECTS, new Indicator("LIB-01", "Visits to libraries",
                "Supporting economic growth", "ECS", "Libraries", Frequency.QUARTERLY, Measure.COUNT, 1, "",
                Polarity.HIGH, Target.of(400_000), Tolerance.DEFAULT, false, 0, "")), List.of(), List.of(), List.of(),
                List.of());
        var r = new ReturnValidator(c, Q3, Map.of()).check(List.of(bad, good));
        Finding f = only(r, "internal-error");
        assertEquals("bad.xlsx", f.source().file());
        assertTrue(f.isError());
        assertEquals(List.of("LIB-01"), r.observations().stream().map(Observation::indicatorId).toList());
    }

    @Test
    void aDenominatorBesideAnNaNumeratorIsNotUsedAndSaysSoAtItsCell() {
        var r = check(List.of(defects(cell("H", CellReading.Kind.NOT_AVAILABLE, "n/a", null, false), num("I", 135),
                blank("J"))));
        assertEquals(List.of(), r.observations());
        Finding ignored = only(r, "ignored-input");
        assertEquals("I8", ignored.source().cell());
        assertTrue(ignored.message().contains("135"), ignored.message());
        assertTrue(r.findings().stream().noneMatch(f -> f.is(org.perfbook.model.FindingCode.UNACCOUNTED_INPUT)));
    }
}
