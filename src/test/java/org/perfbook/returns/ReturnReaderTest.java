package org.perfbook.returns;

import org.perfbook.testing.ReturnsTestData;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.template.TemplateLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.testing.ReturnsTestData.CSC;
import static org.perfbook.testing.ReturnsTestData.HIGHWAYS;
import static org.perfbook.testing.ReturnsTestData.Q3;
import static org.perfbook.testing.ReturnsTestData.set;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.xlsx.BadFiles;
import org.perfbook.xlsx.CellReading;
import org.perfbook.xlsx.Workbooks;
import org.perfbook.xlsx.CellReading.Kind;

class ReturnReaderTest {

    private static final String[] HEADINGS = TemplateLayout.HEADINGS.toArray(String[]::new);

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ filled-in templates

    /** The CSC template with figures typed into its input cells, as a service would. */
    private Path filledCsc(String name) throws IOException {
        Path template = ReturnsTestData.template(dir, CSC);
        try (XSSFWorkbook wb = ReturnsTestData.open(template)) {
            Sheet s = wb.getSheet("Return");
            set(s, 4, 1, "Jo Bloggs, 01772 000000");
            set(s, 7, 7, 1784);                 // H8: CSC-01 whole authority, count of children
            set(s, 7, 10, "Fifth consecutive monthly rise.");
            set(s, 8, 7, 150);                  // H9: Burnley
            set(s, 9, 7, "n/a");                // H10: Preston
            set(s, 9, 10, "Preston figures are late.");
            set(s, 10, 7, "1,234 approx");      // H11: Wyre
            set(s, 11, 9, "1,443");             // J12: CSC-02 count typed as text
            set(s, 11, 11, "Provisional");
            return ReturnsTestData.save(wb, dir.resolve(name));
        }
    }

    @Test
    void readsAFilledInTemplate() throws IOException {
        ReturnFile f = ReturnReader.read(filledCsc("csc.xlsx"), "returns/csc.xlsx");
        assertTrue(f.readable());
        assertEquals(List.of(), f.findings());
        assertEquals("returns/csc.xlsx", f.name());
        assertEquals("Return", f.sheet());
        assertEquals("Jo Bloggs, 01772 000000", f.contact());
        TemplateIdentity id = f.identity();
        assertEquals(new TemplateIdentity(TemplateIdentity.FORMAT_VERSION, CSC, Q3, List.of("CSC-01", "CSC-02")),
                new TemplateIdentity(id.formatVersion(), id.service(), id.period(), id.indicatorIds()));
        // and what checking the rows needs without the catalogue
        assertEquals(List.of("CSC-01", "CSC-02"), id.indicators().stream().map(i -> i.indicator().id()).toList());
        assertEquals(List.of("Burnley", "Preston", "Wyre"), id.breakdowns());
        assertEquals(72.7, id.indicators().get(0).last());

        List<ReturnRow> rows = f.rows();
        assertEquals(5, rows.size());
        ReturnRow whole = rows.get(0);
        assertEquals("CSC-01", whole.indicatorId());
        assertEquals("", whole.breakdown());
        assertEquals(new Source("returns/csc.xlsx", "Return", "A8"), whole.source());
        assertEquals(Kind.NUMBER, whole.numerator().kind());
        assertEquals(1784.0, whole.numerator().number());
        assertEquals(new Source("returns/csc.xlsx", "Return", "H8"), whole.numerator().source());
        assertEquals(Kind.BLANK, whole.denominator().kind());
        assertEquals(new Source("returns/csc.xlsx", "Return", "I8"), whole.denominator().source());
        assertEquals(Kind.BLANK, whole.value().kind());
        assertEquals("Fifth consecutive monthly rise.", whole.commentary());

        ReturnRow burnley = rows.get(1);
        assertEquals("Burnley", burnley.breakdown());
        assertEquals(150.0, burnley.numerator().number());
        assertEquals("H9", burnley.numerator().source().cell());

        ReturnRow preston = rows.get(2);
        assertEquals(Kind.NOT_AVAILABLE, preston.numerator().kind());
        assertEquals("Preston figures are late.", preston.commentary());

        ReturnRow wyre = rows.get(3);
        assertEquals(Kind.GUESSED, wyre.numerator().kind());
        assertEquals(1234.0, wyre.numerator().number());

        ReturnRow cpp = rows.get(4);
        assertEquals("CSC-02", cpp.indicatorId());
        assertEquals(Kind.NUMBER, cpp.value().kind());
        assertEquals(1443.0, cpp.value().number());
        assertEquals("J12", cpp.value().source().cell());
        assertEquals("Provisional", cpp.dataNote());
    }

    @Test
    void anUnfilledTemplateReadsAsBlankRows() throws IOException {
        ReturnFile f = ReturnReader.read(ReturnsTestData.template(dir, HIGHWAYS), "hw.xlsx");
        assertTrue(f.readable());
        assertEquals(List.of(), f.findings());
        assertEquals("", f.contact());
        assertEquals(List.of("HW-01", "HW-02"), f.rows().stream().map(ReturnRow::indicatorId).toList());
        assertTrue(f.rows().stream().allMatch(r -> r.value().kind() == Kind.BLANK));
    }

    @Test
    void formulaResultsAreReadFromTheCacheAndErrorsReported() throws IOException {
        Path template = ReturnsTestData.template(dir, HIGHWAYS);
        try (XSSFWorkbook wb = ReturnsTestData.open(template)) {
            XSSFSheet s = wb.getSheet("Return");
            set(s, 7, 7, 40);
            set(s, 7, 8, 0);
            XSSFCell v = s.getRow(7).getCell(9);
            v.setCellFormula("H8/I8*100");
            v.setCellErrorValue(FormulaError.DIV0);
            XSSFCell money = s.getRow(8).getCell(9);
            money.setCellFormula("SUM(100000,200000)");
            money.setCellValue(300000);
            ReturnsTestData.save(wb, dir.resolve("formulas.xlsx"));
        }
        ReturnFile f = ReturnReader.read(dir.resolve("formulas.xlsx"), "formulas.xlsx");
        CellReading err = f.rows().get(0).value();
        assertEquals(Kind.ERROR, err.kind());
        assertEquals("#DIV/0!", err.typed());
        assertEquals("J8", err.source().cell());
        assertEquals(300000.0, f.rows().get(1).value().number());
    }

    // ------------------------------------------------------------------ files that are not returns

    @Test
    void randomBytesAreACorruptFile() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path p = Files.write(dir.resolve("junk.xlsx"), junk);
        assertOnly(ReturnReader.read(p, "junk.xlsx"), "corrupt-file", Finding.Severity.ERROR);
    }

    @Test
    void randomBytesBehindAZipSignatureAreACorruptFile() throws IOException {
        Path p = BadFiles.write(dir, BadFiles.Kind.CORRUPT_ZIP);
        assertOnly(ReturnReader.read(p, p.getFileName().toString()), "corrupt-file", Finding.Severity.ERROR);
    }

    @Test
    void aTruncatedWorkbookIsACorruptFile() throws IOException {
        byte[] whole = Files.readAllBytes(filledCsc("whole.xlsx"));
        Path p = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        ReturnFile f = ReturnReader.read(p, "cut.xlsx");
        assertOnly(f, "corrupt-file", Finding.Severity.ERROR);
        assertEquals(Workbooks.CORRUPT_MESSAGE, f.findings().get(0).message());
    }

    /** Where the zip's central directory starts, from the end-of-central-directory record (offset 16). */
    private static int centralDirectory(byte[] zip) {
        for (int i = zip.length - 22; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return java.nio.ByteBuffer.wrap(zip, i + 16, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            }
        }
        throw new IllegalStateException("not a zip");
    }

    @Test
    void noTruncationOrDamagedByteMakesTheReaderThrow() throws IOException {
        byte[] whole = Files.readAllBytes(filledCsc("whole.xlsx"));
        // cuts within the parts: a cut that loses only the zip's central directory leaves every part whole,
        // and POI rightly reads them all from their local headers
        int parts = centralDirectory(whole);
        Random random = new Random(1);
        for (int i = 1; i <= 12; i++) {
            Path cut = Files.write(dir.resolve("cut" + i + ".xlsx"), Arrays.copyOf(whole, parts * i / 13));
            assertFalse(ReturnReader.read(cut, "cut.xlsx").readable());
            byte[] damaged = whole.clone();
            for (int k = 0; k < 20; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt();
            }
            Path bad = Files.write(dir.resolve("bad" + i + ".xlsx"), damaged);
            ReturnFile f = ReturnReader.read(bad, "bad.xlsx"); // any result, but no exception
            assertNotNull(f.findings());
        }
    }

    @Test
    void aZeroByteFileIsACorruptFile() throws IOException {
        Path p = Files.createFile(dir.resolve("empty.xlsx"));
        assertOnly(ReturnReader.read(p, "empty.xlsx"), "corrupt-file", Finding.Severity.ERROR);
    }

    @Test
    void aCsvRenamedXlsxIsACorruptFile() throws IOException {
        Path p = Files.writeString(dir.resolve("figures.xlsx"), "ID,Value\nHW-01,93.02\n", StandardCharsets.UTF_8);
        assertOnly(ReturnReader.read(p, "figures.xlsx"), "corrupt-file", Finding.Severity.ERROR);
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        ReturnFile f = ReturnReader.read(dir.resolve("gone.xlsx"), "gone.xlsx");
        assertOnly(f, "unreadable-file", Finding.Severity.ERROR);
    }

    @Test
    void anExcelLockFileIsNotAReturn() throws IOException {
        Path p = Files.write(dir.resolve("~$highways-2021-22-Q3.xlsx"), new byte[165]);
        assertOnly(ReturnReader.read(p, "~$highways-2021-22-Q3.xlsx"), "lock-file", Finding.Severity.WARNING);
    }

    @Test
    void anEncryptedWorkbookIsPasswordProtected() throws Exception {
        Path plain = filledCsc("plain.xlsx");
        Path p = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = ReturnsTestData.open(plain); OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                fs.writeFilesystem(out);
            }
        }
        ReturnFile f = ReturnReader.read(p, "locked.xlsx");
        assertOnly(f, "password-protected", Finding.Severity.ERROR);
        assertTrue(f.findings().get(0).message().contains("save a copy without the password"));
    }

    @Test
    void aWorkbookWithoutTheHeadingsIsNotAReturn() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Budget");
            set(s, 0, 0, "Cost centre");
            set(s, 0, 1, "Spend");
            set(s, 1, 0, "HW100");
            set(s, 1, 1, 12345);
            p = ReturnsTestData.save(wb, dir.resolve("budget.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "budget.xlsx");
        assertOnly(f, "not-a-return", Finding.Severity.ERROR);
        assertNull(f.identity());
        assertTrue(f.findings().get(0).message().startsWith("This does not look like a perfbook return: no row "
                + "with the headings ID and Value was found"));
    }

    // ------------------------------------------------------------------ formats

    @Test
    void anOldXlsWithTheSameLayoutIsRead() throws IOException {
        Path p;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {
                {"HW-01", "Defects repaired within 4 hours", null, "Percentage", "High", "95", 88.71, 40, 43},
                {"HW-02", "Capital programme spend", null, "Money (£)", "None", null, null, null, null, 300000},
            });
            Sheet id = wb.createSheet(TemplateIdentity.SHEET);
            set(id, 0, 0, TemplateIdentity.KEY_FORMAT);
            set(id, 0, 1, "1");
            set(id, 1, 0, TemplateIdentity.KEY_SERVICE);
            set(id, 1, 1, HIGHWAYS);
            set(id, 2, 0, TemplateIdentity.KEY_PERIOD);
            set(id, 2, 1, "2021-22-Q3");
            set(id, 3, 0, TemplateIdentity.KEY_INDICATORS);
            set(id, 3, 1, "HW-01,HW-02");
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            p = ReturnsTestData.save(wb, dir.resolve("highways.xls"));
        }
        ReturnFile f = ReturnReader.read(p, "highways.xls");
        assertTrue(f.readable());
        assertEquals(List.of(), f.findings());
        assertEquals(new TemplateIdentity(1, HIGHWAYS, Q3, List.of("HW-01", "HW-02")), f.identity());
        assertEquals("A. Person 01234 567890", f.contact());
        assertEquals(40.0, f.rows().get(0).numerator().number());
        assertEquals("H4", f.rows().get(0).numerator().source().cell());
        assertEquals(43.0, f.rows().get(0).denominator().number());
        assertEquals(300000.0, f.rows().get(1).value().number());
    }

    @Test
    void anXlsxRenamedXlsIsReadByItsContent() throws IOException {
        Path xlsx = filledCsc("csc.xlsx");
        Path renamed = Files.copy(xlsx, dir.resolve("csc.xls"));
        ReturnFile f = ReturnReader.read(renamed, "csc.xls");
        assertTrue(f.readable());
        assertEquals(5, f.rows().size());
    }

    @Test
    void anXlsmIsReadLikeAnXlsx() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {
                {"HW-01", "Defects", null, "Percentage", "High", "95", null, 40, 43},
            });
            p = ReturnsTestData.save(wb, dir.resolve("highways.xlsm"));
        }
        ReturnFile f = ReturnReader.read(p, "highways.xlsm");
        assertTrue(f.readable());
        assertNull(f.identity());
        assertEquals(List.of(), f.findings());
        assertEquals(40.0, f.rows().get(0).numerator().number());
    }

    // ------------------------------------------------------------------ what people do to sheets

    @Test
    void columnsAreFoundByTheirHeadingsNotTheirPosition() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Notes"); // not visible data, no headings
            Sheet s = wb.createSheet("Q3 figures");
            set(s, 5, 0, "Notes for BI");
            set(s, 5, 1, "Value*");
            set(s, 5, 2, " id: ");
            set(s, 5, 3, "Commentary");
            set(s, 5, 4, "DENOMINATOR");
            set(s, 5, 5, "Numerator");
            set(s, 5, 6, "Breakdown");
            set(s, 5, 7, "Data note");
            set(s, 6, 0, "checked by AB");
            set(s, 6, 1, "93.02% (40 out of 43)");
            set(s, 6, 2, "HW-01");
            set(s, 6, 3, "Improved");
            set(s, 6, 4, 43);
            set(s, 6, 5, 40);
            p = ReturnsTestData.save(wb, dir.resolve("moved.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "moved.xlsx");
        assertTrue(f.readable());
        assertEquals("Q3 figures", f.sheet());
        assertEquals(List.of(), f.findings());
        ReturnRow r = f.rows().get(0);
        assertEquals("HW-01", r.indicatorId());
        assertEquals("C7", r.source().cell());
        assertEquals(40.0, r.numerator().number());
        assertEquals("F7", r.numerator().source().cell());
        assertEquals(43.0, r.denominator().number());
        assertEquals(Kind.GUESSED, r.value().kind());
        assertEquals(93.02, r.value().number());
        assertEquals("Improved", r.commentary());
    }

    @Test
    void missingColumnsAreWarningsAndReadAsNothing() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, new String[] {"ID", "Indicator", "Value"}, new Object[][] {
                {"HW-02", "Capital programme spend", "£300,000"},
            });
            p = ReturnsTestData.save(wb, dir.resolve("short.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "short.xlsx");
        assertTrue(f.readable());
        List<String> missing = f.findings().stream().filter(x -> x.code().equals("missing-column"))
                .map(Finding::message).toList();
        assertEquals(5, missing.size());
        assertTrue(missing.stream().anyMatch(m -> m.contains("'Numerator'")));
        assertTrue(missing.stream().anyMatch(m -> m.contains("'Denominator'")));
        assertTrue(missing.stream().anyMatch(m -> m.contains("'Commentary'")));
        assertTrue(f.findings().stream().noneMatch(Finding::isError));
        assertEquals("A3", f.findings().get(0).source().cell());
        ReturnRow r = f.rows().get(0);
        assertNull(r.numerator());
        assertNull(r.denominator());
        assertEquals("", r.commentary());
        assertEquals(300000.0, r.value().number());
    }

    @Test
    void anIdMergedDownTwoRowsAppliesToBoth() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {
                {"CSC-01", "CLA rate", null, null, null, null, null, 1784},
                {null, null, "Burnley", null, null, null, null, 150},
            });
            wb.getSheet("Return").addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            p = ReturnsTestData.save(wb, dir.resolve("merged.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "merged.xlsx");
        assertEquals(List.of(), f.findings());
        assertEquals(2, f.rows().size());
        assertEquals("CSC-01", f.rows().get(1).indicatorId());
        assertEquals("Burnley", f.rows().get(1).breakdown());
        assertEquals("A5", f.rows().get(1).source().cell());
        assertEquals(150.0, f.rows().get(1).numerator().number());
    }

    @Test
    void figureCellsMergedDownAreAnErrorAtTheRangeAndNothingUnderThemIsRead() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {
                {"ASC-01", "Reablement", null, null, null, null, null, 63, 413},
                {"ASC-02", "Admissions", null, null, null, null, null, null, 500},
            });
            // the numerator cell of ASC-01 merged over ASC-02's: H4:H5 (rows 3-4, column 7)
            wb.getSheet("Return").addMergedRegion(new CellRangeAddress(3, 4, 7, 7));
            p = ReturnsTestData.save(wb, dir.resolve("merged-figures.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "merged-figures.xlsx");
        List<Finding> merged = f.findings().stream().filter(x -> x.code().equals("merged-input")).toList();
        assertEquals(1, merged.size(), f.findings().toString());
        assertEquals("H4:H5", merged.get(0).source().cell());
        assertTrue(merged.get(0).isError());
        assertEquals(2, f.rows().size());
        assertEquals(CellReading.Kind.BLANK, f.rows().get(0).numerator().kind(), "63 is not guessed to be ASC-01's");
        assertEquals(CellReading.Kind.BLANK, f.rows().get(1).numerator().kind(), "nor ASC-02's");
        assertEquals(413.0, f.rows().get(0).denominator().number(), "cells outside the merge are read");
    }

    @Test
    void hiddenRowsAreReadWithAWarning() throws IOException {
        Path template = ReturnsTestData.template(dir, HIGHWAYS);
        try (XSSFWorkbook wb = ReturnsTestData.open(template)) {
            Sheet s = wb.getSheet("Return");
            set(s, 8, 9, 300000);
            s.getRow(8).setZeroHeight(true);
            ReturnsTestData.save(wb, dir.resolve("hidden.xlsx"));
        }
        ReturnFile f = ReturnReader.read(dir.resolve("hidden.xlsx"), "hidden.xlsx");
        assertOnly(f, "hidden-row", Finding.Severity.WARNING);
        assertEquals("A9", f.findings().get(0).source().cell());
        assertEquals(300000.0, f.rows().get(1).value().number());
        assertTrue(f.readable());
    }

    @Test
    void blankRowsAreSkippedAndFiguresWithoutAnIdAreReported() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {
                {"HW-01", "Defects", null, null, null, null, null, 40, 43},
                {},
                {null, null, null, null, null, null, null, null, null, 12},
                {},
                {},
                {"HW-02", "Spend", null, null, null, null, null, null, null, 300000},
                {null, "* figures are provisional"},
            });
            p = ReturnsTestData.save(wb, dir.resolve("gaps.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "gaps.xlsx");
        assertEquals(List.of("HW-01", "HW-02"), f.rows().stream().map(ReturnRow::indicatorId).toList());
        assertEquals(2, f.findings().size());
        Finding noId = f.findings().get(0);
        assertEquals("row-without-id", noId.code());
        assertEquals(Finding.Severity.WARNING, noId.severity());
        assertEquals(new Source("gaps.xlsx", "Return", "A6"), noId.source());
        assertEquals("text-without-id", f.findings().get(1).code());
        assertEquals("A10", f.findings().get(1).source().cell());
    }

    // ------------------------------------------------------------------ identity

    @Test
    void aWorkbookWithoutIdentityHasNullIdentity() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {{"HW-01", "Defects"}});
            p = ReturnsTestData.save(wb, dir.resolve("noid.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "noid.xlsx");
        assertTrue(f.readable());
        assertNull(f.identity());
        assertEquals(List.of(), f.findings());
    }

    @Test
    void identityIsReadFromTheHiddenSheetWhenThePropertiesAreGone() throws IOException {
        Path template = filledCsc("csc.xlsx");
        try (XSSFWorkbook wb = ReturnsTestData.open(template)) {
            CTProperties props = wb.getProperties().getCustomProperties().getUnderlyingProperties();
            while (props.sizeOfPropertyArray() > 0) {
                props.removeProperty(0);
            }
            // LibreOffice may save a very hidden sheet as merely hidden.
            wb.setSheetVisibility(wb.getSheetIndex(TemplateIdentity.SHEET), SheetVisibility.HIDDEN);
            ReturnsTestData.save(wb, dir.resolve("nocustom.xlsx"));
        }
        try (XSSFWorkbook wb = ReturnsTestData.open(dir.resolve("nocustom.xlsx"))) {
            assertFalse(wb.getProperties().getCustomProperties().contains(TemplateIdentity.KEY_FORMAT));
        }
        ReturnFile f = ReturnReader.read(dir.resolve("nocustom.xlsx"), "nocustom.xlsx");
        assertEquals(ReturnReader.read(template, "csc.xlsx").identity(), f.identity());
        assertEquals(List.of("CSC-01", "CSC-02"), f.identity().indicatorIds());
        assertEquals(2, f.identity().indicators().size());
        assertEquals(5, f.rows().size());
    }

    @Test
    void aFormatVersionThatIsNotANumberIsUnknown() throws IOException {
        Path p = identityOnly("abc", "2021-22-Q3");
        ReturnFile f = ReturnReader.read(p, "odd.xlsx");
        assertNull(f.identity());
        assertOnly(f, "unknown-format", Finding.Severity.ERROR);
        assertTrue(f.readable());
    }

    @Test
    void aFutureFormatVersionIsKeptForTheValidator() throws IOException {
        ReturnFile f = ReturnReader.read(identityOnly("2", "2022-23-Q1"), "future.xlsx");
        assertEquals(2, f.identity().formatVersion());
        assertEquals(Period.quarter(2022, 1), f.identity().period());
        assertEquals(List.of(), f.findings());
    }

    @Test
    void aDamagedPeriodIsReported() throws IOException {
        ReturnFile f = ReturnReader.read(identityOnly("1", "last quarter"), "damaged.xlsx");
        assertNull(f.identity());
        assertOnly(f, "bad-identity", Finding.Severity.ERROR);
    }

    private Path identityOnly(String format, String period) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {{"HW-01", "Defects"}});
            var custom = wb.getProperties().getCustomProperties();
            custom.addProperty(TemplateIdentity.KEY_FORMAT, format);
            custom.addProperty(TemplateIdentity.KEY_SERVICE, HIGHWAYS);
            custom.addProperty(TemplateIdentity.KEY_PERIOD, period);
            custom.addProperty(TemplateIdentity.KEY_INDICATORS, "HW-01, HW-01,,HW-02");
            return ReturnsTestData.save(wb, dir.resolve("identity-" + format + "-" + period.hashCode() + ".xlsx"));
        }
    }

    private static void assertOnly(ReturnFile f, String code, Finding.Severity severity) {
        assertEquals(1, f.findings().size(), f.findings().toString());
        Finding x = f.findings().get(0);
        assertEquals(code, x.code());
        assertEquals(severity, x.severity());
        assertEquals(f.name(), x.source().file());
        // Plain English for a service manager: no Java in the message.
        assertFalse(x.message().matches("(?s).*(Exception|java\\.|org\\.apache).*"), x.message());
    }

    // ------------------------------------------------------------------ every kind of bad file

    @ParameterizedTest
    @EnumSource(BadFiles.Kind.class)
    void everyKindOfBadFileIsOneFindingInPlainEnglish(BadFiles.Kind kind) throws IOException {
        Path p = BadFiles.write(dir, kind);
        ReturnFile f = ReturnReader.read(p, kind.fileName);
        assertFalse(f.readable());
        assertEquals(1, f.findings().size(), f.findings().toString());
        Finding x = f.findings().get(0);
        assertEquals(kind.fileName, x.source().file());
        assertEquals(kind.problem.code() + " " + (kind == BadFiles.Kind.LOCK_FILE ? "warning" : "error") + ": "
                + kind.problem.message(), x.code() + " " + x.severity() + ": " + x.message());
    }
}
