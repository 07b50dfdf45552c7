package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Catalogue;
import org.perfbook.catalogue.CatalogueReader;
import org.perfbook.model.Period;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnReader;
import org.perfbook.template.TemplateWriter;
import org.perfbook.testing.Slow;

class TemplateAndSampleCommandTest {

    @TempDir
    Path dir;

    @Test
    void templatesCarryLastPeriodsFigures() throws Exception {
        Path catalogue = ReturnFixtures.writeCatalogue(dir.resolve("workbooks"));
        // last quarter's return, filed where the BI team keeps returns
        Path q2 = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", Period.quarter(2021, 2),
                dir.resolve("workbooks/returns/2021-22-Q2"), java.util.Map.of());
        ReturnFixtures.fillGood(q2);
        CliRunner r = CliRunner.run("template", "--period", "2021/22 Q3", "--catalogue", catalogue.toString(), "--out",
                dir.resolve("templates").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote 1 template for 2021/22 Q3"), r.out());
        Path t = dir.resolve("templates/highways-2021-22-Q3.xlsx");
        ReturnFile read = ReturnReader.read(t, "t.xlsx");
        assertEquals(Period.quarter(2021, 3), read.identity().period());
        try (XSSFWorkbook wb = new XSSFWorkbook(t.toFile())) {
            var layout = ReturnFixtures.layout(wb.getSheet("Return"));
            var cell = wb.getSheet("Return").getRow(layout.rows().get("HIG-01")).getCell(layout.columns().get("last period"));
            assertEquals(40.0 / 43 * 100, cell.getNumericCellValue(), 1e-9, "last period's figure for context");
        }
    }

    @Test
    void templateUsageErrors() throws Exception {
        Path catalogue = ReturnFixtures.writeCatalogue(dir.resolve("workbooks"));
        CliRunner unknown = CliRunner.run("template", "--period", "2021/22 Q3", "--service", "Parks", "--catalogue",
                catalogue.toString(), "--out", dir.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("its services are: Highways"), unknown.err());
        assertEquals(2, CliRunner.run("template", "--period", "2021/22", "--catalogue", catalogue.toString()).code());
        assertEquals(2, CliRunner.run("template", "--period", "Q5", "--catalogue", catalogue.toString()).code());
    }

    @Test
    void sampleLeavesAnExistingCatalogueAndReturnsAlone() throws Exception {
        Path catalogue = ReturnFixtures.writeCatalogue(dir.resolve("workbooks"));
        byte[] before = Files.readAllBytes(catalogue);
        CliRunner r = CliRunner.run("sample", "--out", dir.resolve("workbooks").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("already holds " + catalogue), r.err());
        assertTrue(r.err().contains("add --force"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(catalogue)), "the catalogue is untouched");
        assertTrue(Files.notExists(dir.resolve("workbooks/history.xlsx")), "nothing else is written");

        // a returns folder alone is real input too; an empty one is not
        Path returnsOnly = dir.resolve("returns-only");
        Files.createDirectories(returnsOnly.resolve("returns/2021-22-Q3"));
        assertEquals(2, CliRunner.run("sample", "--scale", "1", "--out", returnsOnly.toString()).code());
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty.resolve("returns"));
        assertEquals(0, CliRunner.run("sample", "--scale", "1", "--out", empty.toString()).code());
    }

    @Test
    void sampleWithForceReplacesAnExistingSet() throws Exception {
        Path catalogue = ReturnFixtures.writeCatalogue(dir.resolve("workbooks"));
        CliRunner r = CliRunner.run("sample", "--scale", "1", "--force", "--out", dir.resolve("workbooks").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("Service 0001"), CatalogueReader.read(catalogue).services());
    }

    @Test
    @Slow
    void aScaledSampleHasAboutNReturnsPerQuarter() throws Exception {
        CliRunner r = CliRunner.run("sample", "--scale", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Catalogue c = CatalogueReader.read(dir.resolve("catalogue.xlsx"));
        assertEquals(List.of("Service 0001", "Service 0002", "Service 0003"), c.services());
        try (Stream<Path> quarters = Files.list(dir.resolve("returns"))) {
            List<Path> q = quarters.sorted().toList();
            assertEquals(4, q.size());
            for (Path p : q) {
                try (Stream<Path> files = Files.list(p)) {
                    assertEquals(3, files.count());
                }
            }
        }
        CliRunner build = CliRunner.run("build", "--workbooks", dir.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString());
        assertEquals(0, build.code(), build.out() + build.err());
        assertEquals(2, CliRunner.run("sample", "--scale", "0", "--out", dir.toString()).code());
    }
}
