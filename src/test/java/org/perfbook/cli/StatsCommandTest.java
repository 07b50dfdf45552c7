package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.stats.StatsTable;
import org.perfbook.calc.ConfidenceIntervals;
import org.perfbook.calc.Interval;

class StatsCommandTest {

    @TempDir
    Path dir;

    private Path csv(String content) throws Exception {
        return StatsCsv.input(dir, content);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return StatsCsv.parse(csv);
    }

    @Test
    void ratesWithBothConfidenceLevelsAndPassThroughColumns() throws Exception {
        Path in = csv("Area,Numerator,Denominator,Year\nLancashire,1882,255637,2021/22\nFylde,7,20150,2021/22\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "rate", "--confidence", "95,99.8", in.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        assertEquals(List.of("Area", "Numerator", "Denominator", "Year", "value", "lower95_0cl", "upper95_0cl",
                "lower99_8cl", "upper99_8cl", "confidence", "statistic", "method", "note"), rows.get(0).getParser().getHeaderNames());
        assertEquals("95%, 99.8%", rows.get(0).get("confidence"));
        CSVRecord lancs = rows.get(0);
        assertEquals("2021/22", lancs.get("Year"));
        assertEquals(1882.0 / 255637 * 100000, Double.parseDouble(lancs.get("value")), 0);
        Interval ci = ConfidenceIntervals.rate(1882, 255637, 100000, 0.95);
        assertEquals(ci.lower(), Double.parseDouble(lancs.get("lower95_0cl")), 0, "full precision, no rounding");
        assertEquals("rate per 100000", lancs.get("statistic"));
        assertEquals("Byars", lancs.get("method"));
        assertEquals("Exact", rows.get(1).get("method"));
        assertTrue(Double.parseDouble(rows.get(1).get("lower99_8cl")) < Double.parseDouble(rows.get(1).get("lower95_0cl")));
    }

    @Test
    void proportionsUseWilsonAndTheMultiplier() throws Exception {
        Path in = csv("area,numerator,denominator\nEmergency defects,40,43\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "proportion", "--multiplier", "100", in.toString());
        assertEquals(0, r.code(), r.err());
        CSVRecord row = parse(r.out()).get(0);
        assertEquals(93.02325581395348, Double.parseDouble(row.get("value")), 1e-12);
        assertEquals("percentage", row.get("statistic"));
        assertEquals("Wilson", row.get("method"));
        assertFalse(row.isMapped("lower99_8cl"));
    }

    @Test
    void badRowsKeepTheirPlaceWithANoteAndExitOne() throws Exception {
        Path in = csv("area,numerator,denominator\n"
                + "A,5,10\n"
                + "B,,10\n"
                + "C,five,10\n"
                + "D,-3,10\n"
                + "E,3,0\n"
                + "F,3,\n"
                + "G,12,10\n"
                + "H,\"1,234\",\"5,000\"\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "proportion", in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("6 of 8 rows could not be computed"), r.err());
        List<CSVRecord> rows = parse(r.out());
        assertEquals(8, rows.size());
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H"), rows.stream().map(x -> x.get("area")).toList());
        assertEquals("no numerator", rows.get(1).get("note"));
        assertEquals("the numerator 'five' is not a number", rows.get(2).get("note"));
        assertTrue(rows.get(3).get("note").contains("negative"));
        assertTrue(rows.get(4).get("note").contains("denominator is zero"));
        assertEquals("no denominator", rows.get(5).get("note"));
        assertTrue(rows.get(6).get("note").contains("more than the denominator"));
        assertEquals("", rows.get(6).get("value"));
        assertEquals("", rows.get(6).get("lowercl"));
        assertEquals(0.2468, Double.parseDouble(rows.get(7).get("value")), 1e-12);
        assertEquals("", rows.get(0).get("note"));
    }

    @Test
    void aRateMayExceedItsDenominatorButNotBeNegative() throws Exception {
        Path in = csv("area,numerator,denominator\nA,12,10\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "rate", "--multiplier", "1000", in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1200.0, Double.parseDouble(parse(r.out()).get(0).get("value")));
    }

    @Test
    void workbookInAndWorkbookOut() throws Exception {
        Path in = dir.resolve("cla.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(in)) {
            Sheet s = wb.createSheet("Districts");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("District");
            h.createCell(1).setCellValue("AREA");
            h.createCell(2).setCellValue("Numerator");
            h.createCell(3).setCellValue("Denominator");
            Row a = s.createRow(1);
            a.createCell(0).setCellValue("=HYPERLINK(\"x\")");
            a.createCell(1).setCellValue("Burnley");
            a.createCell(2).setCellValue(170);
            a.createCell(3).setCellValue(20312.5);
            wb.write(os);
        }
        Path out = dir.resolve("out.xlsx");
        CliRunner r = CliRunner.run("stats", "--statistic", "rate", "--multiplier", "10000", in.toString(),
                "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("value", s.getRow(0).getCell(4).getStringCellValue());
            assertEquals(170 / 20312.5 * 10000, s.getRow(1).getCell(4).getNumericCellValue(), 0);
            assertEquals(20312.5, s.getRow(1).getCell(3).getNumericCellValue(), 0);
            assertEquals("=HYPERLINK(\"x\")", s.getRow(1).getCell(0).getStringCellValue(), "text stays text");
        }
        Path outCsv = dir.resolve("out.csv");
        assertEquals(0, CliRunner.run("stats", "--statistic", "rate", in.toString(), "-o", outCsv.toString()).code());
        assertTrue(Files.readString(outCsv).startsWith("District,AREA,Numerator,Denominator,value,"));
    }

    @Test
    void unreadableInputOrWrongOptionsExitTwoWithOneLine() throws Exception {
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "this is not a workbook");
        CliRunner r = CliRunner.run("stats", "--statistic", "rate", broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.xlsx"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());

        Path noColumns = csv("place,count,people\nA,1,2\n");
        CliRunner missing = CliRunner.run("stats", "--statistic", "rate", noColumns.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no area, numerator, denominator column"), missing.err());

        assertEquals(2, CliRunner.run("stats", "--statistic", "ratio", noColumns.toString()).code());
        assertEquals(2, CliRunner.run("stats", "--statistic", "rate").code());
        assertEquals(2, CliRunner.run("stats", "--statistic", "rate", "--confidence", "120", noColumns.toString()).code());
        assertEquals(2, CliRunner.run("stats", "--statistic", "rate", dir.resolve("absent.csv").toString()).code());
    }

    @Test
    void helpDocumentsTheOptionsAndExitCodes() {
        CliRunner r = CliRunner.run("stats", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--confidence"));
        assertTrue(r.out().contains("Exit codes"));
        assertTrue(r.out().replaceAll("\\s+", " ").contains("95% limits); significant at 99.8% when"), r.out());
        assertFalse(r.out().contains("%%"), r.out());
    }

    @Test
    void trendOfCountsIsOneRowPerAreaOverItsLatestFivePeriods() throws Exception {
        StringBuilder t = new StringBuilder("Area,Period,Numerator,Denominator\n");
        int[] rising = {20, 50, 55, 60, 66, 70};
        for (int k = 0; k < 6; k++) {
            t.append("Rising,").append(2018 + k).append("/").append(19 + k).append(",").append(rising[k]).append(",100\n");
        }
        for (int k = 0; k < 5; k++) {
            t.append("Flat,").append(2019 + k).append(",").append(50 + k % 2).append(",100\n");
        }
        t.append("Short,2021/22,5,10\nShort,2022/23,6,10\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "trend", "--good-is", "low", csv(t.toString()).toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("1 of 3 areas could not be computed"), r.err());
        List<CSVRecord> rows = parse(r.out());
        assertEquals(List.of("area", "from", "to", "periods", "method", "chi_squared", "slope", "trend", "note"),
                rows.get(0).getParser().getHeaderNames());
        CSVRecord rise = rows.get(0);
        assertEquals("Rising", rise.get("area"));
        assertEquals("2019/20", rise.get("from"), "the latest five of six");
        assertEquals("2023/24", rise.get("to"));
        double expected = 500 * Math.pow(500.0 * 954 - 301.0 * 1500, 2) / (301.0 * 199 * (500.0 * 5500 - 1500.0 * 1500));
        assertEquals(expected, Double.parseDouble(rise.get("chi_squared")), 1e-9);
        assertEquals("Chi-squared test for trend", rise.get("method"));
        assertEquals("Increasing and getting worse", rise.get("trend"));
        assertEquals("No significant change", rows.get(1).get("trend"));
        assertEquals("2019", rows.get(1).get("from"), "the period as typed");
        assertEquals("Cannot be calculated", rows.get(2).get("trend"));
        assertTrue(rows.get(2).get("note").contains("fewer than 5"), rows.get(2).get("note"));
    }

    @Test
    void trendOfValuesWithLimitsIsWeightedLeastSquares() throws Exception {
        StringBuilder t = new StringBuilder("area,period,value,lowercl,uppercl\n");
        double[] y = {10, 12, 13, 15, 17};
        for (int k = 0; k < 5; k++) {
            String p = k < 4 ? "2021/22 Q" + (k + 1) : "2022/23 Q1";
            t.append("Burnley,").append(p).append(",").append(y[k]).append(",").append(y[k] - 0.98).append(",").append(y[k] + 0.98).append("\n");
        }
        t.append("Wyre,2021/22 Q1,1,1,1\nWyre,2021/22 Q2,1,0,2\nWyre,2021/22 Q4,1,0,2\nWyre,2022/23 Q1,1,0,2\n"
                + "Wyre,2022/23 Q2,1,0,2\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "trend", "--good-is", "high", csv(t.toString()).toString());
        List<CSVRecord> rows = parse(r.out());
        assertEquals("Weighted least squares", rows.get(0).get("method"), r.err());
        assertEquals("Increasing and getting better", rows.get(0).get("trend"));
        // SE 0.5 everywhere: the unweighted slope of 10, 12, 13, 15, 17 is 1.7, its SE 0.5/√10
        assertEquals(1.7, Double.parseDouble(rows.get(0).get("slope")), 1e-9);
        assertEquals(1.7 * 1.7 / (0.25 / 10), Double.parseDouble(rows.get(0).get("chi_squared")), 1e-9);
        assertTrue(rows.get(1).get("note").contains("gap"), rows.get(1).get("note"));
        assertEquals(2, CliRunner.run("stats", "--statistic", "trend", csv("area,period,value\nA,2021/22,3\n").toString())
                .code());
    }

    @Test
    void columnLevelsAreFingertipsNames() {
        assertEquals("95_0", StatsTable.columnLevel(95));
        assertEquals("99_8", StatsTable.columnLevel(99.8));
    }
}
