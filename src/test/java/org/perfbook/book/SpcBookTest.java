package org.perfbook.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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

/** A monthly indicator in the book: the latest month in the scorecard, every month and its variation in Data. */
class SpcBookTest {

    static final Period Q3 = Period.quarter(2021, 3);

    /** 18 months to Dec 2021, common cause but for December, far above the rest. */
    private static Book book() {
        Indicator ind = new Indicator("HR-04", "Sickness days per FTE", "Better services", "CEDR", "HR",
                Frequency.MONTHLY, Measure.AVERAGE, 1, "", Polarity.LOW, Target.of(12.0), Tolerance.DEFAULT, false, 2, "");
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), List.of(), List.of());
        double[] v = {10.8, 10.9, 10.7, 10.8, 10.6, 10.9, 10.8, 10.7, 10.9, 10.8, 10.7, 10.8, 10.9, 10.6, 10.8, 10.7,
                10.8, 11.9};
        List<Observation> o = new ArrayList<>();
        Period p = Period.parse("Jul 2020");
        for (double x : v) {
            o.add(new Observation("HR-04", p, "", x, null, null, "", Source.of("hr.xlsx")));
            p = p.next();
        }
        Assessor assessor = new Assessor(c, o);
        List<Assessment> a = assessor.assess(Q3);
        return new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), a,
                assessor.evaluateAll(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> texts(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    @Test
    void theScorecardAndTheDataSheetCarryTheMonthsAndTheirVariation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("book.xlsx");
        BookWriter.write(book(), f);
        try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
            List<String> card = texts(wb.getSheet("Better services"));
            assertTrue(card.contains("11.90 (Dec)"), "the quarter's latest month, named: " + card);
            assertTrue(card.contains("10.80 (Sep)"), card.toString());
            assertTrue(card.stream().anyMatch(t -> t.contains("SPC, 18 months: Special cause concerning variation; "
                    + "Consistently hits target")), card.toString());

            Sheet data = wb.getSheet("Data");
            assertEquals(DataColumn.SPC.heading(), data.getRow(0).getCell(DataColumn.SPC.index()).getStringCellValue());
            Map<String, String> byPeriod = new HashMap<>();
            for (Row r : data) {
                if (r.getRowNum() > 0) {
                    Cell spc = r.getCell(DataColumn.SPC.index());
                    byPeriod.put(r.getCell(DataColumn.PERIOD.index()).getStringCellValue(),
                            spc == null ? "" : spc.getStringCellValue());
                }
            }
            assertEquals(18, byPeriod.size(), "every month is on the Data sheet");
            assertEquals("Common cause variation", byPeriod.get("Jul 2020"));
            assertEquals("Special cause concerning variation (Above the upper process limit); Consistently hits target",
                    byPeriod.get("Dec 2021"));
        }
    }
}
