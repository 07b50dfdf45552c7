package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.template.TemplateWriter;
import org.perfbook.testing.Indicators;
import org.perfbook.testing.ReturnsTestData;

/** A monthly indicator in a quarter's return: one row per month, named in the Breakdown column. */
class MonthlyReturnTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String HR = "Human Resources";
    static final Indicator SICKNESS = Indicators.of("HR-04", org.perfbook.model.Measure.AVERAGE)
            .name("Working days lost to sickness per FTE, rolling year").service(HR).frequency(Frequency.MONTHLY)
            .polarity(Polarity.LOW).decimals(2).build();
    static final Catalogue CATALOGUE = new Catalogue(List.of(SICKNESS), List.of(), List.of(), List.of(), List.of());

    /** Column of Value (J) and Breakdown (C) in the template. */
    static final int BREAKDOWN = 2;
    static final int VALUE = 9;

    private static Path template(Path dir) throws Exception {
        return TemplateWriter.write(CATALOGUE, HR, Q3, dir, Map.of("HR-04", 11.77));
    }

    /** The template's rows for HR-04, by zero-based row index. */
    private static List<Row> monthRows(Sheet s) {
        List<Row> out = new java.util.ArrayList<>();
        for (Row r : s) {
            if (r.getCell(0) != null && "HR-04".equals(r.getCell(0).getStringCellValue())) {
                out.add(r);
            }
        }
        return out;
    }

    private static ReturnValidator.Result check(Path file) {
        return new ReturnValidator(CATALOGUE, Q3, Map.of()).check(List.of(ReturnReader.read(file, "hr.xlsx")));
    }

    @Test
    void theTemplateHasARowForEachMonthAndTheyReadBackAsMonths(@TempDir Path dir) throws Exception {
        Path file = template(dir);
        try (XSSFWorkbook wb = ReturnsTestData.open(file)) {
            Sheet s = wb.getSheet("Return");
            List<Row> rows = monthRows(s);
            assertEquals(List.of("Oct 2021", "Nov 2021", "Dec 2021"),
                    rows.stream().map(r -> r.getCell(BREAKDOWN).getStringCellValue()).toList());
            // last period's figure (September's) stands beside the quarter's first month only
            assertEquals(11.77, rows.get(0).getCell(6).getNumericCellValue(), 1e-12);
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, rows.get(1).getCell(6).getCellType());
            double[] typed = {12.06, 12.37, 12.68};
            for (int i = 0; i < 3; i++) {
                ReturnsTestData.set(s, rows.get(i).getRowNum(), VALUE, typed[i]);
            }
            ReturnsTestData.save(wb, file);
        }
        ReturnValidator.Result r = check(file);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList());
        List<Observation> obs = r.observations();
        assertEquals(List.of(Period.parse("Oct 2021"), Period.parse("Nov 2021"), Period.parse("Dec 2021")),
                obs.stream().map(Observation::period).toList());
        assertEquals(List.of(12.06, 12.37, 12.68), obs.stream().map(Observation::value).toList());
        assertTrue(obs.stream().allMatch(Observation::isTotal));
        // each figure keeps its own cell
        assertEquals(List.of("J8", "J9", "J10"), obs.stream().map(o -> o.source().cell()).toList());
    }

    @Test
    void aMonthTypedWrongOrLeftBlankIsAFindingAtItsCell(@TempDir Path dir) throws Exception {
        Path file = template(dir);
        try (XSSFWorkbook wb = ReturnsTestData.open(file)) {
            Sheet s = wb.getSheet("Return");
            List<Row> rows = monthRows(s);
            // a month outside the quarter on the first row; the second row's figure is missing; third fine
            rows.get(0).getCell(BREAKDOWN).setCellValue("Sep 2021");
            ReturnsTestData.set(s, rows.get(0).getRowNum(), VALUE, 12.06);
            ReturnsTestData.set(s, rows.get(2).getRowNum(), VALUE, 12.68);
            ReturnsTestData.save(wb, file);
        }
        ReturnValidator.Result r = check(file);
        List<Finding> month = r.findings().stream().filter(f -> f.is(FindingCode.UNKNOWN_MONTH)).toList();
        assertEquals(1, month.size(), r.findings().toString());
        assertEquals("C8", month.get(0).source().cell());
        assertTrue(month.get(0).message().contains("Oct 2021, Nov 2021, Dec 2021"), month.get(0).message());
        List<Finding> missing = r.findings().stream().filter(f -> f.is(FindingCode.MISSING_FIGURE)).toList();
        assertEquals(1, missing.size(), r.findings().toString());
        assertEquals("J9", missing.get(0).source().cell());
        // October's row is gone as a month, so it is missing too
        assertTrue(r.findings().stream().anyMatch(f -> f.is(FindingCode.MISSING_ROW) && f.message().contains("Oct 2021")),
                r.findings().toString());
        assertEquals(List.of(Period.parse("Dec 2021")), r.observations().stream().map(Observation::period).toList());
        // the figure on the row with the wrong month is not lost: the row carries an error
        assertTrue(r.findings().stream().noneMatch(f -> f.is(FindingCode.UNACCOUNTED_INPUT)), r.findings().toString());
    }

    @Test
    void theSameMonthTwiceIsADuplicate(@TempDir Path dir) throws Exception {
        Path file = template(dir);
        try (XSSFWorkbook wb = ReturnsTestData.open(file)) {
            Sheet s = wb.getSheet("Return");
            List<Row> rows = monthRows(s);
            rows.get(1).getCell(BREAKDOWN).setCellValue("2021-10");
            for (Row row : rows) {
                ReturnsTestData.set(s, row.getRowNum(), VALUE, 12.0);
            }
            ReturnsTestData.save(wb, file);
        }
        ReturnValidator.Result r = check(file);
        List<Finding> dup = r.findings().stream().filter(f -> f.is(FindingCode.DUPLICATE_ROW)).toList();
        assertEquals(1, dup.size(), r.findings().toString());
        assertTrue(dup.get(0).message().contains("Oct 2021"), dup.get(0).message());
        assertTrue(r.findings().stream().anyMatch(f -> f.is(FindingCode.MISSING_ROW) && f.message().contains("Nov 2021")));
    }

    @Test
    void withoutTheCatalogueTheTemplateSaysWhichIndicatorIsMonthly(@TempDir Path dir) throws Exception {
        Path file = template(dir);
        try (XSSFWorkbook wb = ReturnsTestData.open(file)) {
            Sheet s = wb.getSheet("Return");
            List<Row> rows = monthRows(s);
            for (int i = 0; i < 3; i++) {
                ReturnsTestData.set(s, rows.get(i).getRowNum(), VALUE, 12.0 + i);
            }
            ReturnsTestData.save(wb, file);
        }
        ReturnFile read = ReturnReader.read(file, "hr.xlsx");
        Catalogue fromTemplate = org.perfbook.template.TemplateIdentity.catalogue(List.of(read.identity()));
        ReturnValidator.Result r = ReturnValidator.withoutCatalogue(fromTemplate, List.of(), Q3, Map.of())
                .check(List.of(read));
        assertEquals(List.of(), r.findings().stream().filter(Finding::isError).toList());
        assertEquals(List.of(Period.parse("Oct 2021"), Period.parse("Nov 2021"), Period.parse("Dec 2021")),
                r.observations().stream().map(Observation::period).toList());
    }
}
