package org.perfbook.template;

import org.perfbook.testing.ReturnsTestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.testing.ReturnsTestData.CSC;
import static org.perfbook.testing.ReturnsTestData.HIGHWAYS;
import static org.perfbook.testing.ReturnsTestData.Q3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.testing.Indicators;

class TemplateWriterTest {

    @TempDir
    Path dir;

    @Test
    void fileNameIsASlugOfTheServiceAndThePeriod() {
        assertEquals("childrens-social-care-2021-22-Q3.xlsx", TemplateWriter.fileName(CSC, Q3));
        assertEquals("highways-2021-22-Q3.xlsx", TemplateWriter.fileName(HIGHWAYS, Q3));
        assertEquals("adult-social-care-2021-22.xlsx", TemplateWriter.fileName("Adult  Social / Care", Period.year(2021)));
        assertEquals("etc-2021-22-M09.xlsx", TemplateWriter.fileName("../../etc", Period.parse("2021-12")));
        assertEquals("service-2021-22-Q3.xlsx", TemplateWriter.fileName("../..", Q3));
    }

    @Test
    void aServiceNameCannotEscapeTheFolder() throws IOException {
        Catalogue base = ReturnsTestData.catalogue();
        Indicator i = base.indicators().get(0);
        Indicator evil = new Indicator(i.id(), i.name(), i.priority(), i.directorate(), "../../etc", i.frequency(),
                i.measure(), i.per(), i.population(), i.polarity(), i.target(), i.tolerance(), i.cumulative(),
                i.decimals(), i.breakdown());
        Catalogue catalogue = new Catalogue(List.of(evil), List.of(), List.of(), List.of(), List.of());
        Path written = TemplateWriter.write(catalogue, "../../etc", Q3, dir, Map.of());
        assertEquals(dir.toAbsolutePath().normalize(), written.getParent());
        assertEquals("etc-2021-22-Q3.xlsx", written.getFileName().toString());
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        Path first = ReturnsTestData.template(dir, HIGHWAYS);
        Path second = ReturnsTestData.template(dir, HIGHWAYS);
        assertEquals(first, second);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("highways-2021-22-Q3.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
        if (Files.getFileStore(first).supportsFileAttributeView("posix")) {
            // Permissions as for any new file (the umask), not a temporary file's owner-only ones.
            Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(first));
        }
    }

    @Test
    void unknownServiceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TemplateWriter.write(ReturnsTestData.catalogue(), "Libraries", Q3, dir, Map.of()));
    }

    @Test
    void headerBlockHasServicePeriodDueDateAndContact() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, CSC))) {
            XSSFSheet s = wb.getSheet("Return");
            assertEquals(0, wb.getSheetIndex(s));
            assertEquals("Performance return", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Service", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CSC, s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Period", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("2021/22 Q3, October to December 2021", s.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Due by", s.getRow(3).getCell(0).getStringCellValue());
            Cell due = s.getRow(3).getCell(1);
            // 31 Dec 2021 is a Friday; 15 working days later is Friday 21 January 2022.
            assertEquals(LocalDate.of(2022, 1, 21), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("d mmmm yyyy", due.getCellStyle().getDataFormatString());
            assertEquals("Contact", s.getRow(4).getCell(0).getStringCellValue());
            assertFalse(s.getRow(4).getCell(1).getCellStyle().getLocked());
            assertTrue(s.getRow(5) == null || s.getRow(5).getPhysicalNumberOfCells() == 0
                    || s.getRow(5).getCell(0) == null);
        }
    }

    @Test
    void wrappedLinesCountsWordWrappedLines() {
        assertEquals(1, TemplateLayout.wrappedLines("", 10));
        assertEquals(1, TemplateLayout.wrappedLines("ten chars!", 10));
        assertEquals(2, TemplateLayout.wrappedLines("ten chars! more", 10));
        assertEquals(3, TemplateLayout.wrappedLines("abcdefghijklmnopqrstu", 10));
        assertEquals(2, TemplateLayout.wrappedLines("a\nb", 10));
    }

    @Test
    void dueDateCountsOnlyWeekdays() {
        // Q2 ends Thursday 30 Sep 2021: Fri 1 Oct is day 1, ... Thu 21 Oct is day 15.
        assertEquals(LocalDate.of(2021, 10, 21), TemplateLayout.dueDate(Period.quarter(2021, 2)));
        assertEquals("April 2021 to March 2022", TemplateLayout.months(Period.year(2021)));
        assertEquals("January to March 2022", TemplateLayout.months(Period.quarter(2021, 4)));
        assertEquals("December 2021", TemplateLayout.months(Period.parse("2021-12")));
    }

    @Test
    void headingsInOrderThenOneRowPerIndicatorAndDistrict() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, CSC))) {
            XSSFSheet s = wb.getSheet("Return");
            Row header = s.getRow(TemplateLayout.HEADER_ROW);
            List<String> labels = new ArrayList<>();
            header.forEach(c -> labels.add(c.getStringCellValue()));
            assertEquals(List.of("ID", "Indicator", "Breakdown", "Measure", "Good is", "Target", "Last period",
                    "Numerator", "Denominator", "Value", "Commentary", "Data note"), labels);

            List<String> rows = new ArrayList<>();
            for (int r = TemplateLayout.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                        + row.getCell(3).getStringCellValue() + "|" + row.getCell(5).getStringCellValue());
            }
            // Districts first seen first, Burnley once even though it has two years' estimates.
            assertEquals(List.of(
                    "CSC-01||Rate per 10,000 aged 0-17|",
                    "CSC-01|Burnley|Rate per 10,000 aged 0-17|",
                    "CSC-01|Preston|Rate per 10,000 aged 0-17|",
                    "CSC-01|Wyre|Rate per 10,000 aged 0-17|",
                    "CSC-02||Count|1200-1400"), rows);
            assertEquals(72.7, s.getRow(7).getCell(TemplateLayout.COL_LAST).getNumericCellValue());
            assertEquals(Cell.class.isInstance(s.getRow(8).getCell(TemplateLayout.COL_LAST)), true);
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK,
                    s.getRow(8).getCell(TemplateLayout.COL_LAST).getCellType());
        }
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, HIGHWAYS))) {
            XSSFSheet s = wb.getSheet("Return");
            assertEquals(TemplateLayout.HEADER_ROW + 2, s.getLastRowNum());
            Row pct = s.getRow(7);
            assertEquals("HW-01", pct.getCell(0).getStringCellValue());
            assertEquals("Percentage", pct.getCell(3).getStringCellValue());
            assertEquals("High", pct.getCell(4).getStringCellValue());
            assertEquals("95", pct.getCell(5).getStringCellValue());
            assertEquals(88.71, pct.getCell(6).getNumericCellValue());
            assertEquals("#,##0.00", pct.getCell(6).getCellStyle().getDataFormatString());
            assertEquals("Money (£)", s.getRow(8).getCell(3).getStringCellValue());
            // The 63-character name wraps onto two lines of the 50-character column.
            assertEquals(30f, pct.getHeightInPoints());
            assertEquals(15f, s.getRow(8).getHeightInPoints());
        }
    }

    /** Libraries' visits add up over the year, with a row per district; 2021/22 Q3's year so far is 658,279. */
    private Path librariesTemplate(Period period, Map<String, Double> soFar) throws IOException {
        Indicator visits = Indicators.count("LIB-01").name("Number of visits to libraries").service("Libraries")
                .cumulative().breakdown("District").build();
        Indicator admissions = Indicators.rate("LIB-09", 100000, "Aged 0-17").name("Admissions during the year")
                .service("Libraries").outturn(OutturnRule.YEAR_TO_DATE).build();
        Catalogue c = new Catalogue(List.of(visits, admissions), List.of(), List.of(
                new Catalogue.Population("Aged 0-17", Period.year(2021), "", 245_400),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Burnley", 20_000)), List.of(), List.of());
        return TemplateWriter.write(c, "Libraries", period, dir.resolve(period.fileName()), Map.of("LIB-01", 393140.0),
                soFar);
    }

    @Test
    void aCumulativeRowSaysThisQuarterOnlyAndShowsTheYearSoFar() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(librariesTemplate(Q3, Map.of("LIB-01", 658279.0)))) {
            XSSFSheet s = wb.getSheet("Return");
            Row total = s.getRow(7);
            assertEquals("Count\nThis quarter only (October to December 2021), not the year to date\n"
                    + "Year to date so far (April to September 2021): 658,279",
                    total.getCell(TemplateLayout.COL_MEASURE).getStringCellValue());
            assertTrue(total.getHeightInPoints() >= 6 * TemplateLayout.LINE_POINTS, "every line shows");
            Row burnley = s.getRow(8);
            assertEquals("Burnley", burnley.getCell(TemplateLayout.COL_BREAKDOWN).getStringCellValue());
            assertEquals("Count\nThis quarter only (October to December 2021), not the year to date",
                    burnley.getCell(TemplateLayout.COL_MEASURE).getStringCellValue());
            Row rate = s.getRow(9);
            assertEquals("Rate per 100,000 aged 0-17\nThe year to date (April to December 2021), not this quarter alone",
                    rate.getCell(TemplateLayout.COL_MEASURE).getStringCellValue());

            List<XSSFDataValidation> dvs = s.getDataValidations();
            String prompt = find(dvs, "J8").getPromptBoxText();
            assertTrue(prompt.startsWith("This quarter only (October to December 2021), not the year to date. Year to "
                    + "date so far (April to September 2021): 658,279; do not add it in."), prompt);
            assertTrue(find(dvs, "J9").getPromptBoxText().startsWith("This quarter only (October to December 2021), "
                    + "not the year to date. The figure"), find(dvs, "J9").getPromptBoxText());
            assertTrue(find(dvs, "H10").getPromptBoxText().startsWith("The year to date (April to December 2021), not "
                    + "this quarter alone."), "a rate's count is where it is typed");
            for (DataValidation dv : dvs) {
                assertTrue(dv.getPromptBoxText().length() <= 255, dv.getPromptBoxText());
            }
        }
    }

    @Test
    void inTheYearsFirstQuarterThereIsNoYearSoFar() throws IOException {
        Period q1 = Period.quarter(2021, 1);
        try (XSSFWorkbook wb = ReturnsTestData.open(librariesTemplate(q1, Map.of("LIB-01", 95135.0)))) {
            assertEquals("Count\nThis quarter only (April to June 2021), not the year to date",
                    wb.getSheet("Return").getRow(7).getCell(TemplateLayout.COL_MEASURE).getStringCellValue());
        }
    }

    @Test
    void onlyInputCellsAreUnlockedAndTheSheetAndStructureAreProtected() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, CSC))) {
            XSSFSheet s = wb.getSheet("Return");
            assertTrue(s.getProtect());
            assertTrue(wb.isStructureLocked());
            Set<Integer> inputs = Set.of(TemplateLayout.COL_NUMERATOR, TemplateLayout.COL_DENOMINATOR,
                    TemplateLayout.COL_VALUE, TemplateLayout.COL_COMMENTARY, TemplateLayout.COL_DATA_NOTE);
            Set<String> unlocked = new HashSet<>();
            for (Row row : s) {
                for (Cell c : row) {
                    if (!c.getCellStyle().getLocked()) {
                        unlocked.add(new CellReference(c).formatAsString(false));
                    }
                }
            }
            Set<String> expected = new HashSet<>(Set.of("B5"));
            for (int r = TemplateLayout.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                for (int c : inputs) {
                    expected.add(new CellReference(r, c).formatAsString(false));
                }
            }
            assertEquals(expected, unlocked);
            assertTrue(wb.getSheet("Guidance").getProtect());
        }
    }

    @Test
    void greyCellsShowWhatPerfbookWorksOut() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, CSC))) {
            XSSFSheet s = wb.getSheet("Return");
            short grey = org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex();
            short yellow = org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex();
            Row rate = s.getRow(7); // population-based rate: only the count is wanted
            assertEquals(yellow, rate.getCell(TemplateLayout.COL_NUMERATOR).getCellStyle().getFillForegroundColor());
            assertEquals(grey, rate.getCell(TemplateLayout.COL_DENOMINATOR).getCellStyle().getFillForegroundColor());
            assertEquals(grey, rate.getCell(TemplateLayout.COL_VALUE).getCellStyle().getFillForegroundColor());
            Row count = s.getRow(11);
            assertEquals(grey, count.getCell(TemplateLayout.COL_NUMERATOR).getCellStyle().getFillForegroundColor());
            assertEquals(yellow, count.getCell(TemplateLayout.COL_VALUE).getCellStyle().getFillForegroundColor());
        }
    }

    @Test
    void inputColumnsHaveValidationWithPromptsAndErrors() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, HIGHWAYS))) {
            XSSFSheet s = wb.getSheet("Return");
            List<XSSFDataValidation> dvs = s.getDataValidations();
            // HW-01 percentage (row 8) and HW-02 money (row 9).
            assertValidation(dvs, "H8", DataValidationConstraint.ValidationType.INTEGER, "0");
            assertValidation(dvs, "I8", DataValidationConstraint.ValidationType.INTEGER, "0");
            assertValidation(dvs, "J8", DataValidationConstraint.ValidationType.DECIMAL, "0");
            assertValidation(dvs, "H9", DataValidationConstraint.ValidationType.DECIMAL, "0");
            DataValidation money = assertValidation(dvs, "J9", DataValidationConstraint.ValidationType.DECIMAL,
                    "-1000000000000");
            assertEquals(DataValidationConstraint.OperatorType.BETWEEN,
                    money.getValidationConstraint().getOperator());
            DataValidation commentary = assertValidation(dvs, "K8",
                    DataValidationConstraint.ValidationType.TEXT_LENGTH, null);
            assertEquals("2000", commentary.getValidationConstraint().getFormula1());
            assertValidation(dvs, "L9", DataValidationConstraint.ValidationType.TEXT_LENGTH, null);
            assertValidation(dvs, "B5", DataValidationConstraint.ValidationType.TEXT_LENGTH, null);
            DataValidation numerator = find(dvs, "H8");
            assertTrue(numerator.getErrorBoxText().startsWith("Type a whole number of 0 or more, e.g. 1234."));
            for (DataValidation dv : dvs) {
                // Excel's limits: longer boxes make it report the file as damaged.
                assertTrue(dv.getPromptBoxTitle().length() <= 32 && dv.getErrorBoxTitle().length() <= 32);
                assertTrue(dv.getPromptBoxText().length() <= 255, dv.getPromptBoxText());
                assertTrue(dv.getErrorBoxText().length() <= 255, dv.getErrorBoxText());
                assertTrue(dv.getShowPromptBox() && dv.getShowErrorBox());
            }
        }
    }

    @Test
    void theActionsSheetOffersUnlockedRowsWithTheServicesIdsAndADate() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, HIGHWAYS))) {
            assertEquals(List.of("Return", "Actions", "Guidance"), List.of(wb.getSheetName(0), wb.getSheetName(1),
                    wb.getSheetName(2)));
            XSSFSheet s = wb.getSheet(TemplateLayout.ACTIONS_SHEET);
            assertTrue(s.getProtect());
            Row head = s.getRow(TemplateLayout.ACTIONS_HEADER_ROW);
            for (int c = 0; c < TemplateLayout.ACTION_HEADINGS.size(); c++) {
                assertEquals(TemplateLayout.ACTION_HEADINGS.get(c), head.getCell(c).getStringCellValue());
            }
            // the service's own indicators, listed for the ID's drop-down
            int first = TemplateLayout.ACTIONS_HEADER_ROW + 1;
            assertEquals("HW-01", s.getRow(first).getCell(ActionsSheet.COL_LIST_ID).getStringCellValue());
            assertEquals("HW-02", s.getRow(first + 1).getCell(ActionsSheet.COL_LIST_ID).getStringCellValue());
            Set<String> unlocked = new HashSet<>();
            for (Row row : s) {
                for (Cell c : row) {
                    if (!c.getCellStyle().getLocked()) {
                        unlocked.add(new CellReference(c).formatAsString(false));
                    }
                }
            }
            assertEquals(4 * TemplateLayout.ACTION_ROWS, unlocked.size());
            assertTrue(unlocked.containsAll(List.of("A5", "B5", "C5", "D5", "D34")), unlocked.toString());
            assertFalse(unlocked.contains("F5"), "the list of indicators is not an input");

            List<XSSFDataValidation> dvs = s.getDataValidations();
            DataValidation id = assertValidation(dvs, "A34", DataValidationConstraint.ValidationType.LIST, null);
            assertEquals("$F$5:$F$6", id.getValidationConstraint().getFormula1());
            assertEquals(DataValidation.ErrorStyle.STOP, id.getErrorStyle());
            DataValidation date = assertValidation(dvs, "D5", DataValidationConstraint.ValidationType.DATE, null);
            assertTrue(date.getErrorBoxText().contains("as a date"), date.getErrorBoxText());
            assertValidation(dvs, "B5", DataValidationConstraint.ValidationType.TEXT_LENGTH, "2000");
            assertValidation(dvs, "C5", DataValidationConstraint.ValidationType.TEXT_LENGTH, "200");
            assertNull(find(dvs, "A35"), "no rule below the offered rows");
        }
    }

    private static DataValidation assertValidation(List<XSSFDataValidation> dvs, String a1, int type, String f1) {
        DataValidation dv = find(dvs, a1);
        assertNotNull(dv, "no validation on " + a1);
        assertEquals(type, dv.getValidationConstraint().getValidationType(), a1);
        if (f1 != null) {
            assertEquals(f1, dv.getValidationConstraint().getFormula1(), a1);
        }
        return dv;
    }

    private static DataValidation find(List<XSSFDataValidation> dvs, String a1) {
        CellReference ref = new CellReference(a1);
        for (XSSFDataValidation dv : dvs) {
            for (CellRangeAddress r : dv.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(ref.getRow(), ref.getCol())) {
                    return dv;
                }
            }
        }
        return null;
    }

    @Test
    void readableLayout() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, CSC))) {
            XSSFSheet s = wb.getSheet("Return");
            assertEquals(50 * 256, s.getColumnWidth(TemplateLayout.COL_NAME));
            assertEquals(60 * 256, s.getColumnWidth(TemplateLayout.COL_COMMENTARY));
            Row first = s.getRow(TemplateLayout.HEADER_ROW + 1);
            assertTrue(first.getCell(TemplateLayout.COL_NAME).getCellStyle().getWrapText());
            assertTrue(first.getCell(TemplateLayout.COL_COMMENTARY).getCellStyle().getWrapText());
            Cell heading = s.getRow(TemplateLayout.HEADER_ROW).getCell(0);
            assertTrue(wb.getFontAt(heading.getCellStyle().getFontIndex()).getBold());
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND,
                    heading.getCellStyle().getFillPattern());
            assertEquals(TemplateLayout.HEADER_ROW + 1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
        }
    }

    @Test
    void guidanceSheetExplainsInPlainEnglish() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, HIGHWAYS))) {
            XSSFSheet g = wb.getSheet("Guidance");
            assertNotNull(g);
            StringBuilder all = new StringBuilder();
            g.forEach(r -> r.forEach(c -> all.append(c.getStringCellValue()).append('\n')));
            String text = all.toString();
            assertTrue(text.contains("40 of 43 emergency defects were repaired within 4 hours: Numerator 40, "
                    + "Denominator 43; perfbook works out 93.0%"));
            assertTrue(text.contains("Type n/a"));
            assertTrue(text.contains("perfbook validate"));
            assertTrue(text.contains(".xlsx"));
            assertTrue(text.contains("rename"));
            assertTrue(text.contains("21 January 2022"));
        }
    }

    @Test
    void identityInCustomPropertiesAndAVeryHiddenSheet() throws IOException {
        try (XSSFWorkbook wb = ReturnsTestData.open(ReturnsTestData.template(dir, CSC))) {
            var custom = wb.getProperties().getCustomProperties();
            assertEquals("2", custom.getProperty(TemplateIdentity.KEY_FORMAT).getLpwstr());
            assertEquals(CSC, custom.getProperty(TemplateIdentity.KEY_SERVICE).getLpwstr());
            assertEquals("2021-22-Q3", custom.getProperty(TemplateIdentity.KEY_PERIOD).getLpwstr());
            // IDs once each, in row order, although CSC-01 has four rows.
            assertEquals("CSC-01,CSC-02", custom.getProperty(TemplateIdentity.KEY_INDICATORS).getLpwstr());

            XSSFSheet id = wb.getSheet(TemplateIdentity.SHEET);
            assertNotNull(id);
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(id)));
            List<String> pairs = new ArrayList<>();
            id.forEach(r -> pairs.add(r.getCell(0).getStringCellValue() + "=" + r.getCell(1).getStringCellValue()));
            assertEquals(List.of("perfbook.format=2", "perfbook.service=" + CSC, "perfbook.period=2021-22-Q3",
                    "perfbook.indicators=CSC-01,CSC-02"), pairs.subList(0, 4));
            // then the breakdown names and one entry per indicator, the same in both places
            assertEquals(List.of("perfbook.breakdowns", "perfbook.indicator.CSC-01", "perfbook.indicator.CSC-02"),
                    pairs.subList(4, pairs.size()).stream().map(p -> p.substring(0, p.indexOf('='))).toList());
            for (String pair : pairs) {
                String key = pair.substring(0, pair.indexOf('='));
                assertEquals(pair.substring(pair.indexOf('=') + 1), custom.getProperty(key).getLpwstr(), key);
            }
            assertEquals(0, wb.getActiveSheetIndex());
        }
    }
}
