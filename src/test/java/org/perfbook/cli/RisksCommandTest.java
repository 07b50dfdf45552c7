package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RisksCommandTest {

    @TempDir
    Path dir;

    @Test
    void theFirstQuartersTemplatesNeedTheDirectoratesNamed() {
        Path empty = dir.resolve("workbooks");
        CliRunner none = CliRunner.run("risks", "template", "--period", "2021/22 Q1", "--workbooks", empty.toString(),
                "--out", dir.resolve("t").toString());
        assertEquals(ExitCode.USAGE, none.code());
        assertTrue(none.err().contains("name them with --directorate"), none.err());
        CliRunner two = CliRunner.run("risks", "template", "--period", "2021/22 Q1", "--workbooks", empty.toString(),
                "--out", dir.resolve("t").toString(), "--directorate", "Resources", "--directorate", "Children");
        assertEquals(ExitCode.OK, two.code(), two.err());
        assertTrue(Files.isRegularFile(dir.resolve("t/risk-register-resources-2021-22-Q1.xlsx")));
        assertTrue(two.out().contains("Wrote 2 register templates for 2021/22 Q1"), two.out());
        CliRunner year = CliRunner.run("risks", "template", "--period", "2021/22", "--directorate", "Resources");
        assertEquals(ExitCode.USAGE, year.code());
        assertTrue(year.err().contains("registers are kept by quarter"), year.err());
    }

    @Test
    void validatePrintsEachProblemAtItsCellAndExitsOne() throws Exception {
        CliRunner t = CliRunner.run("risks", "template", "--period", "2021/22 Q1", "--workbooks", dir.toString(),
                "--out", dir.resolve("t").toString(), "--directorate", "Children");
        assertEquals(ExitCode.OK, t.code(), t.err());
        Path file = dir.resolve("t/risk-register-children-2021-22-Q1.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = wb.getSheet("Register").getRow(5);
            List<String> typed = List.of("CORP2", "Risk", "Family Safeguarding Model", "", "", "", "", "Probable", "Major",
                    "", "Unlikely", "Major", "", "March 2022", "Green");
            for (int c = 0; c < typed.size(); c++) {
                r.getCell(c).setCellValue(typed.get(c));
            }
            r.getCell(20).setCellValue("Open");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRunner v = CliRunner.run("risks", "validate", "--period", "2021/22 Q1", "--workbooks", dir.toString(),
                file.toString());
        assertEquals(ExitCode.FINDINGS, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("Register!H6") && v.out().contains("(risk-scale-word)"), v.out());
        assertTrue(v.out().contains("Register!G6") && v.out().contains("(missing-owner)"), v.out());
        assertTrue(v.out().contains("1 register checked for 2021/22 Q1: 1 entry read, 2 errors, 0 warnings."), v.out());
        CliRunner j = CliRunner.run("risks", "validate", "--json", "--period", "2021/22 Q1", "--workbooks",
                dir.toString(), file.toString());
        assertEquals(ExitCode.FINDINGS, j.code());
        assertTrue(j.out().strip().startsWith("[") && j.out().contains("\"cell\" : \"H6\"")
                && j.out().contains("\"code\" : \"risk-scale-word\""), j.out());
        assertTrue(j.err().contains("2 errors"), j.err());
    }

    @Test
    void buildWithNoRegistersSaysWhereTheyGo() {
        CliRunner b = CliRunner.run("risks", "build", "--workbooks", dir.toString());
        assertEquals(ExitCode.USAGE, b.code());
        assertTrue(b.err().contains("there are no risk registers in") && b.err().contains("2021-22-Q4"), b.err());
    }
}
