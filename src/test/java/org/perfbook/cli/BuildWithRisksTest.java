package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.template.TemplateWriter;

/**
 * build for a quarter with directorate risk registers: the register goes into the committee report, one line
 * about it on standard error, and its errors make the exit code 1 as the returns' do.
 */
class BuildWithRisksTest {

    @TempDir
    Path dir;
    Path workbooks;

    @BeforeEach
    void aCleanReturn() throws Exception {
        workbooks = dir.resolve("workbooks");
        ReturnFixtures.writeCatalogue(workbooks);
        Path ret = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                workbooks.resolve("returns/2021-22-Q3"), Map.of());
        ReturnFixtures.fillGood(ret);
    }

    /** The Children's register for Q3 with CORP2 typed in; {@code owner} blank is a missing-owner error. */
    private Path register(String owner) throws Exception {
        Path folder = workbooks.resolve("risks/2021-22-Q3");
        CliRunner t = CliRunner.run("risks", "template", "--period", "2021/22 Q3", "--workbooks", workbooks.toString(),
                "--out", folder.toString(), "--directorate", "Children");
        assertEquals(ExitCode.OK, t.code(), t.err());
        Path file = folder.resolve("risk-register-children-2021-22-Q3.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = wb.getSheet("Register").getRow(5);
            List<String> typed = List.of("CORP2", "Risk", "Family Safeguarding Model", "", "", "", owner, "Likely",
                    "Major", "", "Unlikely", "Major", "", "March 2022", "Amber");
            for (int c = 0; c < typed.size(); c++) {
                r.getCell(c).setCellValue(typed.get(c));
            }
            r.getCell(20).setCellValue("Open");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private CliRunner build() {
        return CliRunner.run("build", "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString());
    }

    private List<String> report() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("out/2021-22-Q3/committee-report-2021-22-Q3.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            List<String> t = new java.util.ArrayList<>(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            doc.getTables().forEach(x -> t.add(x.getText()));
            return t;
        }
    }

    @Test
    void withoutRegistersTheReportHasNoAppendixBAndNothingIsSaidOfThem() throws Exception {
        CliRunner b = build();
        assertEquals(ExitCode.OK, b.code(), b.out() + b.err());
        assertFalse(b.err().contains("Risk register") || b.out().contains("Risk"), b.out() + b.err());
        assertFalse(report().stream().anyMatch(x -> x.contains("Appendix 'B'")));
        assertFalse(Files.exists(dir.resolve("out/2021-22-Q3/risk-register-2021-22-Q3.xlsx")));
    }

    @Test
    void anEmptyRegistersFolderAddsNothingToTheReportAndSaysSo() throws Exception {
        Files.createDirectories(workbooks.resolve("risks/2021-22-Q3"));
        CliRunner b = build();
        assertEquals(ExitCode.OK, b.code(), b.out() + b.err());
        assertTrue(b.err().contains("Risk register: no directorate registers in " + workbooks.resolve("risks/2021-22-Q3")
                + ", so the committee report has no Appendix 'B'."), b.err());
        assertTrue(b.out().contains("the committee report (cover report and Appendix 'A')."), b.out());
        assertFalse(report().stream().anyMatch(x -> x.contains("Appendix 'B'") || x.contains("Removal")));
    }

    @Test
    void aCleanRegisterIsInTheReportAndSaidInOneLine() throws Exception {
        register("Director of Children's Services");
        CliRunner b = build();
        assertEquals(ExitCode.OK, b.code(), b.out() + b.err());
        assertTrue(b.err().contains("Risk register: 1 entry on the corporate register from 1 directorate register, "
                + "0 errors, 0 warnings."), b.err());
        assertTrue(b.out().contains("risk-register-2021-22-Q3.xlsx: the Corporate Risk and Opportunity Register"), b.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/2021-22-Q3/risk-register-2021-22-Q3.xlsx")));
        assertTrue(Files.isRegularFile(dir.resolve("charts/2021-22-Q3/risk-heat-map.png")));
        List<String> t = report();
        assertTrue(t.contains("Appendix 'B' – Corporate Risk and Opportunity Register"), t.toString());
        // the first quarter with registers: nothing to compare with, and the report says so
        assertTrue(t.contains("There are no directorate registers for Q2 2021/22 to compare with, so no changes since "
                + "last quarter are listed."), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.contains("CORP2") && x.contains("16 (4 × 4)") && x.contains("Amber")),
                t.toString());
    }

    @Test
    void theHeatMapInTheRegisterAndTheReportIsTheChartFileItself() throws Exception {
        register("Director of Children's Services");
        CliRunner b = build();
        assertEquals(ExitCode.OK, b.code(), b.out() + b.err());
        byte[] png = Files.readAllBytes(dir.resolve("charts/2021-22-Q3/risk-heat-map.png"));
        try (InputStream in = Files.newInputStream(dir.resolve("out/2021-22-Q3/risk-register-2021-22-Q3.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getAllPictures().size());
            org.junit.jupiter.api.Assertions.assertArrayEquals(png, wb.getAllPictures().get(0).getData());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("out/2021-22-Q3/committee-report-2021-22-Q3.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getAllPictures().stream().anyMatch(p -> java.util.Arrays.equals(png, p.getData())),
                    "the report's heat map is the chart file");
        }
    }

    @Test
    void registerErrorsMakeTheBuildExitOneWithTheCommandThatListsThem() throws Exception {
        register("");
        CliRunner b = build();
        assertEquals(ExitCode.FINDINGS, b.code(), b.out() + b.err());
        assertTrue(b.err().contains("Risk register: 1 entry on the corporate register from 1 directorate register, "
                + "1 error, 0 warnings; to list them: perfbook risks validate --workbooks " + workbooks
                + " --period \"2021/22 Q3\""), b.err());
        assertTrue(report().stream().anyMatch(x -> x.startsWith("The directorate registers hold 1 error still to be "
                + "corrected")), report().toString());
        CliRunner v = CliRunner.run("risks", "validate", "--workbooks", workbooks.toString(), "--period", "2021/22 Q3");
        assertEquals(ExitCode.FINDINGS, v.code());
        assertTrue(v.out().contains("(missing-owner)"), v.out());
    }

    @Test
    void validateOnARegisterSaysWhatItIsAndTheCommandToRun() throws Exception {
        Path file = register("Director of Children's Services");
        CliRunner v = CliRunner.run("validate", file.toString());
        assertEquals(ExitCode.FINDINGS, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("This is a risk register (Children, 2021/22 Q3), not a performance return, so it "
                + "is not checked here. Check it with: perfbook risks validate --period \"2021/22 Q3\" "), v.out());
        assertFalse(v.out().contains("no row with the headings ID and Value"), v.out());
        // with the catalogue too, and a real return beside it is still checked as one
        CliRunner both = CliRunner.run("validate", "--catalogue", workbooks.resolve("catalogue.xlsx").toString(),
                file.toString(), workbooks.resolve("returns/2021-22-Q3").toString());
        assertTrue(both.out().contains("This is a risk register (Children, 2021/22 Q3)"), both.out());
        assertTrue(both.out().contains("Checked 2 returns: 1 error"), both.out());
        // filed among the returns by mistake, build says the same
        Files.copy(file, workbooks.resolve("returns/2021-22-Q3/risk-register-children-2021-22-Q3.xlsx"));
        CliRunner b = build();
        assertEquals(ExitCode.FINDINGS, b.code(), b.out() + b.err());
        assertTrue(b.err().contains("This is a risk register (Children, 2021/22 Q3), not a performance return"), b.err());
    }
}
