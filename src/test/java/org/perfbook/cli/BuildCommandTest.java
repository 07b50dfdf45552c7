package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.book.DataColumn;
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

    @Test
    void aReturnsContactAndDataNoteReachTheBook() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        ReturnFixtures.writeCatalogue(workbooks);
        Path ret = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                workbooks.resolve("returns/2021-22-Q3"), Map.of());
        ReturnFixtures.fillGood(ret);
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
    void aFigureWithAnErrorKeepsItsCommentaryInTheBook() throws Exception {
        Path workbooks = dir.resolve("workbooks");
        ReturnFixtures.writeCatalogue(workbooks);
        Path ret = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                workbooks.resolve("returns/2021-22-Q3"), Map.of());
        ReturnFixtures.fillGood(ret);
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
                    hig01.getCell(hig01.getLastCellNum() - 1).getStringCellValue());
            Row data = find(wb.getSheet("Data"), DataColumn.ID.index(), "HIG-01");
            assertNotNull(data);
            assertEquals("Not used", data.getCell(DataColumn.STATUS.index()).getStringCellValue());
            assertTrue(data.getCell(DataColumn.DATA_NOTE.index()).getStringCellValue()
                    .contains("Improved after the November peak."));
            Cell value = data.getCell(DataColumn.VALUE.index());
            assertTrue(value == null || value.getCellType() == CellType.BLANK, "no figure");
        }
    }
}
