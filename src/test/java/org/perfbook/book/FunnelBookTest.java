package org.perfbook.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

class FunnelBookTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String[] NAMES = {"Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle"};
    static final double[] NUM = {30, 420, 355, 280, 120, 12};

    private static Book book(double[] denominators) {
        Indicator ind = new Indicator("ASC-09", "Reviews completed on time", "Caring for the vulnerable", "ASHW",
                "Adult Social Care", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "", Polarity.HIGH, Target.of(30),
                Tolerance.DEFAULT, false, 1, "District");
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), List.of(), List.of());
        List<Observation> o = new ArrayList<>();
        double num = 0;
        double den = 0;
        for (int i = 0; i < NAMES.length; i++) {
            double n = Math.min(NUM[i], denominators[i]);
            o.add(new Observation("ASC-09", Q3, NAMES[i], n / denominators[i] * 100, n, denominators[i], "",
                    Source.of("asc.xlsx")));
            num += n;
            den += denominators[i];
        }
        o.add(new Observation("ASC-09", Q3, "", num / den * 100, num, den, "", Source.of("asc.xlsx")));
        Assessor assessor = new Assessor(c, o);
        List<Assessment> a = assessor.assess(Q3);
        return new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), a,
                assessor.evaluateAll(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Map<String, Cell> funnelCells(XSSFWorkbook wb) {
        Sheet data = wb.getSheet("Data");
        assertEquals(DataColumn.FUNNEL.heading(), data.getRow(0).getCell(DataColumn.FUNNEL.index()).getStringCellValue());
        Map<String, Cell> byArea = new HashMap<>();
        for (Row r : data) {
            if (r.getRowNum() > 0) {
                byArea.put(r.getCell(DataColumn.BREAKDOWN.index()) == null ? ""
                        : r.getCell(DataColumn.BREAKDOWN.index()).getStringCellValue(), r.getCell(DataColumn.FUNNEL.index()));
            }
        }
        return byArea;
    }

    @Test
    void eachDistrictRowSaysWhereTheFunnelPutsIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("book.xlsx");
        BookWriter.write(book(new double[] {100, 1000, 1000, 1000, 400, 80}), f);
        try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
            Map<String, Cell> cells = funnelCells(wb);
            assertEquals("Not significant", cells.get("Burnley").getStringCellValue());
            assertEquals("High (0.001)", cells.get("Chorley").getStringCellValue());
            assertEquals("Not significant", cells.get("Fylde").getStringCellValue());
            assertEquals("Low (0.001)", cells.get("Hyndburn").getStringCellValue());
            assertEquals("Low (0.001)", cells.get("Pendle").getStringCellValue());
            assertNull(cells.get(""), "the whole authority is the average, not compared with it");

            Sheet card = wb.getSheet("Caring for the vulnerable");
            String label = null;
            String chorley = null;
            for (Row r : card) {
                for (Cell c : r) {
                    String t = c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : "";
                    if (t.startsWith("Breakdown by district")) {
                        label = t;
                    }
                    if (t.contains("funnel: High (0.001)")) {
                        chorley = t;
                    }
                }
            }
            assertNotNull(label);
            assertTrue(label.contains("Wilson score limits"), label);
            assertTrue(label.contains("34.0"), "the pooled average 1217 of 3580: " + label);
            assertNotNull(chorley, "the scorecard's district row carries its funnel place");
        }
    }

    @Test
    void equalDenominatorsLeaveTheColumnBlank(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("book.xlsx");
        BookWriter.write(book(new double[] {500, 500, 500, 500, 500, 500}), f);
        try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
            for (Map.Entry<String, Cell> e : funnelCells(wb).entrySet()) {
                assertTrue(e.getValue() == null || e.getValue().getStringCellValue().isEmpty(), e.getKey());
            }
        }
    }
}
