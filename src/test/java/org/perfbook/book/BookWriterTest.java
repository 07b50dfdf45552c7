package org.perfbook.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Settings;
import org.perfbook.model.Source;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.text.PeriodWords;

class BookWriterTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Indicator DEFECTS = new Indicator("HIG-01", "Emergency defects repaired within 4 hours",
            "Delivering better services", "Growth, Environment & Transport", "Highways", Frequency.QUARTERLY,
            Measure.PERCENTAGE, 100, "", Polarity.HIGH, Target.of(95), Tolerance.DEFAULT, false, 2, "");
    static final Indicator SAFEGUARDING = new Indicator("ASQ-01", "Safeguarding outcomes fully met",
            "Caring for the vulnerable", "ASHW", "Adult Safeguarding", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(70), Tolerance.DEFAULT, false, 1, "");

    /** The book most tests read, written once: building and writing it is most of each test's time. */
    static Book shared;
    static XSSFWorkbook sharedBook;

    @TempDir
    static Path sharedDir;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheSharedBook() throws Exception {
        shared = book("");
        Path f = sharedDir.resolve("book.xlsx");
        BookWriter.write(shared, f);
        sharedBook = new XSSFWorkbook(f.toFile());
    }

    @AfterAll
    static void closeTheSharedBook() throws Exception {
        sharedBook.close();
    }

    private static Book book(String commentary) {
        Catalogue c = new Catalogue(List.of(DEFECTS, SAFEGUARDING), List.of(), List.of(), List.of(), List.of());
        List<Observation> o = new ArrayList<>();
        o.add(new Observation("HIG-01", Q3.previous(), "", 88.71, null, null, "", Source.of("h.xlsx")));
        o.add(new Observation("HIG-01", Q3, "", 40.0 / 43 * 100, 40.0, 43.0, commentary,
                new Source("returns/2021-22-Q3/highways.xlsx", "Return", "H8")));
        o.add(new Observation("ASQ-01", Q3, "", 61.4, null, null, "Recording practice is being reviewed.",
                Source.of("s.xlsx")));
        Assessor assessor = new Assessor(c, o);
        List<Assessment> a = assessor.assess(Q3);
        byte[] png = org.perfbook.charts.Export.png(
                org.perfbook.charts.CommitteeCharts.statusSummary(a, c.priorities(), Q3), 6.5, 3);
        List<Picture> pictures = List.of(
                new Picture("summary-status", "", "Stacked bar chart of status", 6.5, 3, png),
                new Picture("HIG-01-trend", "HIG-01", "Line chart of emergency defects", 6.5, 3, png));
        return new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), a,
                assessor.evaluateAll(),
                List.of(Finding.error(new Source("returns/2021-22-Q3/waste.xlsx", "Return", "H9"), FindingCode.PERCENT_IN_COUNT,
                        "'43%*' in the Numerator looks like a percentage.")),
                List.of(new Book.InputFile("workbooks/catalogue.xlsx", "catalogue", 1234, "ab".repeat(32))),
                List.of(new Book.ReturnRead("returns/2021-22-Q3/highways.xlsx", "Highways", Q3,
                        "Pat Jones, 01234 567890", List.of(new Book.DataNote("hig-01", "",
                                "Two depots reported late; their jobs are counted from the job log.")))),
                List.of("waste-v2.xlsx supersedes waste.xlsx (Waste Management, 2021/22 Q3): the later return is used."),
                pictures);
    }

    private XSSFWorkbook written(Book b) throws Exception {
        Path f = dir.resolve("book.xlsx");
        BookWriter.write(b, f);
        return new XSSFWorkbook(f.toFile());
    }

    /** Every part's bytes but the document properties (POI stamps their creation time). */
    private static Map<String, String> parts(Path file) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().equals("docProps/core.xml")) {
                    out.put(e.getName(), java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(zip.getInputStream(e).readAllBytes())));
                }
            }
        }
        return out;
    }

    @Test
    void theSameBookIsTheSameBytesEveryTime() throws Exception {
        // POI saves the sheets' last rows in an order that changes from run to run; the shared strings with them
        Map<String, String> first = parts(sharedDir.resolve("book.xlsx"));
        for (int i = 0; i < 4; i++) {
            Path again = dir.resolve("again-" + i + ".xlsx");
            BookWriter.write(shared, again);
            assertEquals(first, parts(again), "written again, time " + (i + 1));
        }
    }

    private static Row find(Sheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        return null;
    }

    private static Cell at(Row r, DataColumn column) {
        return r.getCell(column.index());
    }

    @Test
    void sheetsInOrder() {
        List<String> names = new ArrayList<>();
        sharedBook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Delivering better services", "Caring for the vulnerable", "Charts", "Data",
                "Findings", "About"), names);
    }

    @Test
    void dataIsATidyTableOfNumbersAtFullPrecision() {
        Book b = shared;
        XSSFSheet data = sharedBook.getSheet("Data");
        Row head = data.getRow(0);
        List<String> labels = new ArrayList<>();
        head.forEach(c -> labels.add(c.getStringCellValue()));
        assertEquals(DataColumn.headings(), labels);
        assertEquals(b.data().size(), data.getLastRowNum());
        Row q3 = null;
        for (Row r : data) {
            if (r.getRowNum() > 0 && at(r, DataColumn.ID).getStringCellValue().equals("HIG-01")
                    && at(r, DataColumn.PERIOD).getStringCellValue().equals("2021/22 Q3")) {
                q3 = r;
            }
        }
        assertNotNull(q3);
        assertEquals(40.0 / 43 * 100, at(q3, DataColumn.VALUE).getNumericCellValue(), 0, "no rounding in the Data sheet");
        assertEquals(40.0, at(q3, DataColumn.NUMERATOR).getNumericCellValue());
        assertTrue(at(q3, DataColumn.LOWER_95).getNumericCellValue() < 93
                && at(q3, DataColumn.UPPER_95).getNumericCellValue() > 93.1);
        assertEquals(95.0, at(q3, DataColumn.TARGET).getNumericCellValue());
        assertEquals("Amber", at(q3, DataColumn.STATUS).getStringCellValue());
        assertEquals("Improving", at(q3, DataColumn.DIRECTION).getStringCellValue());
        assertEquals("returns/2021-22-Q3/highways.xlsx!Return!H8", at(q3, DataColumn.SOURCE).getStringCellValue());
        List<XSSFTable> tables = data.getTables();
        assertEquals(1, tables.size());
        assertEquals("A1:" + (char) ('A' + DataColumn.values().length - 1) + (b.data().size() + 1), tables.get(0).getCTTable().getRef());
        assertEquals("Trend", tables.get(0).getCTTable().getTableColumns().getTableColumnArray(DataColumn.TREND.index()).getName());
        assertEquals("Source", tables.get(0).getCTTable().getTableColumns().getTableColumnArray(DataColumn.SOURCE.index()).getName());
        assertEquals("Data note", tables.get(0).getCTTable().getTableColumns().getTableColumnArray(DataColumn.DATA_NOTE.index()).getName());
        assertEquals("Cannot be calculated: fewer than 5 periods (2)", at(q3, DataColumn.TREND).getStringCellValue());
    }

    @Test
    void theDataNoteOfAReturnsRowIsBesideItsFigure() {
        String note = "Two depots reported late; their jobs are counted from the job log.";
        List<String> withNote = new ArrayList<>();
        for (Row r : sharedBook.getSheet("Data")) {
            Cell c = at(r, DataColumn.DATA_NOTE);
            if (r.getRowNum() > 0 && c != null && c.getStringCellValue().equals(note)) {
                withNote.add(at(r, DataColumn.ID).getStringCellValue() + " " + at(r, DataColumn.PERIOD).getStringCellValue());
            }
        }
        assertEquals(List.of("HIG-01 2021/22 Q3"), withNote, "only the figure from that return's row");
    }

    /** HIG-01's sentence: 40 of 43 = 93.02%, Q2 88.71%: up 4.31 percentage points. */
    static final String FIGURES = "93.02% (40 of 43) in Q3 2021/22, up 4.31 percentage points on Q2 and below the 95% "
            + "target.";

    @Test
    void theDataSheetSaysEachIndicatorsFiguresInWordsOnTheRowItIsReportedFor() throws Exception {
        Path f = dir.resolve("named.xlsx");
        BookWriter.write(book(""), new Settings("Lancashire", "", "", "", "", "", "", "", ""), f);
        try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
            List<String> words = new ArrayList<>();
            for (Row r : wb.getSheet("Data")) {
                Cell c = at(r, DataColumn.SENTENCE);
                if (r.getRowNum() > 0 && c != null) {
                    words.add(at(r, DataColumn.PERIOD).getStringCellValue() + " " + c.getStringCellValue());
                }
            }
            assertEquals(List.of("2021/22 Q3 " + DEFECTS.name() + ": " + FIGURES,
                    "2021/22 Q3 " + SAFEGUARDING.name() + ": 61.4% in Q3 2021/22, with no figure for Q2 to compare "
                            + "and below the 70% target."), words);
        }
    }

    @Test
    void textFromReturnsStaysText() throws Exception {
        for (String nasty : List.of("=HYPERLINK(\"http://example.com\",\"click\")", "+SUM(A1:A9)", "-2+3", "@cmd")) {
            try (XSSFWorkbook wb = written(book(nasty))) {
                Sheet s = wb.getSheet("Delivering better services");
                Row r = find(s, 0, "HIG-01");
                Cell commentary = s.getRow(r.getRowNum() + 1).getCell(1);
                assertEquals(CellType.STRING, commentary.getCellType());
                assertEquals(FIGURES + "\nCommentary: " + nasty, commentary.getStringCellValue());
            }
        }
    }

    @Test
    void scorecardShowsActualNumbersStatusWordsAndComparisons() throws Exception {
        try (XSSFWorkbook wb = written(book("Improved in December."))) {
            Sheet s = wb.getSheet("Delivering better services");
            Row r = find(s, 0, "HIG-01");
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : ""));
            assertTrue(cells.contains("93.02% (40 of 43)"), cells.toString());
            assertTrue(cells.contains("Slightly below desired level"), cells.toString());
            assertTrue(cells.stream().anyMatch(c -> c.contains("Improving") && c.contains("percentage points")), cells.toString());
            Row header = find(s, 0, "ID");
            List<String> heads = new ArrayList<>();
            header.forEach(c -> heads.add(c.getStringCellValue()));
            assertTrue(heads.containsAll(List.of("2019/20 outturn", "2020/21 outturn", "Q3 2021/22 (Oct–Dec)",
                    "Compared with")), heads.toString());
            // the commentary on the row under the indicator, across the table
            Row words = s.getRow(r.getRowNum() + 1);
            // the figures in a sentence, then the service's words
            assertEquals(FIGURES + "\nCommentary: Improved in December.", words.getCell(1).getStringCellValue());
            assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == words.getRowNum()
                    && m.getFirstColumn() == 1 && m.getLastColumn() == heads.size() - 1), "merged across the table");
            // printed with its header on every page, the table only
            assertEquals((header.getRowNum() + 1) + ":" + (header.getRowNum() + 1),
                    s.getRepeatingRows().formatAsString());
            String area = wb.getPrintArea(wb.getSheetIndex(s));
            assertTrue(area.endsWith("$" + org.apache.poi.ss.util.CellReference.convertNumToColString(heads.size() - 1)
                    + "$" + (s.getLastRowNum() + 1)), area);
            assertTrue(s.getPrintSetup().getLandscape());
        }
    }

    @Test
    void theRecentTrendIsOnTheReportedPeriodsDataRowAndTheScorecard() throws Exception {
        Catalogue c = new Catalogue(List.of(DEFECTS), List.of(), List.of(), List.of(), List.of());
        List<Observation> o = new ArrayList<>();
        int[] repaired = {30, 34, 38, 42, 46};
        Period p = Q3.previous().previous().previous().previous();
        for (int k = 0; k < 5; k++, p = p.next()) {
            o.add(new Observation("HIG-01", p, "", repaired[k] / 50.0 * 100, (double) repaired[k], 50.0, "",
                    Source.of("h.xlsx")));
        }
        Assessor assessor = new Assessor(c, o);
        Book b = new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), assessor.assess(Q3),
                assessor.evaluateAll(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = written(b)) {
            List<String> trends = new ArrayList<>();
            for (Row r : wb.getSheet("Data")) {
                Cell cell = at(r, DataColumn.TREND);
                if (r.getRowNum() > 0 && cell != null) {
                    trends.add(at(r, DataColumn.PERIOD).getStringCellValue() + " " + cell.getStringCellValue());
                }
            }
            assertEquals(List.of("2021/22 Q3 Increasing and getting better"), trends, "only the reported period's row");
            Row r = find(wb.getSheet("Delivering better services"), 0, "HIG-01");
            List<String> cells = new ArrayList<>();
            r.forEach(cell -> cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
            assertTrue(cells.stream().anyMatch(x -> x.contains("Improving")
                    && x.contains("Recent trend, 2020/21 Q3 to 2021/22 Q3: Increasing and getting better")), cells.toString());
        }
    }

    @Test
    void outturnsAreTheYearByTheIndicatorsRuleAndSaySo() throws Exception {
        Indicator jobs = new Indicator("ECO-03", "Jobs created or safeguarded through Boost", "Delivering better services",
                "Growth, Environment & Transport", "Economic Development", Frequency.QUARTERLY, Measure.COUNT, 1, "",
                Polarity.HIGH, Target.of(100), Tolerance.DEFAULT, true, 2, "");
        Catalogue c = new Catalogue(List.of(DEFECTS, jobs), List.of(), List.of(), List.of(), List.of());
        List<Observation> o = new ArrayList<>();
        double[] boost = {61.50, 88.20, 104.75, 72.40};
        int[][] repaired = {{48, 51}, {58, 62}, {56, 61}, {88, 95}};
        for (int q = 1; q <= 4; q++) {
            o.add(new Observation("ECO-03", Period.quarter(2019, q), "", boost[q - 1], null, null, "", Source.of("e.xlsx")));
            o.add(new Observation("HIG-01", Period.quarter(2020, q), "", 100.0 * repaired[q - 1][0] / repaired[q - 1][1],
                    (double) repaired[q - 1][0], (double) repaired[q - 1][1], "", Source.of("h.xlsx")));
        }
        // 2020/21 has three of its four quarters for jobs
        for (int q = 1; q <= 3; q++) {
            o.add(new Observation("ECO-03", Period.quarter(2020, q), "", 40.0, null, null, "", Source.of("e.xlsx")));
        }
        // a quarter of 2019/20 without its counts: that year's percentage cannot be recomputed
        o.add(new Observation("HIG-01", Period.quarter(2019, 3), "", 90.0, 45.0, 50.0, "", Source.of("h.xlsx")));
        o.add(new Observation("HIG-01", Period.quarter(2019, 4), "", 91.0, null, null, "", Source.of("h.xlsx")));
        Assessor assessor = new Assessor(c, o);
        Book b = new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), assessor.assess(Q3),
                assessor.evaluateAll(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = written(b)) {
            Sheet s = wb.getSheet("Delivering better services");
            Row header = find(s, 0, "ID");
            assertEquals("2019/20 outturn", header.getCell(5).getStringCellValue());
            assertEquals("2020/21 outturn", header.getCell(6).getStringCellValue());
            Row boostRow = find(s, 0, "ECO-03");
            assertEquals("326.85 (year)", boostRow.getCell(5).getStringCellValue(),
                    "61.50 + 88.20 + 104.75 + 72.40, not the Q4 72.40");
            assertEquals("3 of 4 quarters", boostRow.getCell(6).getStringCellValue(), "no figure for a year not complete");
            Row defects = find(s, 0, "HIG-01");
            assertEquals("1 of 4 quarters", defects.getCell(5).getStringCellValue());
            assertEquals("92.94% (year: 250 of 269)", defects.getCell(6).getStringCellValue(),
                    "(48 + 58 + 56 + 88) of (51 + 62 + 61 + 95), not Q4's 92.63%");
        }
        Indicator snapshot = DEFECTS.withOutturn(OutturnRule.YEAR_END);
        Assessment a = new Assessor(new Catalogue(List.of(snapshot), List.of(), List.of(), List.of(), List.of()), o)
                .assess(snapshot, Q3);
        assertEquals("92.63% (Q4)", ScorecardSheet.outturnText(snapshot, a.yearOutturns().get(Period.year(2020))));
    }

    @Test
    void aFigureWithAnErrorKeepsTheServicesCommentaryAndSaysItWasNotUsed() throws Exception {
        Catalogue c = new Catalogue(List.of(DEFECTS, SAFEGUARDING), List.of(), List.of(), List.of(), List.of());
        List<Observation> o = List.of(
                new Observation("HIG-01", Q3.previous(), "", 88.71, null, null, "", Source.of("h.xlsx")),
                new Observation("ASQ-01", Q3, "", 61.4, null, null, "Recording practice is being reviewed.",
                        Source.of("s.xlsx")));
        Observation rejected = new Observation("HIG-01", Q3, "", null, null, null, "Two crews were off sick in November.",
                new Source("returns/2021-22-Q3/highways.xlsx", "Return", "J8"));
        Assessor assessor = new Assessor(c, o, List.of(rejected));
        List<Evaluation> data = assessor.evaluateAll();
        Book b = new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), assessor.assess(Q3),
                data, List.of(), List.of(), List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = written(b)) {
            Sheet s = wb.getSheet("Delivering better services");
            Row header = find(s, 0, "ID");
            Row r = find(s, 0, "HIG-01");
            List<String> heads = new ArrayList<>();
            header.forEach(h -> heads.add(h.getStringCellValue()));
            assertEquals("Figure not used", r.getCell(heads.indexOf("Q3 2021/22 (Oct–Dec)")).getStringCellValue());
            String q2 = "Q2 2021/22 (" + PeriodWords.bookQuarterMonths(Q3.previous()) + ")";
            assertEquals("88.71%", r.getCell(heads.indexOf(q2)).getStringCellValue());
            assertEquals("Figure not used: see the Findings sheet. Commentary: Two crews were off sick in November.",
                    s.getRow(r.getRowNum() + 1).getCell(1).getStringCellValue());
            assertEquals("Not rated", r.getCell(heads.indexOf("Status")).getStringCellValue());

            Sheet summary = wb.getSheet("Summary");
            Row delivering = find(summary, 0, "Delivering better services");
            assertEquals(1.0, delivering.getCell(4).getNumericCellValue(), "Not rated");
            assertEquals("none rated", delivering.getCell(5).getStringCellValue(), "not counted as a figure");

            XSSFSheet sheet = wb.getSheet("Data");
            assertEquals(data.size() + 1, sheet.getLastRowNum(), "one row more than the figures: the one not used");
            List<String> order = new ArrayList<>();
            Row q3 = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    order.add(at(row, DataColumn.ID).getStringCellValue() + " " + at(row, DataColumn.PERIOD)
                            .getStringCellValue());
                    if (order.get(order.size() - 1).equals("HIG-01 2021/22 Q3")) {
                        q3 = row;
                    }
                }
            }
            assertEquals(List.of("HIG-01 2021/22 Q2", "HIG-01 2021/22 Q3", "ASQ-01 2021/22 Q3"), order,
                    "where its figure would have been");
            assertNotNull(q3);
            assertEquals(null, at(q3, DataColumn.VALUE), "no figure");
            assertEquals("Not used", at(q3, DataColumn.STATUS).getStringCellValue());
            assertEquals("Figure not used: see the Findings sheet. Commentary: Two crews were off sick in November.",
                    at(q3, DataColumn.DATA_NOTE).getStringCellValue());
            assertEquals("returns/2021-22-Q3/highways.xlsx!Return!J8", at(q3, DataColumn.SOURCE).getStringCellValue());
        }
    }

    @Test
    void dataFindingsAndAboutPrintOnA4LandscapeOnePageWideWithTheirHeadings() {
        XSSFWorkbook wb = sharedBook;
        for (String name : List.of("Data", "Findings", "About")) {
            Sheet s = wb.getSheet(name);
            assertTrue(s.getPrintSetup().getLandscape(), name);
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), name);
            assertTrue(s.getFitToPage(), name);
            assertEquals(1, s.getPrintSetup().getFitWidth(), name);
            assertEquals(0, s.getPrintSetup().getFitHeight(), name + ": as many pages tall as the rows need");
            assertTrue(s.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT) <= 0.4, name);
        }
        assertEquals("1:1", wb.getSheet("Data").getRepeatingRows().formatAsString());
        assertEquals("1:1", wb.getSheet("Findings").getRepeatingRows().formatAsString());
        // the Data sheet prints its figures, ID to Status: a width that keeps the text at 8 pt or more
        String area = wb.getPrintArea(wb.getSheetIndex("Data"));
        String status = org.apache.poi.ss.util.CellReference.convertNumToColString(DataColumn.STATUS.index());
        assertTrue(area.contains("$A$1:$" + status + "$"), area);
        int printed = 0;
        for (int c = 0; c <= DataColumn.STATUS.index(); c++) {
            printed += wb.getSheet("Data").getColumnWidth(c) / 256;
        }
        // LibreOffice prints about 136 characters of 11 pt Calibri across A4 landscape at full size (measured on
        // the About sheet); 8 pt needs 136 / (8 / 11) = 187 characters or fewer
        assertTrue(printed <= 187, printed + " characters wide");
        int findings = 0;
        for (int w : FindingColumn.widths()) {
            findings += w;
        }
        assertTrue(findings <= 187, findings + " characters wide");
    }

    @Test
    void summaryCountsExceptionsAndNotes() throws Exception {
        XSSFWorkbook wb = sharedBook;
        Sheet s = wb.getSheet("Summary");
        Row caring = find(s, 0, "Caring for the vulnerable");
        assertEquals(1.0, caring.getCell(3).getNumericCellValue(), "one Red");
        assertEquals("0 of 1 (0%)", caring.getCell(5).getStringCellValue());
        Row exception = find(s, 0, "ASQ-01");
        assertNotNull(exception, "Red indicators are exceptions");
        assertEquals(Status.RED.wording(), exception.getCell(3).getStringCellValue());
        assertNotNull(find(s, 0, "waste-v2.xlsx supersedes waste.xlsx (Waste Management, 2021/22 Q3): the later return is used."));
    }

    @Test
    void picturesOnFileAreCopiedIntoTheBookEachInItsPlace() throws Exception {
        Book b = book("Recovered after the depot move.");
        Path summaryPng = Files.write(dir.resolve("summary-status.png"), b.pictures().get(0).png());
        // a different image for the trend, so a picture put in the other's place would show
        byte[] other = org.perfbook.charts.Export.png(org.perfbook.charts.CommitteeCharts.statusSummary(
                b.assessments(), List.of("Caring for the vulnerable"), Q3), 6.5, 3);
        Path trendPng = Files.write(dir.resolve("HIG-01-trend.png"), other);
        Book onFile = new Book(b.period(), b.builtAt(), b.version(), b.priorities(), b.assessments(), b.data(),
                b.findingsInContext(), b.inputs(), b.returns(), b.receipts(), b.notes(), List.of(
                        Picture.onFile("summary-status", "", "Stacked bar chart of status", 6.5, 3, summaryPng),
                        Picture.onFile("HIG-01-trend", "HIG-01", "Line chart of emergency defects", 6.5, 3, trendPng)));
        try (XSSFWorkbook wb = written(onFile)) {
            XSSFPicture summary = (XSSFPicture) wb.getSheet("Summary").getDrawingPatriarch().getShapes().get(0);
            assertArrayEquals(Files.readAllBytes(summaryPng), summary.getPictureData().getData());
            XSSFPicture trend = (XSSFPicture) wb.getSheet("Charts").getDrawingPatriarch().getShapes().get(0);
            assertArrayEquals(other, trend.getPictureData().getData());
        }
    }

    @Test
    void chartsAreEmbeddedWithAltTextAtTheirProportions() throws Exception {
        Book b = shared;
        XSSFWorkbook wb = sharedBook;
        List<XSSFShape> summary = wb.getSheet("Summary").getDrawingPatriarch().getShapes();
        assertEquals(1, summary.size());
        XSSFPicture pic = (XSSFPicture) summary.get(0);
        assertEquals("Stacked bar chart of status", pic.getCTPicture().getNvPicPr().getCNvPr().getDescr());
        assertArrayEquals(b.pictures().get(0).png(), pic.getPictureData().getData());
        assertEquals(null, wb.getSheet("Delivering better services").getDrawingPatriarch(), "scorecards print without charts");
        var charts = wb.getSheet("Charts").getDrawingPatriarch().getShapes();
        XSSFPicture trend = (XSSFPicture) charts.get(0);
        assertEquals("Line chart of emergency defects", trend.getCTPicture().getNvPicPr().getCNvPr().getDescr());
        var ext = trend.getCTPicture().getSpPr().getXfrm().getExt();
        assertEquals(6.5 / 3, (double) ext.getCx() / ext.getCy(), 0.01, "not stretched");
        assertEquals(1, wb.getSheet("Charts").getDrawingPatriarch().getCTDrawing().sizeOfOneCellAnchorArray());
        Row row = wb.getSheet("Charts").getRow(trend.getClientAnchor().getRow1());
        assertTrue(row.getCell(0).getStringCellValue().startsWith("HIG-01 "), "beside its indicator");
    }

    @Test
    void findingsAndAbout() throws Exception {
        XSSFWorkbook wb = sharedBook;
        Row f = wb.getSheet("Findings").getRow(1);
        assertEquals("returns/2021-22-Q3/waste.xlsx", f.getCell(FindingColumn.FILE.index()).getStringCellValue());
        assertEquals("H9", f.getCell(FindingColumn.CELL.index()).getStringCellValue());
        assertEquals("error", f.getCell(FindingColumn.SEVERITY.index()).getStringCellValue());
        Sheet about = wb.getSheet("About");
        assertNotNull(find(about, 0, "workbooks/catalogue.xlsx"));
        assertEquals("ab".repeat(32), find(about, 0, "workbooks/catalogue.xlsx").getCell(3).getStringCellValue());
    }

    private static List<String> texts(Row r) {
        List<String> cells = new ArrayList<>();
        if (r != null) {
            r.forEach(c -> cells.add(c.getStringCellValue()));
        }
        return cells;
    }

    private static FindingContext inReturn(Finding f, Period p, String service, String id, String breakdown) {
        return new FindingContext(f, p, service, id, breakdown);
    }

    @Test
    void findingsSayWhatTheyAreAboutThisPeriodsFirstErrorsBeforeWarningsAndEarlierOnesInTheirOwnTable()
            throws Exception {
        Source highways = new Source("returns/2021-22-Q3/highways.xlsx", "Return", "H8");
        Source district = new Source("returns/2021-22-Q3/highways.xlsx", "Return", "J12");
        List<FindingContext> findings = List.of(
                inReturn(Finding.warning(highways, FindingCode.NO_COMMENTARY, "No commentary."), Q3, "Highways",
                        "HIG-01", ""),
                inReturn(Finding.error(district, FindingCode.TEXT_IN_NUMBER, "'12a' is not a number."), Q3, "Highways",
                        "HIG-01", "Dover"),
                FindingContext.of(Finding.warning(new Source("workbooks/history.xlsx", "History", "C4"),
                        FindingCode.TEXT_IN_NUMBER, "Not a number.")),
                inReturn(Finding.warning(new Source("returns/2021-22-Q1/highways.xlsx", "Return", "H8"),
                        FindingCode.UNUSUAL_CHANGE, "Far from last period."), Period.quarter(2021, 1), "Highways",
                        "HIG-01", ""),
                inReturn(Finding.error(new Source("returns/2021-22-Q2/highways.xlsx", "Return", "H9"),
                        FindingCode.TEXT_IN_NUMBER, "'x' is not a number."), Q3.previous(), "Highways", "HIG-06", ""),
                new FindingContext(Finding.error(Source.of("returns/2021-22-Q3"), FindingCode.MISSING_RETURN,
                        "No return from Public Health."), Q3, "Public Health", "", ""));
        Book b = new Book(shared.period(), shared.builtAt(), shared.version(), shared.priorities(), shared.assessments(),
                shared.data(), findings, shared.inputs(), shared.returns(), List.of(), shared.notes(), List.of());
        try (XSSFWorkbook wb = written(b)) {
            XSSFSheet s = wb.getSheet("Findings");
            assertEquals(List.of("Period", "Service", "Indicator", "Breakdown", "Severity", "Code", "Message", "File",
                    "Sheet", "Cell"), texts(s.getRow(0)));
            assertEquals(FindingColumn.headings(), texts(s.getRow(0)));
            assertEquals(List.of("2021/22 Q3", "Public Health", "", "", "error", "missing-return"),
                    texts(s.getRow(1)).subList(0, 6), "errors first, in file order");
            assertEquals(List.of("2021/22 Q3", "Highways", "HIG-01", "Dover", "error", "text-in-number",
                    "'12a' is not a number.", "returns/2021-22-Q3/highways.xlsx", "Return", "J12"), texts(s.getRow(2)),
                    "a return's finding names its period, service, indicator and breakdown");
            assertEquals("No commentary.", s.getRow(3).getCell(FindingColumn.MESSAGE.index()).getStringCellValue());
            assertEquals(List.of("", "", "", "", "warning"), texts(s.getRow(4)).subList(0, 5),
                    "a finding in the history is about no period's returns");
            assertEquals(List.of(), texts(s.getRow(5)), "a blank row between the tables");
            assertEquals("Earlier periods' returns: 1 error and 1 warning in the returns for 2021/22 Q1 and 2021/22 Q2",
                    s.getRow(6).getCell(0).getStringCellValue());
            assertTrue(s.getRow(7).getCell(0).getStringCellValue().startsWith("Earlier books used these returns"));
            assertEquals(FindingColumn.headings(), texts(s.getRow(8)));
            assertEquals(List.of("2021/22 Q2", "Highways", "HIG-06", "", "error"), texts(s.getRow(9)).subList(0, 5),
                    "the latest earlier period first");
            assertEquals(List.of("2021/22 Q1", "Highways", "HIG-01", "", "warning"), texts(s.getRow(10)).subList(0, 5));
            assertEquals(10, s.getLastRowNum());
            List<XSSFTable> tables = s.getTables();
            assertEquals(2, tables.size());
            assertEquals("BuildFindings", tables.get(0).getName());
            assertEquals("A1:J5", tables.get(0).getCTTable().getRef());
            assertEquals("EarlierFindings", tables.get(1).getName());
            assertEquals("A9:J11", tables.get(1).getCTTable().getRef());
            assertEquals("Period", tables.get(1).getCTTable().getTableColumns().getTableColumnArray(0).getName());
        }
    }

    @Test
    void theEarlierHeadingNamesTheRangeOfManyPeriods() {
        List<FindingContext> earlier = new ArrayList<>();
        for (Period p = Q3.previous(); p.compareTo(Period.quarter(2019, 1)) >= 0; p = p.previous()) {
            earlier.add(FindingContext.of(Finding.warning(Source.of("r.xlsx"), FindingCode.NO_COMMENTARY, "x"), p));
        }
        assertEquals("Earlier periods' returns: 10 warnings in the returns from 2019/20 Q1 to 2021/22 Q2",
                FindingsSheet.heading(earlier));
    }

    @Test
    void aBookWithNoEarlierFindingsHasOneTable() {
        XSSFSheet s = sharedBook.getSheet("Findings");
        assertEquals(1, s.getTables().size());
        assertEquals(1, s.getLastRowNum());
    }

    @Test
    void aboutListsTheReturnsReadWithTheirContacts() {
        Sheet about = sharedBook.getSheet("About");
        Row heading = find(about, 0, "Returns read");
        assertNotNull(heading);
        Row head = about.getRow(heading.getRowNum() + 1);
        List<String> heads = new ArrayList<>();
        head.forEach(c -> heads.add(c.getStringCellValue()));
        assertEquals(List.of("File", "Service", "Period", "Contact"), heads);
        Row highways = about.getRow(heading.getRowNum() + 2);
        assertEquals("returns/2021-22-Q3/highways.xlsx", highways.getCell(0).getStringCellValue());
        assertEquals("Highways", highways.getCell(1).getStringCellValue());
        assertEquals("2021/22 Q3", highways.getCell(2).getStringCellValue());
        assertEquals("Pat Jones, 01234 567890", highways.getCell(3).getStringCellValue());
    }

    @Test
    void aFailedWriteLeavesThePreviousBookAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("book.xlsx");
        BookWriter.write(book(""), f);
        byte[] before = Files.readAllBytes(f);
        Book good = book("");
        List<Evaluation> broken = new ArrayList<>(good.data());
        broken.add(new Evaluation(new Observation("NOPE", Q3, "", 1.0, null, null, "", Source.of("x")), null, null,
                Status.NOT_RATED, null, 1.0, null));
        Book bad = new Book(good.period(), good.builtAt(), good.version(), good.priorities(), good.assessments(), broken,
                good.findings(), good.inputs(), good.returns(), good.notes(), good.pictures());
        assertThrows(RuntimeException.class, () -> BookWriter.write(bad, f));
        assertArrayEquals(before, Files.readAllBytes(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }
}
