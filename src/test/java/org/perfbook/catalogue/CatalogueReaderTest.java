package org.perfbook.catalogue;

import org.perfbook.model.Catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.catalogue.CatalogueFixtures.FY21;
import static org.perfbook.catalogue.CatalogueFixtures.INDICATOR_HEADER;
import static org.perfbook.catalogue.CatalogueFixtures.valid;
import static org.perfbook.catalogue.CatalogueReader.BENCHMARKS;
import static org.perfbook.catalogue.CatalogueReader.INDICATORS;
import static org.perfbook.catalogue.CatalogueReader.NEIGHBOURS;
import static org.perfbook.catalogue.CatalogueReader.POPULATIONS;
import static org.perfbook.catalogue.CatalogueReader.TARGETS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfbook.catalogue.CatalogueFixtures.Book;
import org.perfbook.catalogue.CatalogueFixtures.Error;
import org.perfbook.catalogue.CatalogueFixtures.Formula;
import org.perfbook.catalogue.CatalogueFixtures.Percent;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Finding;
import org.perfbook.xlsx.BadFiles;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

class CatalogueReaderTest {

    @TempDir
    Path dir;

    private Catalogue read(Book book) throws Exception {
        return CatalogueReader.read(book.write(dir.resolve("catalogue.xlsx")));
    }

    private List<Finding> findings(Book book) throws IOException {
        Path file = book.write(dir.resolve("catalogue.xlsx"));
        return assertThrows(CatalogueException.class, () -> CatalogueReader.read(file)).findings();
    }

    /** "Indicators!G2 bad-value": what a test needs to say where and what. */
    private static String where(Finding f) {
        return f.source().sheet() + "!" + f.source().cell() + " " + f.code();
    }

    private static void assertPlainEnglish(Finding f) {
        String m = f.message();
        assertFalse(m.contains("Exception") || m.contains("java.") || m.contains("null") || m.contains("org.apache"),
                () -> "not plain English: " + m);
        assertTrue(m.endsWith("."), () -> "not a sentence: " + m);
        assertTrue(f.isError());
        assertEquals("catalogue.xlsx", f.source().file());
    }

    // ---- reading what people type ------------------------------------------------------------

    @Test
    void readsTheHandTypedCatalogueWithDefaultsFilledIn() throws Exception {
        Catalogue c = read(valid());

        assertEquals(List.of("HIG-01", "CSC-01", "LIB-01", "ASC-01"), c.indicators().stream().map(Indicator::id).toList());
        Indicator hig = c.indicator("HIG-01").orElseThrow();
        assertEquals(100, hig.per(), "a percentage is per 100 when Per is blank");
        assertEquals(Target.of(95), hig.target());
        assertEquals(Tolerance.DEFAULT, hig.tolerance());
        assertEquals(Polarity.HIGH, hig.polarity());
        Indicator lib = c.indicator("LIB-01").orElseThrow();
        assertEquals(1, lib.per(), "a count is per 1 when Per is blank");
        assertTrue(lib.cumulative());
        assertEquals(Tolerance.relative(0.02), lib.tolerance());
        assertEquals(0, lib.decimals());
        assertEquals("District", lib.breakdown());
        Indicator asc = c.indicator("ASC-01").orElseThrow();
        assertEquals(1, asc.decimals(), "Decimals blank means 1");
        assertFalse(asc.cumulative(), "Cumulative blank means No");
        assertEquals(Tolerance.absolute(0.5), asc.tolerance());
        Indicator csc = c.indicator("CSC-01").orElseThrow();
        assertEquals(Measure.RATE, csc.measure());
        assertEquals(10_000, csc.per());
        assertEquals("Aged 0-17", csc.population());
        assertNull(csc.target());

        assertEquals(List.of(new Catalogue.YearTarget("LIB-01", FY21, Target.of(1_400_000), null),
                new Catalogue.YearTarget("HIG-01", FY21, Target.of(96), Tolerance.absolute(1))), c.targets());
        assertEquals(List.of(new Catalogue.Population("Aged 0-17", FY21, "", 250_000),
                new Catalogue.Population("Aged 0-17", FY21, "Preston", 30_000)), c.populations());
        assertEquals(List.of(new Benchmark("HIG-01", Period.quarter(2021, 3), "England", 90.5, null, null),
                new Benchmark("CSC-01", Period.quarter(2021, 3), "North West", 85.2, 1200.0, 140_845.0)),
                c.benchmarks());
        assertEquals(List.of("Cumbria", "Kent"), c.neighbours());
    }

    @Test
    void theOptionalOutturnColumnOverridesTheDerivedRule() throws Exception {
        assertNull(read(valid()).indicator("HIG-01").orElseThrow().outturn(), "no column: derived");
        Catalogue c = read(valid().set(INDICATORS, "P1", "Outturn").set(INDICATORS, "P2", "Year end")
                .set(INDICATORS, "P4", "sum"));
        Indicator hig = c.indicator("HIG-01").orElseThrow();
        assertEquals(OutturnRule.YEAR_END, hig.outturn());
        assertEquals(OutturnRule.YEAR_END, hig.outturnRule());
        assertEquals(OutturnRule.SUM, c.indicator("LIB-01").orElseThrow().outturn());
        Indicator asc = c.indicator("ASC-01").orElseThrow();
        assertNull(asc.outturn(), "a blank cell: derived");
        assertEquals(OutturnRule.RECOMPUTED, asc.outturnRule(), "a percentage is recomputed from its counts");
        List<Finding> bad = findings(valid().set(INDICATORS, "P1", "Outturn").set(INDICATORS, "P3", "Average"));
        assertEquals("Indicators!P3 bad-value", where(bad.get(0)));
        assertEquals("'Average' is not an outturn rule: use Sum, Year end, Year to date or Recomputed.",
                bad.get(0).message());
    }

    @Test
    void numbersTypedAsTextAndTextTypedAsNumbersReadTheSame() throws Exception {
        Book book = valid()
                // Per as text with a thousands separator, Decimals as 2.0, Target as a number.
                .add(INDICATORS, "CSC-02", "Child protection plans per 10,000", "Caring for the vulnerable", "ECS",
                        "Children's Social Care", "Quarterly", "Rate", "10,000", "Aged 0-17", "Low", 95, null, "no",
                        2.0, null)
                // The same figures the other way round.
                .add(INDICATORS, "CSC-03", "Child protection plans per 10,000", "Caring for the vulnerable", "ECS",
                        "Children's Social Care", "Quarterly", "Rate", 10000, "Aged 0-17", "Low", "95", null, "No",
                        "2", null)
                // An ID Excel keeps as a number, and a population typed as text.
                .add(INDICATORS, 2024, "Numbered indicator", "P", "D", "S", "Annual", "Count", null, null, "None", null,
                        null, null, null, null)
                .add(POPULATIONS, "Aged 65+", "2021/22", null, "1,234,567");
        Catalogue c = read(book);

        Indicator text = c.indicator("CSC-02").orElseThrow();
        Indicator number = c.indicator("CSC-03").orElseThrow();
        assertEquals(10_000, text.per());
        assertEquals(2, text.decimals());
        assertEquals(Target.of(95), text.target());
        assertEquals(text, new Indicator("CSC-02", number.name(), number.priority(), number.directorate(),
                number.service(), number.frequency(), number.measure(), number.per(), number.population(),
                number.polarity(), number.target(), number.tolerance(), number.cumulative(), number.decimals(),
                number.breakdown()));
        assertTrue(c.indicator("2024").isPresent(), "a numeric ID reads as it is shown");
        assertEquals(1_234_567, c.population("Aged 65+", FY21, "").orElseThrow().value());
    }

    @Test
    void percentFormattedCellsReadAsTheyAreShown() throws Exception {
        Book book = valid()
                .set(INDICATORS, "K2", new Percent(0.95))   // typed 95% into Target
                .set(INDICATORS, "L2", new Percent(0.05))   // typed 5% into Tolerance
                .set(INDICATORS, "L4", 2)                   // an absolute band typed as a number
                .set(BENCHMARKS, "D2", new Percent(0.905));
        Catalogue c = read(book);

        assertEquals(Target.of(95), c.indicator("HIG-01").orElseThrow().target());
        assertEquals(Tolerance.relative(0.05), c.indicator("HIG-01").orElseThrow().tolerance());
        assertEquals(Tolerance.absolute(2), c.indicator("LIB-01").orElseThrow().tolerance());
        assertEquals(90.5, c.benchmarks().get(0).value());
    }

    @Test
    void columnsInAnyOrderAndCaseWithTitleRowsBlankRowsAndExtraColumns() throws Exception {
        Book book = new Book().sheet("indicators",
                new Object[0],
                new Object[0],
                // Header on row 3, from column B, reversed, in odd case and spacing, with a Notes column.
                new Object[] {null, "breakdown", "DECIMALS", " Cumulative ", "tolerance", "Target", "good  IS", "Notes",
                    "population", "per", "measure", "frequency", "service", "directorate", "priority", "indicator", "id"},
                new Object[] {null, "District", 1, "Yes", "3%", "600-680", "range", "check with BI", null, null, "Count",
                    "Quarterly", "Waste", "GET", "Environment", "Residual waste (tonnes)", "WST-09"},
                new Object[0],
                new Object[] {null, null, null, null, null, null, null, "a note on an otherwise blank row"},
                new Object[] {null, null, 0, null, null, 12, "low", null, null, null, "money", "annual", "Finance",
                    "Resources", "Money", "Debt over 6 months", "FIN-03"});
        Catalogue c = read(book);

        assertEquals(List.of(
                new Indicator("WST-09", "Residual waste (tonnes)", "Environment", "GET", "Waste", Frequency.QUARTERLY,
                        Measure.COUNT, 1, "", Polarity.RANGE, Target.range(600, 680), Tolerance.relative(0.03), true,
                        1, "District"),
                new Indicator("FIN-03", "Debt over 6 months", "Money", "Resources", "Finance", Frequency.ANNUAL,
                        Measure.MONEY, 1, "", Polarity.LOW, Target.of(12), Tolerance.DEFAULT, false, 0, "")),
                c.indicators());
        assertTrue(c.targets().isEmpty() && c.populations().isEmpty() && c.benchmarks().isEmpty()
                && c.neighbours().isEmpty(), "the optional sheets may be left out");

        // Findings follow the columns where they really are: Measure is column L here, row 7.
        book.set("indicators", "L7", "Proportion");
        List<Finding> found = findings(book);
        assertEquals(List.of("indicators!L7 bad-value"), found.stream().map(CatalogueReaderTest::where).toList());
    }

    @Test
    void formulasReadAsTheirSavedResult() throws Exception {
        Catalogue c = read(valid().set(INDICATORS, "K2", new Formula("90+5", 95.0))
                .set(INDICATORS, "A5", new Formula("2000+24", 2024.0)));
        assertEquals(Target.of(95), c.indicator("HIG-01").orElseThrow().target());
        assertTrue(c.indicator("2024").isPresent(), "a text column shows the result, not the formula");

        // A formula saved without its result would silently read as 0, so it is reported.
        List<Finding> found = findings(valid().set(INDICATORS, "K2", new Formula("90+5", null)));
        assertEquals(List.of("Indicators!K2 bad-value"), found.stream().map(CatalogueReaderTest::where).toList());
        assertTrue(found.get(0).message().contains("no saved result"), found.get(0).message());
    }

    @Test
    void readsAnOldXlsWorkbookToo() throws Exception {
        Catalogue fromXls = CatalogueReader.read(valid().writeXls(dir.resolve("catalogue.xls")));
        assertEquals(read(valid()), fromXls);
    }

    @Test
    void monthTypedIntoPeriodAndTurnedIntoADateByExcelIsThatMonth() throws Exception {
        Path file = dir.resolve("dated.xlsx");
        valid().write(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            var cell = wb.getSheet(BENCHMARKS).getRow(1).getCell(1);
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
            cell.setCellValue(java.time.LocalDate.of(2021, 12, 1));
            cell.setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(dir.resolve("dated2.xlsx"))) {
                wb.write(out);
            }
        }
        Catalogue c = CatalogueReader.read(dir.resolve("dated2.xlsx"));
        assertEquals(Period.month(java.time.YearMonth.of(2021, 12)), c.benchmarks().get(0).period());
    }

    // ---- one problem at a time ---------------------------------------------------------------

    static Stream<Arguments> problems() {
        return Stream.of(
                problem("missing Indicators sheet", b -> b.remove(INDICATORS), "", "", "missing-sheet"),
                problem("Indicators column renamed", b -> b.set(INDICATORS, "J1", "Polarity"),
                        INDICATORS, "A1", "missing-column"),
                // Not also "unknown population" for CSC-01: that would only repeat the problem.
                problem("Populations column renamed", b -> b.set(POPULATIONS, "D1", "Estimate"),
                        POPULATIONS, "A1", "missing-column"),
                problem("Targets column missing", b -> b.set(TARGETS, "B1", null), TARGETS, "A1", "missing-column"),
                problem("empty Indicators sheet", b -> b.sheet(INDICATORS), INDICATORS, "A1", "missing-column"),
                problem("no indicators", b -> b.sheet(INDICATORS, INDICATOR_HEADER).remove(TARGETS)
                        .remove(BENCHMARKS), INDICATORS, "A2", "no-indicators"),
                problem("blank ID", b -> b.set(INDICATORS, "A5", null), INDICATORS, "A5", "blank-id"),
                problem("blank ID as spaces", b -> b.set(INDICATORS, "A5", " \u00A0 "), INDICATORS, "A5", "blank-id"),
                problem("duplicate ID", b -> b.set(INDICATORS, "A5", "hig-01"), INDICATORS, "A5", "duplicate-id"),
                problem("unknown frequency", b -> b.set(INDICATORS, "F5", "Fortnightly"), INDICATORS, "F5", "bad-value"),
                problem("blank frequency", b -> b.set(INDICATORS, "F5", null), INDICATORS, "F5", "bad-value"),
                problem("unknown measure", b -> b.set(INDICATORS, "G5", "Proportion"), INDICATORS, "G5", "bad-value"),
                problem("unknown good is", b -> b.set(INDICATORS, "J5", "Up"), INDICATORS, "J5", "bad-value"),
                problem("bad target", b -> b.set(INDICATORS, "K5", "about ninety"), INDICATORS, "K5", "bad-target"),
                problem("backwards range", b -> b.set(INDICATORS, "K5", "680-600"), INDICATORS, "K5", "bad-target"),
                problem("bad tolerance", b -> b.set(INDICATORS, "L5", "five percent"), INDICATORS, "L5", "bad-tolerance"),
                problem("negative tolerance", b -> b.set(INDICATORS, "L5", -2), INDICATORS, "L5", "bad-tolerance"),
                problem("rate without per", b -> b.set(INDICATORS, "H3", null), INDICATORS, "H3", "rate-without-per"),
                problem("per not a number", b -> b.set(INDICATORS, "H3", "lots"), INDICATORS, "H3", "bad-value"),
                problem("per zero", b -> b.set(INDICATORS, "H3", 0), INDICATORS, "H3", "bad-value"),
                problem("unknown population", b -> b.set(INDICATORS, "I3", "Aged 0-18"),
                        INDICATORS, "I3", "unknown-population"),
                problem("population without Populations sheet", b -> b.remove(POPULATIONS),
                        INDICATORS, "I3", "unknown-population"),
                problem("cumulative maybe", b -> b.set(INDICATORS, "M5", "Maybe"), INDICATORS, "M5", "bad-value"),
                problem("decimals 7", b -> b.set(INDICATORS, "N5", 7), INDICATORS, "N5", "bad-value"),
                problem("decimals 1.5", b -> b.set(INDICATORS, "N5", 1.5), INDICATORS, "N5", "bad-value"),
                problem("decimals as words", b -> b.set(INDICATORS, "N5", "two"), INDICATORS, "N5", "bad-value"),
                problem("error value in a cell", b -> b.set(INDICATORS, "N5", new Error(FormulaError.DIV0)),
                        INDICATORS, "N5", "bad-value"),
                problem("target for unknown indicator", b -> b.set(TARGETS, "A2", "LIB-99"),
                        TARGETS, "A2", "unknown-indicator"),
                problem("target with blank ID", b -> b.set(TARGETS, "A2", null), TARGETS, "A2", "blank-id"),
                problem("year not a year", b -> b.set(TARGETS, "B2", "2021"), TARGETS, "B2", "bad-period"),
                problem("year is a quarter", b -> b.set(TARGETS, "B2", "2021/22 Q3"), TARGETS, "B2", "bad-period"),
                problem("year blank", b -> b.set(TARGETS, "B2", null), TARGETS, "B2", "bad-period"),
                problem("year target blank", b -> b.set(TARGETS, "C3", null), TARGETS, "C3", "bad-target"),
                problem("year target unreadable", b -> b.set(TARGETS, "C3", "more"), TARGETS, "C3", "bad-target"),
                problem("year tolerance unreadable", b -> b.set(TARGETS, "D3", "a bit"), TARGETS, "D3", "bad-tolerance"),
                problem("two targets for one year", b -> b.add(TARGETS, "lib-01", "2021/22", 1), TARGETS, "A4",
                        "duplicate-row"),
                problem("population year unreadable", b -> b.set(POPULATIONS, "B3", "next year"),
                        POPULATIONS, "B3", "bad-period"),
                problem("population not a number", b -> b.set(POPULATIONS, "D3", "lots"), POPULATIONS, "D3", "bad-number"),
                problem("population zero", b -> b.set(POPULATIONS, "D3", 0), POPULATIONS, "D3", "bad-number"),
                problem("population name blank", b -> b.set(POPULATIONS, "A3", null), POPULATIONS, "A3", "blank-id"),
                problem("population given twice", b -> b.add(POPULATIONS, "aged 0-17", "2021/22", "PRESTON", 1),
                        POPULATIONS, "A4", "duplicate-row"),
                problem("benchmark for unknown indicator", b -> b.set(BENCHMARKS, "A3", "CSC-99"),
                        BENCHMARKS, "A3", "unknown-indicator"),
                problem("benchmark period unreadable", b -> b.set(BENCHMARKS, "B2", "2021/22 Q5"),
                        BENCHMARKS, "B2", "bad-period"),
                problem("benchmark value n/a", b -> b.set(BENCHMARKS, "D2", "n/a"), BENCHMARKS, "D2", "bad-number"),
                problem("benchmark value blank", b -> b.set(BENCHMARKS, "D2", null), BENCHMARKS, "D2", "bad-number"),
                problem("benchmark numerator not a number", b -> b.set(BENCHMARKS, "E3", "about 12"),
                        BENCHMARKS, "E3", "bad-number"),
                problem("benchmark without comparator", b -> b.set(BENCHMARKS, "C2", null), BENCHMARKS, "C2", "bad-value"),
                problem("neighbour listed twice", b -> b.add(NEIGHBOURS, "KENT"), NEIGHBOURS, "A4", "duplicate-row"));
    }

    private static Arguments problem(String name, Consumer<Book> change, String sheet, String cell, String code) {
        return Arguments.of(name, change, sheet, cell, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachProblemIsFoundAtItsCell(String name, Consumer<Book> change, String sheet, String cell, String code)
            throws Exception {
        Book book = valid();
        change.accept(book);
        List<Finding> found = findings(book);

        assertEquals(List.of(sheet + "!" + cell + " " + code), found.stream().map(CatalogueReaderTest::where).toList());
        found.forEach(CatalogueReaderTest::assertPlainEnglish);
    }

    @Test
    void messagesNameWhatWasFoundAndWhatIsAllowed() throws Exception {
        assertEquals("'Proportion' is not a measure: use Count, Percentage, Rate, Average, Money, Score, Ratio or Report.",
                findings(valid().set(INDICATORS, "G5", "Proportion")).get(0).message());
        assertTrue(findings(valid().set(INDICATORS, "F5", null)).get(0).message()
                .startsWith("The Frequency is blank: use Monthly, Quarterly or Annual"));
        assertTrue(findings(valid().set(INDICATORS, "A5", "HIG-01")).get(0).message().contains("row 2"),
                "a duplicate names the row that has the ID first");
        String missing = findings(valid().set(INDICATORS, "J1", "Polarity")).get(0).message();
        assertTrue(missing.contains("'Good is'") && missing.contains("Polarity") && missing.contains("Breakdown"),
                () -> "names the missing column and the columns found: " + missing);
        assertTrue(findings(valid().set(TARGETS, "B2", "2021/22 Q3")).get(0).message().contains("quarter"));
        assertTrue(findings(valid().remove(INDICATORS)).get(0).message().contains("Sheets found: Targets"));
    }

    // ---- many problems at once ---------------------------------------------------------------

    @Test
    void everyProblemIsReportedAtOnceInWorkbookOrder() throws Exception {
        Book book = valid()
                .set(NEIGHBOURS, "A3", new Error(FormulaError.REF))
                .set(BENCHMARKS, "D3", "n/a")
                .set(POPULATIONS, "B2", "2021")
                .set(TARGETS, "A3", "HIG-09")
                .set(INDICATORS, "G2", "Proportion")
                .set(INDICATORS, "K2", "about ninety")
                // Checked after the Populations sheet is read, yet reported in its place in the row.
                .set(INDICATORS, "I2", "Aged 0-18")
                .set(INDICATORS, "H3", null)
                .set(INDICATORS, "M4", "Maybe")
                .set(INDICATORS, "A5", "LIB-01");
        Path file = book.write(dir.resolve("catalogue.xlsx"));
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueReader.read(file));

        assertEquals(List.of(
                "Indicators!G2 bad-value",
                "Indicators!I2 unknown-population",
                "Indicators!K2 bad-target",
                "Indicators!H3 rate-without-per",
                "Indicators!M4 bad-value",
                "Indicators!A5 duplicate-id",
                "Targets!A3 unknown-indicator",
                "Populations!B2 bad-period",
                "Benchmarks!D3 bad-number",
                "Neighbours!A3 bad-value"), e.findings().stream().map(CatalogueReaderTest::where).toList());
        e.findings().forEach(CatalogueReaderTest::assertPlainEnglish);
        assertTrue(e.getMessage().startsWith("catalogue.xlsx, sheet Indicators, cell G2: 'Proportion' is not a measure"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(and 9 more problems)"), e.getMessage());
    }

    @Test
    void aSingleProblemHasNoMoreProblemsSuffix() throws Exception {
        Path file = valid().set(INDICATORS, "G2", "Proportion").write(dir.resolve("catalogue.xlsx"));
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueReader.read(file));
        assertFalse(e.getMessage().contains("more problem"), e.getMessage());
        assertEquals("Indicators", e.findings().get(0).source().sheet());
    }

    @Test
    void sheetNamesMatchWhateverTheirCaseAndFindingsUseTheRealName() throws Exception {
        Path file = valid().set(TARGETS, "A2", "LIB-99").write(dir.resolve("catalogue.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.setSheetName(wb.getSheetIndex(TARGETS), "targets");
            wb.setSheetName(wb.getSheetIndex(INDICATORS), "INDICATORS");
            try (OutputStream out = Files.newOutputStream(dir.resolve("renamed.xlsx"))) {
                wb.write(out);
            }
        }
        CatalogueException e = assertThrows(CatalogueException.class,
                () -> CatalogueReader.read(dir.resolve("renamed.xlsx")));
        assertEquals(List.of("targets!A2 unknown-indicator"), e.findings().stream().map(CatalogueReaderTest::where).toList());
    }

    // ---- files that are not workbooks --------------------------------------------------------

    private void assertUnreadable(Path file, String wording) {
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueReader.read(file));
        assertEquals(1, e.findings().size());
        Finding f = e.findings().get(0);
        assertEquals("unreadable", f.code());
        assertEquals(file.getFileName().toString(), f.source().file());
        assertTrue(f.message().contains(wording), f.message());
        assertFalse(f.message().contains("Exception"), f.message());
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertUnreadable(dir.resolve("nowhere.xlsx"), "not found");
        assertUnreadable(dir, "not found");
    }

    @Test
    void randomBytesNamedXlsxAreUnreadable() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        assertUnreadable(Files.write(dir.resolve("catalogue.xlsx"), junk), "not an Excel workbook");
    }

    @Test
    void emptyAndCsvFilesAreUnreadable() throws Exception {
        assertUnreadable(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "not an Excel workbook");
        assertUnreadable(Files.writeString(dir.resolve("csv.xlsx"), "ID,Indicator\nHIG-01,Defects\n"),
                "not an Excel workbook");
    }

    @Test
    void aZipThatIsNotAWorkbookIsUnreadable() throws Exception {
        Path file = dir.resolve("catalogue.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertUnreadable(file, "not an Excel workbook");
    }

    @Test
    void aPasswordProtectedWorkbookIsUnreadableAndSaysSo() throws Exception {
        Path file = dir.resolve("catalogue.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            Path plain = valid().write(dir.resolve("plain.xlsx"));
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertUnreadable(file, "password");
    }

    // ---- every kind of bad file: one finding, worded once ------------------------------------

    @ParameterizedTest
    @EnumSource(BadFiles.Kind.class)
    void everyKindOfBadFileIsOneUnreadableFinding(BadFiles.Kind kind) throws Exception {
        Path file = BadFiles.write(dir, kind);
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueReader.read(file));
        assertEquals(1, e.findings().size(), e.findings().toString());
        Finding f = e.findings().get(0);
        assertEquals(kind.fileName, f.source().file());
        // Every reader words a bad file the same way; only the catalogue's code is its own.
        assertEquals("unreadable error: " + kind.problem.message(), f.code() + " " + f.severity() + ": " + f.message());
    }

    @Test
    void theOptionalAddsUpColumnSaysWhetherABreakdownAddsUp() throws Exception {
        assertTrue(read(valid()).indicator("LIB-01").orElseThrow().additive(), "without the column, a breakdown adds up");
        Book book = valid().set(INDICATORS, "P1", "Adds up").set(INDICATORS, "P3", "No").set(INDICATORS, "P4", "yes");
        Catalogue c = read(book);
        assertFalse(c.indicator("CSC-01").orElseThrow().additive());
        assertTrue(c.indicator("LIB-01").orElseThrow().additive());
        assertTrue(c.indicator("HIG-01").orElseThrow().additive(), "blank is Yes");
        List<Finding> bad = findings(valid().set(INDICATORS, "P1", "Adds up").set(INDICATORS, "P3", "Sometimes"));
        assertEquals(List.of("Indicators!P3 bad-value"), bad.stream().map(CatalogueReaderTest::where).toList());
        assertTrue(bad.get(0).message().contains("Yes or No"), bad.get(0).message());
        assertPlainEnglish(bad.get(0));
    }

    @Test
    void aReportIndicatorCarriesItsScheduleAndNoTarget() throws Exception {
        Catalogue c = read(valid().set(INDICATORS, "P1", "Schedule").set(INDICATORS, "G2", "Report")
                .set(INDICATORS, "K2", "").set(INDICATORS, "P2", "Annual Report – schedule to be confirmed"));
        Indicator report = c.indicator("HIG-01").orElseThrow();
        assertEquals(Measure.REPORT, report.measure());
        assertEquals("Annual Report – schedule to be confirmed", report.schedule());
        assertEquals("", c.indicator("CSC-01").orElseThrow().schedule(), "a blank cell, no schedule");
        assertTrue(c.indicatorsDue("Highways", Period.quarter(2021, 4)).stream().noneMatch(i -> i.id().equals("HIG-01")),
                "no return asks for a Report indicator's figure");

        List<Finding> bad = findings(valid().set(INDICATORS, "P1", "Schedule").set(INDICATORS, "G2", "Report")
                .set(INDICATORS, "P3", "Annual Report"));
        assertEquals(List.of("Indicators!K2 bad-target", "Indicators!P3 bad-value"),
                bad.stream().map(CatalogueReaderTest::where).toList());
        assertTrue(bad.get(0).message().contains("has no target"), bad.get(0).message());
        assertTrue(bad.get(1).message().contains("Only an indicator whose Measure is Report has a Schedule"),
                bad.get(1).message());
        bad.forEach(CatalogueReaderTest::assertPlainEnglish);
    }

    @Test
    void aMonthlyIndicatorCannotHaveABreakdown() throws Exception {
        Book book = new Book().sheet("Indicators",
                new Object[] {"ID", "Indicator", "Priority", "Directorate", "Service", "Frequency", "Measure", "Per",
                    "Population", "Good is", "Target", "Tolerance", "Cumulative", "Decimals", "Breakdown"},
                new Object[] {"CSC-08", "Children looked after", "Care", "ECS", "CSC", "Monthly", "Count", null, null,
                    "Low", null, null, "No", 0, "District"});
        CatalogueException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueException.class, () -> read(book));
        assertTrue(e.getMessage().contains("O2"), e.getMessage());
        assertTrue(e.getMessage().contains("monthly indicator cannot be broken down"), e.getMessage());
    }
}
