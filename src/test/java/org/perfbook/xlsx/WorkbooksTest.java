package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Source;

class WorkbooksTest {

    @TempDir
    Path dir;

    /** The one wording of each problem, as every reader now shows it. */
    private static final Map<Workbooks.Problem, String> WORDING = Map.of(
            Workbooks.Problem.MISSING, "This file was not found or could not be read: it may have been moved or "
                    + "deleted, or you may not have permission to open it. Check the folder and the file name.",
            Workbooks.Problem.LOCK_FILE, "This is a lock file that Excel leaves while a workbook is open, not the "
                    + "workbook itself. Close the workbook in Excel and use the workbook, not this file.",
            Workbooks.Problem.EMPTY, "This file is empty (0 bytes), so it is not an Excel workbook perfbook can "
                    + "open. It may not have been saved or copied completely: save it again from Excel as .xlsx.",
            Workbooks.Problem.ENCRYPTED, "This file has a password, so perfbook cannot open it. Open it in Excel, "
                    + "save a copy without the password (File, Info, Protect Workbook, Encrypt with Password, and "
                    + "clear the password) and use that copy.",
            Workbooks.Problem.OLD_FORMAT, "This file is in a very old Excel format that perfbook cannot read: open "
                    + "it in Excel and save it as .xlsx.",
            Workbooks.Problem.NOT_A_SPREADSHEET, "This file is not an Excel workbook, although its name says it is: "
                    + "it may be another kind of file renamed. Open it in Excel and save it as .xlsx.",
            Workbooks.Problem.CORRUPT, "This file is not an Excel workbook perfbook can open: it is damaged or in "
                    + "another format. Open it in Excel and save it again as an .xlsx workbook.",
            Workbooks.Problem.TOO_LARGE, "This file is far larger than a return can be (a sheet of more than 32 MB, "
                    + "or a file of more than 32 MB), so it was not read. A return has one row per indicator: check "
                    + "that rows or columns have not been filled down to the end of the sheet, delete them, and save "
                    + "again.");

    @Test
    void eachProblemHasOneWordingInPlainEnglish() {
        for (Workbooks.Problem p : Workbooks.Problem.values()) {
            assertEquals(WORDING.get(p), p.message(), p.name());
            assertFalse(p.message().matches("(?s).*(Exception|java\\.|org\\.apache).*"), p.message());
        }
    }

    @ParameterizedTest
    @EnumSource(BadFiles.Kind.class)
    void everyKindOfBadFileIsOneProblemNamedAsShown(BadFiles.Kind kind) throws IOException {
        Path p = BadFiles.write(dir, kind);
        try (Workbooks.Opened opened = Workbooks.open(p, "returns/" + kind.fileName)) {
            assertFalse(opened.isOpen());
            assertNull(opened.workbook());
            assertEquals(kind.problem, opened.problem());
            Finding f = opened.finding();
            assertEquals(Source.of("returns/" + kind.fileName), f.source());
            assertEquals(kind.problem.code().code(), f.code());
            assertEquals(kind.problem.message(), f.message());
            assertEquals(kind == BadFiles.Kind.LOCK_FILE ? Finding.Severity.WARNING : Finding.Severity.ERROR,
                    f.severity());
        }
    }

    @Test
    void codesAreTheReturnsCodes() {
        assertEquals("unreadable-file", Workbooks.Problem.MISSING.code().code());
        assertEquals("lock-file", Workbooks.Problem.LOCK_FILE.code().code());
        assertEquals("password-protected", Workbooks.Problem.ENCRYPTED.code().code());
        for (Workbooks.Problem p : new Workbooks.Problem[] {Workbooks.Problem.EMPTY, Workbooks.Problem.OLD_FORMAT,
                Workbooks.Problem.NOT_A_SPREADSHEET, Workbooks.Problem.CORRUPT}) {
            assertEquals("corrupt-file", p.code().code(), p.name());
        }
    }

    @Test
    void aMissingFileOrAFolderIsMissing() {
        assertEquals(Workbooks.Problem.MISSING, Workbooks.open(dir.resolve("gone.xlsx"), "gone.xlsx").problem());
        assertEquals(Workbooks.Problem.MISSING, Workbooks.open(dir, "folder").problem());
    }

    @Test
    void xlsxAndExcel97WorkbooksOpen() throws IOException {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            Path p = dir.resolve(wb instanceof HSSFWorkbook ? "old.xls" : "new.xlsx");
            try (wb; OutputStream out = Files.newOutputStream(p)) {
                wb.createSheet("Return").createRow(0).createCell(0).setCellValue("ID");
                wb.write(out);
            }
            try (Workbooks.Opened opened = Workbooks.open(p, null)) {
                assertTrue(opened.isOpen(), p.toString());
                assertNull(opened.problem());
                assertNull(opened.finding());
                assertEquals("Return", opened.workbook().getSheetName(0));
            }
        }
    }

    @Test
    void damageFoundAfterOpeningIsCorrupt() {
        Finding f = Workbooks.damaged("a.xlsx");
        assertEquals(Finding.error(Source.of("a.xlsx"), FindingCode.CORRUPT_FILE, Workbooks.CORRUPT_MESSAGE), f);
    }

    @Test
    void spreadsheetNamesAreXlsxXlsmAndXls() {
        assertTrue(Workbooks.isSpreadsheetName("A.XLSX"));
        assertTrue(Workbooks.isSpreadsheetName("a.xlsm"));
        assertTrue(Workbooks.isSpreadsheetName("a.xls"));
        assertFalse(Workbooks.isSpreadsheetName("a.csv"));
    }
}
