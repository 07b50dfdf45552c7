package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.testing.Slow;

/** A service that does not send its return: the book says so and the headline does not improve. */
@Slow
class MissingReturnTest {

    @TempDir
    Path dir;

    /** The Summary's "All priorities" row: each column's heading to its text. */
    private static List<String> allPriorities(Path book, List<String> headings) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
            Sheet s = wb.getSheet("Summary");
            Row head = null;
            for (Row r : s) {
                var c = r.getCell(0);
                if (c == null) {
                    continue;
                }
                String t = c.toString();
                if (t.equals("Priority")) {
                    head = r;
                } else if (t.equals("All priorities") && head != null) {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < head.getLastCellNum(); i++) {
                        headings.add(head.getCell(i).getStringCellValue());
                        var v = r.getCell(i);
                        out.add(v == null ? "" : v.getCellType() == CellType.NUMERIC
                                ? String.valueOf((int) v.getNumericCellValue()) : v.getStringCellValue());
                    }
                    return out;
                }
            }
        }
        throw new AssertionError("no All priorities row in the Summary of " + book);
    }

    private static double share(String onTrack) {
        // "17 of 35 (49%)"
        String[] parts = onTrack.split(" ");
        return Double.parseDouble(parts[0]) / Double.parseDouble(parts[2]);
    }

    @Test
    void aMissingReturnIsAnErrorItsIndicatorsAreNotReportedAndTheShareOnTrackDoesNotRise() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        assertEquals(0, CliRunner.run("sample", "--out", workbooks.toString()).code());
        CliRunner full = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out", dir.resolve("full").toString(),
                "--charts", dir.resolve("charts-full").toString());
        assertTrue(full.out().contains("2021/22 Q3: 11 of 11 returns received."), full.out());
        List<String> fullHeads = new ArrayList<>();
        List<String> fullRow = allPriorities(dir.resolve("full/2021-22-Q3/performance-book-2021-22-Q3.xlsx"), fullHeads);
        assertTrue(!fullHeads.contains("Not reported"), "no column for it when every return arrived: " + fullHeads);

        try (Stream<Path> q3 = Files.list(workbooks.resolve("returns/2021-22-Q3"))) {
            Path ph = q3.filter(p -> p.getFileName().toString().startsWith("public-health")).findFirst().orElseThrow();
            Files.delete(ph);
        }
        CliRunner without = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out",
                dir.resolve("without").toString(), "--charts", dir.resolve("charts-without").toString());
        assertEquals(1, without.code(), without.err());
        assertTrue(without.out().contains("10 of 11 returns received; missing: Public Health"), without.out());
        Path book = dir.resolve("without/2021-22-Q3/performance-book-2021-22-Q3.xlsx");
        List<String> heads = new ArrayList<>();
        List<String> row = allPriorities(book, heads);
        int notReported = Integer.parseInt(row.get(heads.indexOf("Not reported")));
        assertEquals(5, notReported, heads + " " + row);
        double before = share(fullRow.get(fullHeads.indexOf("On track")));
        double after = share(row.get(heads.indexOf("On track")));
        assertTrue(after <= before, "on track " + before + " with every return, " + after + " without one");

        try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
            Sheet returns = wb.getSheet("Returns");
            boolean listed = false;
            for (Row r : returns) {
                if (r.getCell(0) != null && r.getCell(0).toString().equals("Public Health")) {
                    assertEquals("Missing", r.getCell(5).getStringCellValue());
                    listed = true;
                }
            }
            assertTrue(listed, "Public Health is on the Returns sheet");
            boolean finding = false;
            for (Row r : wb.getSheet("Findings")) {
                for (var c : r) {
                    if (c.toString().equals("missing-return")) {
                        finding = true;
                    }
                }
            }
            assertTrue(finding, "a missing-return finding");
        }
    }
}
