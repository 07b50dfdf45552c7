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
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
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

    private static final TemplateIdentity DETAILED = new TemplateIdentity(TemplateIdentity.FORMAT_VERSION, CSC, Q3,
            List.of("CSC-01", "CSC-02"),
            List.of(new TemplateIdentity.Issued(new Indicator("CSC-01", "", "", "", CSC, Frequency.QUARTERLY,
                            Measure.RATE, 10000, "Aged 0-17; looked after", Polarity.LOW,
                            new Target(55.5, 60.25, "pending review; a=b"), Tolerance.absolute(1.5), false, 1,
                            "District"), 58.123456789),
                    new TemplateIdentity.Issued(new Indicator("CSC-02", "", "", "", CSC, Frequency.ANNUAL,
                            Measure.COUNT, 1, "", Polarity.NONE, null, Tolerance.DEFAULT, true, 0, ""), null)),
            List.of("Burnley", "Ribble Valley, East", "Wyre"));

    @Test
    void theIndicatorsDetailsAreReadBackExactlyFromEitherPlace() throws IOException {
        Path file;
        Path sheetOnly;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            DETAILED.writeTo(wb);
            file = ReturnsTestData.save(wb, dir.resolve("detailed.xlsx"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            DETAILED.writeTo(wb);
            CTProperties props = wb.getProperties().getCustomProperties().getUnderlyingProperties();
            while (props.sizeOfPropertyArray() > 0) {
                props.removeProperty(0);
            }
            sheetOnly = ReturnsTestData.save(wb, dir.resolve("detailed-sheet-only.xlsx"));
        }
        assertEquals(DETAILED, read(file).identity());
        assertEquals(List.of(), read(file).findings());
        assertEquals(DETAILED, read(sheetOnly).identity());
    }

    @Test
    void aFormatOneTemplateHasNoDetailsAndAnUnreadableEntryIsLeftOut() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            var custom = wb.getProperties().getCustomProperties();
            custom.addProperty(TemplateIdentity.KEY_FORMAT, "1");
            custom.addProperty(TemplateIdentity.KEY_SERVICE, CSC);
            custom.addProperty(TemplateIdentity.KEY_PERIOD, "2021-22-Q3");
            custom.addProperty(TemplateIdentity.KEY_INDICATORS, "CSC-01,CSC-02");
            file = ReturnsTestData.save(wb, dir.resolve("format1.xlsx"));
        }
        assertEquals(new TemplateIdentity(1, CSC, Q3, List.of("CSC-01", "CSC-02")), read(file).identity());

        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Return");
            DETAILED.writeTo(wb);
            var p = wb.getProperties().getCustomProperties().getProperty(TemplateIdentity.KEY_INDICATOR + "CSC-01");
            p.setLpwstr("measure=Furlongs;per=1");
            file = ReturnsTestData.save(wb, dir.resolve("damaged-detail.xlsx"));
        }
        TemplateIdentity id = read(file).identity();
        assertEquals(List.of("CSC-01", "CSC-02"), id.indicatorIds());
        assertEquals(List.of(DETAILED.indicators().get(1)), id.indicators());
    }

    @Test
    void aCatalogueFromIdentitiesHasTheirIndicatorsAndEachYearsTarget() {
        TemplateIdentity lastYear = new TemplateIdentity(TemplateIdentity.FORMAT_VERSION, CSC, Period.quarter(2020, 3),
                List.of("CSC-01"), List.of(new TemplateIdentity.Issued(new Indicator("CSC-01", "", "", "", CSC,
                        Frequency.QUARTERLY, Measure.RATE, 10000, "Aged 0-17", Polarity.LOW, Target.of(70),
                        Tolerance.DEFAULT, false, 1, "District"), null)), List.of());
        Catalogue c = TemplateIdentity.catalogue(List.of(lastYear, DETAILED));
        assertEquals(List.of(DETAILED.indicators().get(0).indicator(), DETAILED.indicators().get(1).indicator()),
                c.indicators(), "the latest template's definition");
        Indicator cla = c.indicator("CSC-01").orElseThrow();
        assertEquals(new Target(55.5, 60.25, "pending review; a=b"), c.targetFor(cla, Q3));
        assertEquals(Target.of(70), c.targetFor(cla, Period.quarter(2020, 3)));
        assertEquals(List.of(CSC), c.services());
        assertEquals(List.of(), c.populations());
    }

    private static TemplateIdentity.Read read(Path file) {
        try (Workbooks.Opened opened = Workbooks.open(file, file.getFileName().toString())) {
            return TemplateIdentity.read(opened, file.getFileName().toString());
        }
    }
}
