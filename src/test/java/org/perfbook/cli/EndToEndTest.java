package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.book.DataColumn;
import org.perfbook.book.FindingColumn;
import org.perfbook.model.Catalogue;
import org.perfbook.catalogue.CatalogueReader;
import org.perfbook.model.Measure;
import org.perfbook.model.Polarity;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnReader;
import org.perfbook.returns.ReturnRow;
import org.perfbook.testing.LibreOffice;
import org.perfbook.testing.RealClient;
import org.perfbook.testing.Slow;

/** The user's whole cycle on the demonstration data: sample, validate, build, open the book. */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    @TempDir
    static Path dir;
    static Path workbooks;
    static CliRunner built;

    @BeforeAll
    static void sampleAndBuild() {
        workbooks = dir.resolve("workbooks");
        CliRunner sample = CliRunner.run("sample", "--out", workbooks.toString());
        assertEquals(0, sample.code(), sample.err());
        built = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString());
    }

    private static Path book() {
        return dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx");
    }

    @Test
    @Order(1)
    void theSampleCoversTheCatalogueRules() throws Exception {
        Catalogue c = CatalogueReader.read(workbooks.resolve("catalogue.xlsx"));
        assertTrue(c.indicators().size() >= 40);
        assertEquals(List.of("Delivering better services", "Protecting our environment", "Supporting economic growth",
                "Caring for the vulnerable"), c.priorities().stream().sorted((a, b) -> order(a) - order(b)).toList());
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        Set<Polarity> polarities = EnumSet.noneOf(Polarity.class);
        c.indicators().forEach(i -> {
            measures.add(i.measure());
            polarities.add(i.polarity());
        });
        assertEquals(EnumSet.allOf(Measure.class), measures);
        assertEquals(EnumSet.allOf(Polarity.class), polarities);
        assertTrue(c.indicators().stream().anyMatch(i -> i.cumulative()));
        assertTrue(c.indicators().stream().anyMatch(i -> i.measure() == Measure.RATE && i.usesPopulation()));
        assertTrue(c.indicators().stream().anyMatch(i -> i.breakdown().equals("District")));
        try (Stream<Path> periods = Files.list(workbooks.resolve("returns"))) {
            assertEquals(11, periods.count(), "2019/20 Q1 to 2021/22 Q3");
        }
    }

    private static int order(String priority) {
        return List.of("Delivering better services", "Protecting our environment", "Supporting economic growth",
                "Caring for the vulnerable").indexOf(priority);
    }

    @Test
    @Order(2)
    void validateHasSomethingToSayAboutTheSample() {
        CliRunner r = CliRunner.run("validate", "--catalogue", workbooks.resolve("catalogue.xlsx").toString(),
                "--period", "2021/22 Q3", workbooks.resolve("returns/2021-22-Q3").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("percent-in-count"), r.out());
        assertTrue(r.out().contains("no-commentary"), r.out());
        // some Red indicators have actions on their return's Actions sheet, some not; one action has no lead
        assertTrue(r.out().contains("ASC-06 is Red (requires improvement) but the Actions sheet lists no action for it")
                && r.out().contains("(no-recovery-plan)"), r.out());
        assertFalse(r.out().contains("ASC-01 is Red (requires improvement) but the Actions sheet"), r.out());
        assertTrue(r.out().contains("Actions!C6") && r.out().contains("(incomplete-action)"), r.out());
        // the Libraries return's year to date in the quarter's cell, both readings from the earlier returns
        assertTrue(r.out().contains("year-to-date-typed") && r.out().contains("1,099,525 looks like the year to date")
                && r.out().contains("add up to 440,628") && r.out().contains("1,098,907"), r.out());
        assertFalse(r.out().contains("The figure 1,099,525 is far from"), "one finding for the mistake, not a warning too: "
                + r.out());
        CliRunner earlier = CliRunner.run("validate", "--catalogue", workbooks.resolve("catalogue.xlsx").toString(),
                "--period", "2021/22 Q2", workbooks.resolve("returns/2021-22-Q2").toString());
        assertEquals(0, earlier.code(), earlier.out());
    }

    @Test
    @Order(3)
    void buildWritesTheBookAndTheCharts() throws Exception {
        assertEquals(1, built.code(), "the sample's mistakes are errors: " + built.out() + built.err());
        assertTrue(Files.isRegularFile(book()), built.out() + built.err());
        assertTrue(built.out().contains("performance-book-2021-22-Q3.xlsx"));
        Path charts = dir.resolve("charts/2021-22-Q3");
        for (String kind : List.of("-trend", "-benchmark", "-breakdown", "-year-on-year")) {
            try (Stream<Path> files = Files.list(charts)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.endsWith(kind + ".png")), kind);
                assertTrue(names.stream().anyMatch(n -> n.endsWith(kind + ".svg")), kind);
            }
        }
        assertTrue(Files.isRegularFile(charts.resolve("summary-status.png")));
    }

    /** The shipped sample's report shows a recovery plan with the service's actions and one that has none. */
    @Test
    @Order(3)
    void theReportHasRecoveryPlansWithAndWithoutActions() throws Exception {
        Path report = dir.resolve("out/2021-22-Q3/committee-report-2021-22-Q3.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(report));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("Performance Indicator Recovery Plan: Percentage of adults with learning disabilities "
                    + "in employment"), t);
            assertTrue(t.contains("Head of Service Learning Disabilities") && t.contains("31 March 2022"), t);
            assertTrue(t.contains("The service's return lists no actions for this indicator."), t);
        }
    }

    /**
     * The sample's registers include Q3, the build's quarter: the report carries the register, its changes on the
     * cover and Appendix 'B', and build says so in one line.
     */
    @Test
    @Order(3)
    void theReportCarriesTheQuartersRiskRegister() throws Exception {
        Path report = dir.resolve("out/2021-22-Q3/committee-report-2021-22-Q3.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(report));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("Corporate Risk and Opportunity Register – Quarter 3 update"), t);
            assertTrue(t.contains("Corp6 Covid-19 Impact on Services & Communities: the risk confidence RAG rating has "
                    + "changed from amber to green."), t);
            assertTrue(t.contains("Appendix 'B' – Corporate Risk and Opportunity Register"), t);
            // CORP3 (SEND) is removed only in Q4: in Q3 it is still on the register
            List<String> ids = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("Risk ID"))
                    .flatMap(x -> x.getRows().stream().skip(1)).map(r -> r.getCell(0).getText()).toList();
            assertEquals(List.of("Corp1", "Corp2", "CORP3", "Corp4", "Corp5", "Corp6", "Corp7"), ids);
        }
        assertTrue(Files.isRegularFile(dir.resolve("out/2021-22-Q3/risk-register-2021-22-Q3.xlsx")));
        assertTrue(built.err().contains("Risk register: 9 entries on the corporate register from 5 directorate "
                + "registers, 0 errors, 1 warning; to list them: perfbook risks validate --workbooks "), built.err());
    }

    /** The sample's two Q3 mistakes are on the terminal, with the command that lists the warnings too. */
    @Test
    @Order(3)
    void buildPrintsThisPeriodsErrors() {
        String err = built.err();
        assertTrue(err.contains("2021/22 Q3: 2 errors:"), err);
        assertTrue(err.contains("(year-to-date-typed)") && err.contains("(percent-in-count)"), err);
        assertTrue(err.contains(" --period \"2021/22 Q3\" "), err);
        assertTrue(err.contains("Earlier periods' returns: "), err);
        assertFalse(err.contains("(unusual-change)"), "warnings are counted, not listed: " + err);
    }

    /** Every figure in this quarter's returns is in Data, or its file has a finding. */
    @Test
    @Order(4)
    void nothingIsLost() throws Exception {
        Set<String> data = new HashSet<>();
        Set<String> findingFiles = new HashSet<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(book().toFile())) {
            for (Row r : wb.getSheet("Data")) {
                if (r.getRowNum() > 0) {
                    data.add(r.getCell(DataColumn.ID.index()).getStringCellValue() + "|"
                            + r.getCell(DataColumn.PERIOD.index()).getStringCellValue() + "|"
                            + r.getCell(DataColumn.BREAKDOWN.index()).getStringCellValue().toLowerCase(Locale.ROOT));
                }
            }
            for (Row r : wb.getSheet("Findings")) {
                Cell cell = r.getCell(FindingColumn.CELL.index());
                if (r.getRowNum() > 0 && cell != null) {
                    findingFiles.add(r.getCell(FindingColumn.FILE.index()).getStringCellValue() + "!" + cell.getStringCellValue());
                }
            }
        }
        int checked = 0;
        try (Stream<Path> files = Files.list(workbooks.resolve("returns/2021-22-Q3"))) {
            for (Path f : files.toList()) {
                ReturnFile rf = ReturnReader.read(f, f.getFileName().toString());
                for (ReturnRow row : rf.rows()) {
                    boolean hasFigure = row.value().hasNumber() || row.numerator() != null && row.numerator().hasNumber();
                    if (!hasFigure) {
                        continue;
                    }
                    checked++;
                    String key = row.indicatorId() + "|2021/22 Q3|" + row.breakdown().toLowerCase(Locale.ROOT);
                    String annual = row.indicatorId() + "|2021/22|" + row.breakdown().toLowerCase(Locale.ROOT);
                    boolean inFindings = findingFiles.stream().anyMatch(s -> s.endsWith(f.getFileName().toString() + "!"
                            + row.numerator().source().cell()) || s.endsWith(f.getFileName() + "!" + row.value().source().cell()));
                    // a monthly indicator's row names its month where a district would be
                    String month = row.indicatorId() + "|" + row.breakdown() + "|";
                    assertTrue(data.contains(key) || data.contains(annual) || data.contains(month) || inFindings,
                            "lost: " + key);
                }
            }
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    /** The sample's year-to-date mistake is kept out of the book: no figure rather than the wrong one. */
    @Test
    @Order(4)
    void theLibrariesYearToDateIsNotShownAsTheQuarter() throws Exception {
        boolean total = false;
        int districts = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(book().toFile())) {
            for (Row r : wb.getSheet("Data")) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("LIB-01")
                        && r.getCell(3).getStringCellValue().equals("2021/22 Q3")) {
                    if (r.getCell(4).getStringCellValue().isEmpty()) {
                        // the row stays, for its commentary, but without the figure
                        var value = r.getCell(DataColumn.VALUE.index());
                        total |= value != null && value.getCellType() == CellType.NUMERIC;
                        assertEquals("Not used", r.getCell(DataColumn.STATUS.index()).getStringCellValue());
                    } else {
                        districts++;
                    }
                }
            }
        }
        assertFalse(total, "LIB-01's 1,099,525 is not in the book");
        assertEquals(12, districts, "its districts are");
    }

    @RealClient
    @Test
    @Order(5)
    void theBookOpensInLibreOffice() throws Exception {
        LibreOffice.assumeInstalled();
        Path pdf = LibreOffice.convert(book(), "pdf", dir.resolve("pdf"));
        assertTrue(Files.size(pdf) > 50_000, "a real document with charts: " + Files.size(pdf));
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertArrayEquals("%PDF-".getBytes(), head);
        scorecardsPrintLegibly(pdf);
    }

    /**
     * Every scorecard page has the header row and the last column, and its text is at least 8 pt: a
     * word's box is the font's ascent plus descent, about 1.22 of its size in the fonts used.
     */
    private void scorecardsPrintLegibly(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), dir.resolve("boxes.html").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "pdftotext (poppler-utils) is not installed");
        String html = Files.readString(dir.resolve("boxes.html"));
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>");
        int scorecardPages = 0;
        for (String page : html.split("<page ")) {
            if (!page.contains(">Commentary:</word>") || page.contains("!Return!")) {
                continue; // not a scorecard page (the Data and Findings sheets name cells)
            }
            scorecardPages++;
            List<Double> heights = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            var m = word.matcher(page);
            while (m.find()) {
                heights.add(Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)));
                text.append(m.group(3)).append(' ');
            }
            heights.sort(null);
            String t = text.toString();
            assertTrue(t.contains("Performance Indicator"), "the header row on every page: " + t.substring(0, 200));
            assertTrue(t.contains("Compared with"), "the last column on the page");
            double median = heights.get(heights.size() / 2);
            assertTrue(median >= 8 * 1.22, "scorecard text prints at 8 pt or more: word boxes " + median + " pt tall");
        }
        assertTrue(scorecardPages >= 4, "one or more pages per priority: " + scorecardPages);
    }

    @Test
    @Order(6)
    void aFailedBuildLeavesThePreviousBookUntouched() throws Exception {
        byte[] before = Files.readAllBytes(book());
        Files.writeString(workbooks.resolve("catalogue.xlsx"), "not a workbook any more");
        CliRunner r = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("catalogue"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertArrayEquals(before, Files.readAllBytes(book()));
        assertNotNull(r.err());
    }
}
