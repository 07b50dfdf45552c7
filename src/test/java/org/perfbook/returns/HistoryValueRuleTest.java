package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Polarity;
import org.perfbook.model.Tolerance;

/** Which history rows with counts but no Value get a value worked out, for every measure. */
class HistoryValueRuleTest {

    @TempDir
    Path dir;

    private static Indicator indicator(String id, Measure measure, double per) {
        return new Indicator(id, id, "Priority", "Directorate", "Service", Frequency.QUARTERLY, measure, per, "",
                Polarity.HIGH, null, Tolerance.DEFAULT, false, 2, "");
    }

    private static final List<Indicator> EVERY_MEASURE = List.of(
            indicator("CNT-01", Measure.COUNT, 1),
            indicator("PCT-01", Measure.PERCENTAGE, 100),
            indicator("RTE-01", Measure.RATE, 1000),
            indicator("AVG-01", Measure.AVERAGE, 1),
            indicator("MNY-01", Measure.MONEY, 1),
            indicator("SCR-01", Measure.SCORE, 1),
            indicator("RTO-01", Measure.RATIO, 10));

    /** A history workbook with one 2021/22 Q1 row per indicator: Numerator 3, Denominator 4, no Value. */
    private Path history() throws IOException {
        Path file = dir.resolve("history.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(HistoryReader.SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HistoryReader.HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(HistoryReader.HEADINGS.get(c));
            }
            int r = 1;
            for (Indicator ind : EVERY_MEASURE) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(ind.id());
                row.createCell(1).setCellValue("2021/22 Q1");
                row.createCell(4).setCellValue(3);
                row.createCell(5).setCellValue(4);
            }
            wb.write(out);
        }
        return file;
    }

    private static Double valueOf(HistoryReader.Result result, String id) {
        return result.observations().stream().filter(o -> o.indicatorId().equals(id)).findFirst()
                .map(Observation::value).orElse(null);
    }

    @Test
    void countsGiveAValueOnlyForPercentagesRatesAndRatios() throws IOException {
        Catalogue catalogue = new Catalogue(EVERY_MEASURE, List.of(), List.of(), List.of(), List.of());
        HistoryReader.Result result = HistoryReader.read(history(), catalogue);

        assertEquals(75.0, valueOf(result, "PCT-01"), 1e-9);
        assertEquals(750.0, valueOf(result, "RTE-01"), 1e-9);
        assertEquals(0.75, valueOf(result, "RTO-01"), 1e-9, "a ratio does not use Per");
        for (String typed : List.of("CNT-01", "AVG-01", "MNY-01", "SCR-01")) {
            assertNull(valueOf(result, typed), typed + "'s value is typed, not worked out");
        }
        assertEquals(List.of("CNT-01", "AVG-01", "MNY-01", "SCR-01"), result.findings().stream()
                .filter(f -> f.code().equals("missing-figure")).map(Finding::message).map(m -> m.split(" ")[3])
                .toList());
    }
}
