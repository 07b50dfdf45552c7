package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.book.DataColumn;
import org.perfbook.book.FindingColumn;
import org.perfbook.sample.RiskSample;
import org.perfbook.template.TemplateWriter;

/** build on one filled-in return: what the service typed beside its figures reaches the book. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private static Row find(Sheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        return null;
    }

    /** The catalogue and Highways' Q3 return from the template, filled in without a mistake. */
    private static Path goodHighwaysReturn(Path workbooks) throws Exception {
        ReturnFixtures.writeCatalogue(workbooks);
        Path ret = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                workbooks.resolve("returns/2021-22-Q3"), Map.of());
        ReturnFixtures.fillGood(ret);
        return ret;
    }

    @Test
    void aCatalogueThatCannotBeReadWritesNoRiskRegister() throws Exception {
        // the register's job runs beside the book's and needs the catalogue's settings: a catalogue that cannot
        // be read ends the build, register and all, with nothing written and no job left waiting
        Path workbooks = dir.resolve("workbooks");
        goodHighwaysReturn(workbooks);
        RiskSample.write(workbooks);
        Files.write(workbooks.resolve("catalogue.xlsx"), "not a workbook".getBytes(StandardCharsets.US_ASCII));
        CliRunner build = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run("build",
                "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString()));
        assertEquals(2, build.code(), "a broken catalogue: " + build.out() + build.err());
        assertTrue(build.err().contains("the catalogue " + workbooks.resolve("catalogue.xlsx") + " cannot be used"),
                build.err());
        assertFalse(Files.exists(dir.resolve("out/2021-22-Q3/risk-register-2021-22-Q3.xlsx")));
        assertFalse(Files.exists(dir.resolve("charts/2021-22-Q3/risk-heat-map.png")));
    }

    @Test
    void aReturnsContactAndDataNoteReachTheBook() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        Path ret = goodHighwaysReturn(workbooks);
        ReturnFixtures.edit(ret, (wb, s, l) -> {
            find(s, 0, "Contact").createCell(1).setCellValue("Pat Jones, 01234 567890");
            ReturnFixtures.set(s, l, "HIG-06", "Data note", "Two depots reported late.");
        });
        CliRunner build = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out",
                dir.resolve("out").toString(), "--charts", dir.resolve("charts").toString());
        assertEquals(0, build.code(), build.out() + build.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx").toFile())) {
            Row hig06 = find(wb.getSheet("Data"), DataColumn.ID.index(), "HIG-06");
            assertNotNull(hig06);
            assertEquals("Two depots reported late.", hig06.getCell(DataColumn.DATA_NOTE.index()).getStringCellValue());
            assertEquals("", find(wb.getSheet("Data"), DataColumn.ID.index(), "HIG-01")
                    .getCell(DataColumn.DATA_NOTE.index()).getStringCellValue());
            Sheet about = wb.getSheet("About");
            Row returns = find(about, 0, "Returns read");
            assertNotNull(returns);
            Row highways = about.getRow(returns.getRowNum() + 2);
            assertTrue(highways.getCell(0).getStringCellValue().endsWith("highways-2021-22-Q3.xlsx"),
                    highways.getCell(0).getStringCellValue());
            assertEquals("Highways", highways.getCell(1).getStringCellValue());
            assertEquals("2021/22 Q3", highways.getCell(2).getStringCellValue());
            assertEquals("Pat Jones, 01234 567890", highways.getCell(3).getStringCellValue());
        }
    }

    @Test
    void theAboutSheetGivesEachInputsSizeAndSha256() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        Path ret = goodHighwaysReturn(workbooks);
        CliRunner build = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out",
                dir.resolve("out").toString(), "--charts", dir.resolve("charts").toString());
        assertEquals(0, build.code(), build.out() + build.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx").toFile())) {
            Sheet about = wb.getSheet("About");
            Row catalogue = find(about, 1, "catalogue");
            Row highways = find(about, 1, "return");
            assertNotNull(catalogue);
            assertNotNull(highways);
            assertTrue(highways.getCell(0).getStringCellValue().endsWith("highways-2021-22-Q3.xlsx"));
            assertEquals(java.nio.file.Files.size(ret), (long) highways.getCell(2).getNumericCellValue());
            assertEquals(sha256(ret), highways.getCell(3).getStringCellValue());
            assertEquals(sha256(workbooks.resolve("catalogue.xlsx")), catalogue.getCell(3).getStringCellValue());
        }
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(file)));
    }

    @Test
    void aFigureWithAnErrorKeepsItsCommentaryInTheBook() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        Path ret = goodHighwaysReturn(workbooks);
        ReturnFixtures.edit(ret, (wb, s, l) -> ReturnFixtures.set(s, l, "HIG-01", "Numerator", "forty"));
        CliRunner build = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out",
                dir.resolve("out").toString(), "--charts", dir.resolve("charts").toString());
        assertEquals(ExitCode.FINDINGS, build.code(), build.out() + build.err());
        assertTrue(build.out().contains("2 observations"), "the figure not used is not counted: " + build.out());
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx").toFile())) {
            Sheet scorecard = wb.getSheet("Delivering better services");
            Row hig01 = find(scorecard, 0, "HIG-01");
            assertNotNull(hig01);
            assertEquals("Figure not used: see the Findings sheet. Commentary: Improved after the November peak.",
                    scorecard.getRow(hig01.getRowNum() + 1).getCell(1).getStringCellValue(), "on the row under it");
            Row data = find(wb.getSheet("Data"), DataColumn.ID.index(), "HIG-01");
            assertNotNull(data);
            assertEquals("Not used", data.getCell(DataColumn.STATUS.index()).getStringCellValue());
            assertTrue(data.getCell(DataColumn.DATA_NOTE.index()).getStringCellValue()
                    .contains("Improved after the November peak."));
            Cell value = data.getCell(DataColumn.VALUE.index());
            assertTrue(value == null || value.getCellType() == CellType.BLANK, "no figure");
        }
    }

    @Test
    void thisPeriodsErrorsArePrintedWithTheValidateCommandAndEveryFindingSaysWhatItIsAbout() throws Exception {
        Path workbooks = dir.resolve("my workbooks");
        ReturnFixtures.writeCatalogue(workbooks);
        Path q2 = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3.previous(),
                workbooks.resolve("returns/2021-22-Q2"), Map.of());
        ReturnFixtures.fillGood(q2);
        ReturnFixtures.edit(q2, (wb, s, l) -> ReturnFixtures.set(s, l, "HIG-06", "Numerator", "lots"));
        Path q3 = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                workbooks.resolve("returns/2021-22-Q3"), Map.of());
        ReturnFixtures.fillGood(q3);
        String[] cell = new String[1];
        ReturnFixtures.edit(q3, (wb, s, l) -> {
            ReturnFixtures.set(s, l, "HIG-01", "Numerator", "forty");
            cell[0] = l.cell("HIG-01", "Numerator");
        });
        CliRunner build = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out",
                dir.resolve("out").toString(), "--charts", dir.resolve("charts").toString());
        assertEquals(1, build.code(), build.out() + build.err());

        String[] err = build.err().lines().filter(line -> !line.contains("Reading returns")).toArray(String[]::new);
        assertEquals("2021/22 Q3: 1 error:", err[0], build.err());
        assertTrue(err[1].endsWith("highways-2021-22-Q3.xlsx"), err[1]);
        assertTrue(err[2].matches("  Return!" + cell[0] + " +error +.*forty.*\\(text-in-number\\)"), err[2]);
        assertTrue(err[3].startsWith("and "), err[3]);
        assertTrue(err[3].endsWith(". To list them all: perfbook validate --catalogue \""
                + workbooks.resolve("catalogue.xlsx") + "\" --period \"2021/22 Q3\" \""
                + workbooks.resolve("returns").resolve("2021-22-Q3") + "\""), err[3]);
        assertTrue(err[4].startsWith("Earlier periods' returns: 1 error, "), err[4]);
        assertEquals(5, err.length, build.err());
        assertTrue(!build.err().contains("lots"), "earlier periods' findings are only counted: " + build.err());
        CliRunner validate = CliRunner.run("validate", "--catalogue", workbooks.resolve("catalogue.xlsx").toString(),
                "--period", "2021/22 Q3", workbooks.resolve("returns/2021-22-Q3").toString());
        assertTrue(validate.out().contains("forty"), "the command printed lists the error: " + validate.out());

        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx").toFile())) {
            Sheet findings = wb.getSheet("Findings");
            Row first = findings.getRow(1);
            assertEquals("error", text(first, FindingColumn.SEVERITY));
            assertEquals("2021/22 Q3", text(first, FindingColumn.PERIOD));
            assertEquals("Highways", text(first, FindingColumn.SERVICE));
            assertEquals("HIG-01", text(first, FindingColumn.INDICATOR));
            assertEquals("", text(first, FindingColumn.BREAKDOWN));
            assertEquals(cell[0], text(first, FindingColumn.CELL));
            Row heading = find(findings, 0, "Earlier periods' returns: 1 error in the returns for 2021/22 Q2");
            assertNotNull(heading, "the earlier period's finding is in its own table");
            Row earlier = findings.getRow(heading.getRowNum() + 3);
            assertEquals("2021/22 Q2", text(earlier, FindingColumn.PERIOD));
            assertEquals("HIG-06", text(earlier, FindingColumn.INDICATOR));
            assertTrue(text(earlier, FindingColumn.MESSAGE).contains("lots"), text(earlier, FindingColumn.MESSAGE));
        }
    }

    @Test
    void timingsNameEveryPhaseOnStandardErrorOnlyWhenAskedFor() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        Path ret = goodHighwaysReturn(workbooks);
        String[] common = {"build", "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
            "--charts", dir.resolve("charts").toString()};
        CliRunner plain = CliRunner.run(common);
        assertEquals(0, plain.code(), plain.out() + plain.err());
        assertFalse(plain.err().contains("Timings"), plain.err());

        String[] timed = java.util.Arrays.copyOf(common, common.length + 1);
        timed[common.length] = "--timings";
        CliRunner build = CliRunner.run(timed);
        assertEquals(0, build.code(), build.out() + build.err());
        assertFalse(build.out().contains("Timings"), "standard output stays as it was: " + build.out());
        List<String> lines = build.err().lines().toList();
        int heading = lines.indexOf("Timings:");
        assertTrue(heading >= 0, build.err());
        List<String> names = lines.subList(heading + 1, heading + 7).stream()
                .map(line -> line.strip().replaceAll(" +[0-9,]+ ms$", "")).toList();
        assertEquals(List.of("read returns", "check", "assess", "charts", "book and report", "total"), names, build.err());
    }

    private static String text(Row r, FindingColumn column) {
        return r.getCell(column.index()).getStringCellValue();
    }

    @Test
    void chartsThatCannotBeSavedStopTheBuildWithoutABookOrReportWhileTheyWereLaidOutMeanwhile() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        goodHighwaysReturn(workbooks);
        // on two threads the book is laid out while charts are drawn; on one, everything in turn
        for (String threads : new String[] {"2", "1"}) {
            // a file where the period's charts folder belongs: no chart can be saved
            Path blocked = dir.resolve("charts-" + threads + "/2021-22-Q3");
            java.nio.file.Files.createDirectories(blocked.getParent());
            java.nio.file.Files.writeString(blocked, "not a folder");
            Path out = dir.resolve("out-" + threads);
            CliRunner build = CliRunner.run("build", "--threads", threads, "--workbooks", workbooks.toString(),
                    "--out", out.toString(), "--charts", blocked.getParent().toString());
            assertEquals(ExitCode.INTERNAL, build.code(), build.out() + build.err());
            assertTrue(build.err().contains("2021-22-Q3"), build.err());
            Path period = out.resolve("2021-22-Q3");
            assertFalse(java.nio.file.Files.exists(period.resolve("performance-book-2021-22-Q3.xlsx")), threads);
            assertFalse(java.nio.file.Files.exists(period.resolve("committee-report-2021-22-Q3.docx")), threads);
            if (java.nio.file.Files.isDirectory(period)) {
                try (var left = java.nio.file.Files.list(period)) {
                    assertEquals(List.of(), left.toList(), "no half-written file is left");
                }
            }
        }
    }
}
