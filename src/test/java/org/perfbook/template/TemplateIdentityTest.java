package org.perfbook.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.perfbook.testing.ReturnsTestData.CSC;
import static org.perfbook.testing.ReturnsTestData.Q3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Source;
import org.perfbook.testing.ReturnsTestData;
import org.perfbook.xlsx.Workbooks;

class TemplateIdentityTest {

    @TempDir
    Path dir;

    private static final TemplateIdentity CSC_Q3 =
            new TemplateIdentity(TemplateIdentity.FORMAT_VERSION, CSC, Q3, List.of("CSC-01", "CSC-02"));

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            CSC_Q3.writeTo(wb);
            file = ReturnsTestData.save(wb, dir.resolve("id.xlsx"));
        }
        TemplateIdentity.Read read = read(file);
        assertEquals(CSC_Q3, read.identity());
        assertEquals(List.of(), read.findings());
    }

    @Test
    void theHiddenSheetAloneIsEnough() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            CSC_Q3.writeTo(wb);
            CTProperties props = wb.getProperties().getCustomProperties().getUnderlyingProperties();
            while (props.sizeOfPropertyArray() > 0) {
                props.removeProperty(0);
            }
            file = ReturnsTestData.save(wb, dir.resolve("sheet-only.xlsx"));
        }
        assertEquals(CSC_Q3, read(file).identity());
    }

    @Test
    void aBrokenPeriodInTheHiddenSheetIsReportedThere() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet id = wb.createSheet(TemplateIdentity.SHEET);
            String[][] pairs = {{TemplateIdentity.KEY_FORMAT, "1"}, {TemplateIdentity.KEY_PERIOD, "last quarter"}};
            for (int r = 0; r < pairs.length; r++) {
                Row row = id.createRow(r);
                row.createCell(0).setCellValue(pairs[r][0]);
                row.createCell(1).setCellValue(pairs[r][1]);
            }
            file = ReturnsTestData.save(wb, dir.resolve("broken.xlsx"));
        }
        TemplateIdentity.Read read = read(file);
        assertNull(read.identity());
        assertEquals(List.of(Finding.error(new Source("broken.xlsx", TemplateIdentity.SHEET, ""), FindingCode.BAD_IDENTITY,
                "The template's hidden details give the period 'last quarter', which is not a period. Ask the BI "
                        + "team for a new template.")), read.findings());
    }

    @Test
    void aFormatVersionThatIsNotANumberIsReportedForTheFile() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            wb.getProperties().getCustomProperties().addProperty(TemplateIdentity.KEY_FORMAT, "abc");
            file = ReturnsTestData.save(wb, dir.resolve("odd.xlsx"));
        }
        TemplateIdentity.Read read = read(file);
        assertNull(read.identity());
        assertEquals(List.of(Finding.error(Source.of("odd.xlsx"), FindingCode.UNKNOWN_FORMAT, "The template's hidden details "
                + "give the format version 'abc', which is not a number. Ask the BI team for a new template.")),
                read.findings());
    }

    @Test
    void noIdentityIsNoFinding() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            file = ReturnsTestData.save(wb, dir.resolve("plain.xlsx"));
        }
        TemplateIdentity.Read read = read(file);
        assertNull(read.identity());
        assertEquals(List.of(), read.findings());
    }

    @Test
    void formatVersionParsing() {
        assertEquals(1, TemplateIdentity.formatVersion("1"));
        assertEquals(1, TemplateIdentity.formatVersion(" 1.0 "));
        assertNull(TemplateIdentity.formatVersion("1.5"));
        assertNull(TemplateIdentity.formatVersion("one"));
        assertNull(TemplateIdentity.formatVersion(""));
    }

    private static TemplateIdentity.Read read(Path file) {
        try (Workbooks.Opened opened = Workbooks.open(file, file.getFileName().toString())) {
            return TemplateIdentity.read(opened, file.getFileName().toString());
        }
    }
}
