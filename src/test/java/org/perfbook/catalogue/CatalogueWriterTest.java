package org.perfbook.catalogue;

import org.perfbook.model.Catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.catalogue.CatalogueFixtures.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

class CatalogueWriterTest {

    @TempDir
    Path dir;

    private Path written() throws IOException {
        Path file = dir.resolve("catalogue.xlsx");
        CatalogueWriter.write(sample(), file);
        return file;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The row of the sheet whose first cell is {@code id}. */
    private static Row row(Sheet sheet, String id) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " in " + sheet.getSheetName());
    }

    @Test
    void readingBackGivesTheSameCatalogue() throws Exception {
        Catalogue original = sample();
        assertEquals(original, CatalogueReader.read(written()));
    }

    @Test
    void aCatalogueWithOnlyIndicatorsRoundTripsWithEmptyOptionalSheets() throws Exception {
        Catalogue only = new Catalogue(sample().indicators().subList(0, 3), List.of(), List.of(), List.of(), List.of());
        Path file = dir.resolve("only.xlsx");
        CatalogueWriter.write(only, file);

        assertEquals(only, CatalogueReader.read(file));
        try (XSSFWorkbook wb = open(file)) {
            assertEquals(5, wb.getNumberOfSheets(), "every sheet is there for the BI team to fill in");
        }
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsWrittenInItsOwnColumnAndReadBack() throws Exception {
        List<Indicator> indicators = new ArrayList<>(sample().indicators());
        Indicator cla = indicators.get(4);
        indicators.set(4, new Indicator(cla.id(), cla.name(), cla.priority(), cla.directorate(), cla.service(),
                cla.frequency(), cla.measure(), cla.per(), cla.population(), cla.polarity(), cla.target(),
                cla.tolerance(), cla.cumulative(), cla.decimals(), cla.breakdown(), false));
        Catalogue c = new Catalogue(indicators, sample().targets(), sample().populations(), sample().benchmarks(),
                sample().neighbours());
        Path file = dir.resolve("adds-up.xlsx");
        CatalogueWriter.write(c, file);
        assertEquals(c, CatalogueReader.read(file));
        try (XSSFWorkbook wb = open(file)) {
            Sheet sheet = wb.getSheet("Indicators");
            Row header = sheet.getRow(0);
            assertEquals("Adds up", header.getCell(header.getLastCellNum() - 1).getStringCellValue());
            assertEquals("No", row(sheet, cla.id()).getCell(header.getLastCellNum() - 1).getStringCellValue());
        }
    }

    @Test
    void aReportIndicatorsScheduleIsWrittenInItsOwnColumnAndReadBack() throws Exception {
        List<Indicator> indicators = new ArrayList<>(sample().indicators());
        indicators.add(new Indicator("ECO-06", "Progress on the apprenticeship levy", "Supporting economic growth",
                "Chief Executive and Director of Resources", "Economic Development", Frequency.ANNUAL, Measure.REPORT, 1,
                "", Polarity.NONE, null, Tolerance.DEFAULT, false, 1, "", true, null,
                "Annual Report – schedule to be confirmed (July 2022)"));
        Catalogue c = new Catalogue(indicators, sample().targets(), sample().populations(), sample().benchmarks(),
                sample().neighbours());
        Path file = dir.resolve("schedule.xlsx");
        CatalogueWriter.write(c, file);
        assertEquals(c, CatalogueReader.read(file));
        try (XSSFWorkbook wb = open(file)) {
            Sheet sheet = wb.getSheet("Indicators");
            Row header = sheet.getRow(0);
            assertEquals("Schedule", header.getCell(header.getLastCellNum() - 1).getStringCellValue());
            assertEquals("Annual Report – schedule to be confirmed (July 2022)",
                    row(sheet, "ECO-06").getCell(header.getLastCellNum() - 1).getStringCellValue());
        }
    }

    @Test
    void anOutturnRuleIsWrittenOnlyWhereTheCatalogueChoseOne() throws Exception {
        try (XSSFWorkbook wb = open(written())) {
            Sheet ind = wb.getSheet("Indicators");
            assertEquals("Sum", row(ind, "ECO-03").getCell(15).getStringCellValue());
            assertNull(row(ind, "HIG-01").getCell(15), "blank: derived from the measure");
        }
        assertEquals(OutturnRule.SUM, CatalogueReader.read(written()).indicator("ECO-03").orElseThrow().outturn());
    }

    @Test
    void headerLabelsAreExactlyTheReadersInEverySheet() throws Exception {
        Map<String, String[]> expected = Map.of(
                "Indicators", new String[] {"ID", "Indicator", "Priority", "Directorate", "Service", "Frequency",
                    "Measure", "Per", "Population", "Good is", "Target", "Tolerance", "Cumulative", "Decimals",
                    "Breakdown", "Outturn"},
                "Targets", new String[] {"ID", "Year", "Target", "Tolerance"},
                "Populations", new String[] {"Population", "Year", "Area", "Value"},
                "Benchmarks", new String[] {"ID", "Period", "Comparator", "Value", "Numerator", "Denominator"},
                "Neighbours", new String[] {"Authority"});
        try (XSSFWorkbook wb = open(written())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Indicators", "Targets", "Populations", "Benchmarks", "Neighbours"), names);
            for (Sheet sheet : wb) {
                Row header = sheet.getRow(0);
                String[] labels = new String[header.getLastCellNum()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = header.getCell(i).getStringCellValue();
                }
                assertArrayEquals(expected.get(sheet.getSheetName()), labels, sheet.getSheetName());
            }
        }
    }

    @Test
    void headerIsBoldFilledAndFrozenAndColumnsHaveWidths() throws Exception {
        try (XSSFWorkbook wb = open(written())) {
            for (Sheet sheet : wb) {
                Cell first = sheet.getRow(0).getCell(0);
                assertTrue(wb.getFontAt(first.getCellStyle().getFontIndex()).getBold(), sheet.getSheetName());
                assertEquals(FillPatternType.SOLID_FOREGROUND, first.getCellStyle().getFillPattern());
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(),
                        sheet.getSheetName() + " keeps its header in view");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
                assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition());
            }
            Sheet indicators = wb.getSheet("Indicators");
            assertEquals(60 * 256, indicators.getColumnWidth(1), "the indicator name gets room");
            assertNotEquals(indicators.getColumnWidth(0), indicators.getColumnWidth(1));
        }
    }

    @Test
    void numbersAreNumbersAndRangesAndCaveatsAreText() throws Exception {
        try (XSSFWorkbook wb = open(written())) {
            Sheet ind = wb.getSheet("Indicators");
            Row hig = row(ind, "HIG-01");
            assertEquals(CellType.NUMERIC, hig.getCell(10).getCellType(), "a plain target is a number");
            assertEquals(95, hig.getCell(10).getNumericCellValue());
            assertEquals(CellType.NUMERIC, hig.getCell(13).getCellType());
            assertEquals(2, hig.getCell(13).getNumericCellValue());
            assertNull(hig.getCell(11), "the default tolerance is left blank");
            assertNull(hig.getCell(7), "a percentage needs no Per");

            Row wst = row(ind, "WST-03");
            assertEquals("600-680", wst.getCell(10).getStringCellValue());
            assertEquals("20", wst.getCell(11).getStringCellValue());
            Row hr = row(ind, "HR-01");
            assertEquals("9.83 (pending review)", hr.getCell(10).getStringCellValue());
            // Tolerance.toString() would give 7.000000000000001% here.
            assertEquals("7%", hr.getCell(11).getStringCellValue());
            Row csc = row(ind, "CSC-01");
            assertEquals(CellType.NUMERIC, csc.getCell(7).getCellType());
            assertEquals(10_000, csc.getCell(7).getNumericCellValue());
            assertEquals("Rate", csc.getCell(6).getStringCellValue());
            assertEquals("Low", csc.getCell(9).getStringCellValue());
            assertEquals("Yes", row(ind, "LIB-01").getCell(12).getStringCellValue());
            assertEquals("No", csc.getCell(12).getStringCellValue());

            Sheet targets = wb.getSheet("Targets");
            assertEquals(CellType.STRING, targets.getRow(1).getCell(1).getCellType());
            assertEquals("2021/22", targets.getRow(1).getCell(1).getStringCellValue());
            assertNull(targets.getRow(1).getCell(3), "blank: use the indicator's tolerance");
            assertEquals("5%", targets.getRow(2).getCell(3).getStringCellValue(), "the default, said explicitly");
            assertEquals("14%", targets.getRow(4).getCell(3).getStringCellValue());

            Sheet populations = wb.getSheet("Populations");
            assertEquals(247_512.25, populations.getRow(2).getCell(3).getNumericCellValue(), "full precision");
            assertNull(populations.getRow(2).getCell(2), "whole authority: blank Area");

            Sheet benchmarks = wb.getSheet("Benchmarks");
            assertEquals("2021/22 Q3", benchmarks.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Dec 2021", benchmarks.getRow(4).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, benchmarks.getRow(2).getCell(4).getCellType());
            assertNull(benchmarks.getRow(1).getCell(4), "no numerator: blank");
            assertEquals(0.1 + 0.2, benchmarks.getRow(3).getCell(3).getNumericCellValue());

            assertEquals("Kent", wb.getSheet("Neighbours").getRow(3).getCell(0).getStringCellValue());
        }
    }

    @Test
    void fixedChoicesHaveDropDownListsWithTheirArrowShowing() throws Exception {
        Path file = written();
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet ind = wb.getSheet("Indicators");
            Map<Integer, List<String>> lists = new java.util.HashMap<>();
            for (XSSFDataValidation v : ind.getDataValidations()) {
                var region = v.getRegions().getCellRangeAddress(0);
                assertEquals(region.getFirstColumn(), region.getLastColumn());
                assertEquals(1, region.getFirstRow(), "the header is not validated");
                assertTrue(region.getLastRow() >= sample().indicators().size() + 100, "rows added later are covered");
                assertTrue(v.getSuppressDropDownArrow(), "on XSSF this means the arrow shows (java-stack W7)");
                assertTrue(v.getShowErrorBox());
                lists.put(region.getFirstColumn(), List.of(v.getValidationConstraint().getExplicitListValues()));
            }
            assertEquals(List.of("Monthly", "Quarterly", "Annual"), lists.get(5));
            assertEquals(Stream.of(Measure.values()).map(Measure::label).toList(), lists.get(6));
            assertEquals(List.of("High", "Low", "Range", "None"), lists.get(9));
            assertEquals(List.of("Yes", "No"), lists.get(12));
            assertEquals(List.of("Sum", "Year end", "Year to date", "Recomputed"), lists.get(15));
            assertEquals(5, lists.size());
        }
        // Excel reads showDropDown="1" as "hide the arrow".
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(xml.contains("<dataValidation "), "validations are written");
            assertFalse(xml.contains("showDropDown=\"1\"") || xml.contains("showDropDown=\"true\""), xml);
        }
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = written();
        Catalogue smaller = new Catalogue(sample().indicators().subList(0, 1), List.of(), List.of(), List.of(),
                List.of("Kent"));
        CatalogueWriter.write(smaller, file);

        assertEquals(smaller, CatalogueReader.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws Exception {
        Path file = written();
        byte[] before = Files.readAllBytes(file);
        // Excel cells hold at most 32,767 characters, so POI refuses this part-way through the workbook.
        Indicator tooLong = new Indicator("BIG-01", "x".repeat(40_000), "P", "D", "S", Frequency.ANNUAL,
                Measure.COUNT, 1, "", Polarity.NONE, Target.of(1), Tolerance.DEFAULT, false, 0, "");
        Catalogue bad = new Catalogue(List.of(sample().indicators().get(0), tooLong), List.of(), List.of(),
                List.of(), List.of());

        assertThrows(RuntimeException.class, () -> CatalogueWriter.write(bad, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void writesIntoAFolderThatDoesNotExistYet() throws Exception {
        Path file = dir.resolve("new/folder/catalogue.xlsx");
        CatalogueWriter.write(sample(), file);
        assertEquals(sample(), CatalogueReader.read(file));
    }

    @Test
    void toleranceTextReadsBackAsTheSameTolerance() {
        for (double share : new double[] {0.05, 0.07, 0.14, 0.29, 0.075, 0.0125}) {
            Tolerance t = Tolerance.relative(share);
            assertEquals(t, Tolerance.parse(CatalogueWriter.toleranceText(t)), () -> "relative " + share);
        }
        assertEquals("0.5", CatalogueWriter.toleranceText(Tolerance.absolute(0.5)));
        assertEquals("2", CatalogueWriter.toleranceText(Tolerance.absolute(2)));
        assertEquals(Tolerance.absolute(0.1 + 0.2),
                Tolerance.parse(CatalogueWriter.toleranceText(Tolerance.absolute(0.1 + 0.2))));
    }
}
