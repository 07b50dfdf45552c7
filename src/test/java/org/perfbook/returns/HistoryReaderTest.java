package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfbook.model.Finding;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.testing.ReturnsTestData;
import org.perfbook.xlsx.BadFiles;

class HistoryReaderTest {

    @TempDir
    Path dir;

    /** A history workbook whose sheet holds {@code rows} under the standard headings from {@code headerRow}. */
    private Path history(int headerRow, List<String> headings, Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(HistoryReader.SHEET);
            for (int i = 0; i < headings.size(); i++) {
                ReturnsTestData.set(s, headerRow, i, headings.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        ReturnsTestData.set(s, headerRow + 1 + r, c, rows[r][c]);
                    }
                }
            }
            return ReturnsTestData.save(wb, dir.resolve("history.xlsx"));
        }
    }

    @Test
    void readsOneObservationPerRow() throws IOException {
        Path p = history(0, HistoryReader.HEADINGS,
                new Object[] {"HW-01", "2020/21 Q3", "", 91.5, 183, 200, "Published"},
                new Object[] {"HW-02", "2020/21 Q3", null, "1,234"});
        HistoryReader.Result r = HistoryReader.read(p, ReturnsTestData.catalogue());
        assertEquals(List.of(), r.findings());
        assertEquals(2, r.observations().size());
        Observation o = r.observations().get(0);
        assertEquals("HW-01", o.indicatorId());
        assertEquals(Period.quarter(2020, 3), o.period());
        assertEquals(91.5, o.value());
        assertEquals(183.0, o.numerator());
        assertEquals("Published", o.commentary());
        assertEquals("D2", o.source().cell());
        assertEquals(1234.0, r.observations().get(1).value());
    }

    @Test
    void monthlyRowsReadAsMonths() throws IOException {
        Path p = history(0, HistoryReader.HEADINGS,
                new Object[] {"CSC-02", "Dec 2021", "", 1201},
                new Object[] {"CSC-02", "2021/22 M08", "", 1195},
                new Object[] {"CSC-02", "2021-10", "", 1198});
        HistoryReader.Result r = HistoryReader.read(p, ReturnsTestData.catalogue());
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(Period.parse("Dec 2021"), Period.parse("Nov 2021"), Period.parse("Oct 2021")),
                r.observations().stream().map(Observation::period).toList());
        assertTrue(r.observations().stream().allMatch(o -> o.period().kind() == Period.Kind.MONTH));
        assertEquals(1195.0, r.observations().get(1).value());
    }

    @Test
    void percentFormatsReadAsTheyAreShown() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(HistoryReader.SHEET);
            for (int i = 0; i < HistoryReader.HEADINGS.size(); i++) {
                ReturnsTestData.set(s, 0, i, HistoryReader.HEADINGS.get(i));
            }
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("HW-01");
            row.createCell(1).setCellValue("2020/21 Q3");
            row.createCell(3).setCellValue(0.915);
            row.getCell(3).setCellStyle(percent);
            ReturnsTestData.set(s, 2, 0, "HW-01");
            ReturnsTestData.set(s, 2, 1, "2020/21 Q4");
            ReturnsTestData.set(s, 2, 3, "88.2%");
            p = ReturnsTestData.save(wb, dir.resolve("history.xlsx"));
        }
        HistoryReader.Result r = HistoryReader.read(p, ReturnsTestData.catalogue());
        assertEquals(List.of(), r.findings());
        assertEquals(91.5, r.observations().get(0).value());
        assertEquals(88.2, r.observations().get(1).value());
    }

    @Test
    void aFigureWhoseFormulaWasNeverCalculatedIsNoResultNotBlankOrZero() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(HistoryReader.SHEET);
            for (int i = 0; i < HistoryReader.HEADINGS.size(); i++) {
                ReturnsTestData.set(s, 0, i, HistoryReader.HEADINGS.get(i));
            }
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("HW-01");
            row.createCell(1).setCellValue("2020/21 Q3");
            row.createCell(3).setCellValue(91.5);
            var numerator = (org.apache.poi.xssf.usermodel.XSSFCell) row.createCell(4);
            numerator.setCellFormula("F2*0.915");
            if (numerator.getCTCell().isSetV()) {
                numerator.getCTCell().unsetV();
            }
            row.createCell(5).setCellValue(200);
            p = ReturnsTestData.save(wb, dir.resolve("history.xlsx"));
        }
        HistoryReader.Result r = HistoryReader.read(p, ReturnsTestData.catalogue());
        assertEquals(1, r.findings().size(), r.findings()::toString);
        var f = r.findings().get(0);
        assertEquals("no-result", f.code());
        assertTrue(f.isError());
        assertEquals("E2", f.source().cell());
        assertTrue(f.message().contains("Numerator for HW-01"), f.message());
        assertEquals(List.of(), r.observations());
    }

    @Test
    void headingsAreMatchedAsEveryReaderMatchesThem() throws IOException {
        Path p = history(0, List.of(" id ", "PERIOD:", "Value*"), new Object[] {"HW-01", "2020/21 Q3", 91.5});
        HistoryReader.Result r = HistoryReader.read(p, ReturnsTestData.catalogue());
        assertEquals(List.of(), r.findings());
        assertEquals(91.5, r.observations().get(0).value());
    }

    @Test
    void aMissingFileIsNoHistory() {
        HistoryReader.Result r = HistoryReader.read(dir.resolve("history.xlsx"), ReturnsTestData.catalogue());
        assertEquals(List.of(), r.observations());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void aWorkbookWithoutTheHistorySheetSaysSo() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            p = ReturnsTestData.save(wb, dir.resolve("history.xlsx"));
        }
        List<Finding> f = HistoryReader.read(p, ReturnsTestData.catalogue()).findings();
        assertEquals(1, f.size());
        assertEquals("missing-sheet", f.get(0).code());
        assertEquals("The history workbook has no sheet named 'History'.", f.get(0).message());
    }

    @Test
    void missingRequiredColumnsAreEachReported() throws IOException {
        Path p = history(0, List.of("ID", "Breakdown", "Note"), new Object[] {"HW-01", "", ""});
        List<Finding> f = HistoryReader.read(p, ReturnsTestData.catalogue()).findings();
        assertEquals(List.of("The history sheet has no 'Period' column.", "The history sheet has no 'Value' column."),
                f.stream().map(Finding::message).toList());
        assertTrue(f.stream().allMatch(x -> x.code().equals("missing-column")));
    }

    @Test
    void theHeaderMayBeBelowATitle() throws IOException {
        Path p = history(2, HistoryReader.HEADINGS, new Object[] {"HW-01", "2020/21 Q3", "", 91.5});
        HistoryReader.Result r = HistoryReader.read(p, ReturnsTestData.catalogue());
        assertEquals(List.of(), r.findings());
        assertEquals("D4", r.observations().get(0).source().cell());
    }

    @Test
    void unknownIndicatorsAndBadPeriodsAreFindings() throws IOException {
        Path p = history(0, HistoryReader.HEADINGS,
                new Object[] {"XX-99", "2020/21 Q3", "", 1},
                new Object[] {"HW-01", "Q3 last year", "", 1},
                new Object[] {"HW-01", "2020/21 Q2"});
        List<Finding> f = HistoryReader.read(p, ReturnsTestData.catalogue()).findings();
        assertEquals(List.of("unknown-indicator A2", "bad-period B3", "missing-figure D4"),
                f.stream().map(x -> x.code() + " " + x.source().cell()).toList());
    }

    @ParameterizedTest
    @EnumSource(BadFiles.Kind.class)
    void everyKindOfBadFileIsOneFinding(BadFiles.Kind kind) throws IOException {
        Path p = BadFiles.write(dir, kind);
        List<Finding> f = HistoryReader.read(p, ReturnsTestData.catalogue()).findings();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).source().file().endsWith(kind.fileName), f.get(0).source().file());
        assertEquals(kind.problem.finding(f.get(0).source().file()), f.get(0));
    }
}
