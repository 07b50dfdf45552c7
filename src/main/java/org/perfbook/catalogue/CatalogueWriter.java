package org.perfbook.catalogue;

import org.perfbook.model.Catalogue;

import org.perfbook.files.SafeFiles;
import static org.perfbook.catalogue.CatalogueReader.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Polarity;
import org.perfbook.model.Settings;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.xlsx.CellStyles;

/**
 * Writes a catalogue as the workbook {@link CatalogueReader} reads, laid out for the BI team to edit:
 * bold frozen headers, drop-down lists for the fixed choices, numbers as numbers.
 */
public final class CatalogueWriter {

    /** Drop-downs reach this far below the data, so rows the BI team adds get them too. */
    static final int VALIDATED_ROWS = 500;

    /** Column widths in characters, by label; anything else gets {@link #DEFAULT_WIDTH}. */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(
            Map.entry("ID", 10), Map.entry("Indicator", 60), Map.entry("Priority", 28),
            Map.entry("Directorate", 30), Map.entry("Service", 24), Map.entry("Frequency", 12),
            Map.entry("Measure", 12), Map.entry("Per", 10), Map.entry("Population", 16),
            Map.entry("Good is", 9), Map.entry("Target", 22), Map.entry("Tolerance", 10),
            Map.entry("Cumulative", 11), Map.entry("Decimals", 9), Map.entry("Breakdown", 12), Map.entry("Outturn", 13),
            Map.entry("Year", 10), Map.entry("Area", 20), Map.entry("Value", 14), Map.entry("Period", 12),
            Map.entry("Comparator", 24), Map.entry("Numerator", 12), Map.entry("Denominator", 13),
            Map.entry("Authority", 30), Map.entry("Setting", 22), Map.entry("Adds up", 9), Map.entry("Schedule", 40));
    private static final int DEFAULT_WIDTH = 14;

    private CatalogueWriter() {
    }

    /**
     * Writes {@code catalogue} to {@code file}, replacing it. The workbook is written to a temporary
     * file in the same folder and moved into place, so a failure never leaves half a file.
     */
    public static void write(Catalogue catalogue, Path file) throws IOException {
        SafeFiles.write(file, out -> {
            try (XSSFWorkbook workbook = build(catalogue)) {
                workbook.write(out);
            }
        });
    }

    static XSSFWorkbook build(Catalogue catalogue) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            new Layout(workbook).write(catalogue);
            return workbook;
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** "7%" for 0.07, as the catalogue reader reads it back. */
    static String toleranceText(Tolerance tolerance) {
        return tolerance.toString();
    }

    /** Where a column sits in the sheets this class writes. */
    private static int at(String sheet, String label) {
        return COLUMNS.get(sheet).indexOf(label);
    }

    /** Styles made once per workbook (java-stack W2) and the sheet being filled. */
    private static final class Layout {
        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle whole;

        Layout(XSSFWorkbook workbook) {
            this.workbook = workbook;
            header = workbook.createCellStyle();
            header.setFont(CellStyles.bold(workbook));
            CellStyles.fill(header, IndexedColors.PALE_BLUE);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            // "@": Excel keeps what is typed, so 2021-22 or 600-680 never turns into a date or a sum.
            text = CellStyles.formatted(workbook, "@");
            whole = CellStyles.formatted(workbook, CellStyles.numberFormat(0));
        }

        void write(Catalogue c) {
            // the optional column only when a row needs it, so other catalogues keep the sheet they had
            boolean addsUp = c.indicators().stream().anyMatch(i -> !i.additive());
            boolean schedules = c.indicators().stream().anyMatch(i -> !i.schedule().isEmpty());
            List<String> extra = new java.util.ArrayList<>();
            if (addsUp) {
                extra.add(ADDS_UP);
            }
            if (schedules) {
                extra.add(SCHEDULE);
            }
            Sheet indicators = sheet(INDICATORS, extra);
            int addsUpAt = COLUMNS.get(INDICATORS).size() + extra.indexOf(ADDS_UP);
            int scheduleAt = COLUMNS.get(INDICATORS).size() + extra.indexOf(SCHEDULE);
            int r = 1;
            for (Indicator i : c.indicators()) {
                Row row = indicators.createRow(r++);
                put(row, at(INDICATORS, ID), i.id());
                put(row, at(INDICATORS, INDICATOR), i.name());
                put(row, at(INDICATORS, PRIORITY), i.priority());
                put(row, at(INDICATORS, DIRECTORATE), i.directorate());
                put(row, at(INDICATORS, SERVICE), i.service());
                put(row, at(INDICATORS, FREQUENCY), i.frequency().label());
                put(row, at(INDICATORS, MEASURE), i.measure().label());
                // Per only where it says something: every rate, and any other figure with an unusual multiplier.
                double usualPer = i.measure() == Measure.PERCENTAGE ? 100 : 1;
                if (i.measure() == Measure.RATE || i.per() != usualPer) {
                    number(row, at(INDICATORS, PER), i.per(), i.per() == Math.rint(i.per()) ? whole : null);
                }
                put(row, at(INDICATORS, POPULATION), i.population());
                put(row, at(INDICATORS, GOOD_IS), i.polarity().label());
                target(row, at(INDICATORS, TARGET), i.target());
                // Blank means the default, which keeps the sheet clean.
                if (!Tolerance.DEFAULT.equals(i.tolerance())) {
                    textCell(row, at(INDICATORS, TOLERANCE), toleranceText(i.tolerance()));
                }
                put(row, at(INDICATORS, CUMULATIVE), i.cumulative() ? "Yes" : "No");
                number(row, at(INDICATORS, DECIMALS), i.decimals(), null);
                put(row, at(INDICATORS, BREAKDOWN), i.breakdown());
                // Blank means "derived", so only a rule the BI team chose is written.
                put(row, at(INDICATORS, OUTTURN), i.outturn() == null ? "" : i.outturn().label());
                if (addsUp && !i.additive()) {
                    put(row, addsUpAt, "No");
                }
                if (schedules) {
                    put(row, scheduleAt, i.schedule());
                }
            }
            int last = Math.max(r, 1) + VALIDATED_ROWS;
            list(indicators, at(INDICATORS, FREQUENCY), last,
                    Arrays.stream(Frequency.values()).map(Frequency::label).toArray(String[]::new));
            list(indicators, at(INDICATORS, MEASURE), last,
                    Arrays.stream(Measure.values()).map(Measure::label).toArray(String[]::new));
            list(indicators, at(INDICATORS, GOOD_IS), last,
                    Arrays.stream(Polarity.values()).map(Polarity::label).toArray(String[]::new));
            list(indicators, at(INDICATORS, CUMULATIVE), last, "Yes", "No");
            list(indicators, at(INDICATORS, OUTTURN), last,
                    Arrays.stream(OutturnRule.values()).map(OutturnRule::label).toArray(String[]::new));
            if (addsUp) {
                list(indicators, addsUpAt, last, "Yes", "No");
            }
            textColumns(indicators, at(INDICATORS, TOLERANCE));
            finish(indicators, r);

            Sheet targets = sheet(TARGETS);
            r = 1;
            for (Catalogue.YearTarget t : c.targets()) {
                Row row = targets.createRow(r++);
                put(row, 0, t.indicatorId());
                textCell(row, 1, t.year().label());
                target(row, 2, t.target());
                // Blank here means "the indicator's tolerance", so even the default is written out.
                if (t.tolerance() != null) {
                    textCell(row, 3, toleranceText(t.tolerance()));
                }
            }
            textColumns(targets, at(TARGETS, YEAR), at(TARGETS, TOLERANCE));
            finish(targets, r);

            Sheet populations = sheet(POPULATIONS);
            r = 1;
            for (Catalogue.Population p : c.populations()) {
                Row row = populations.createRow(r++);
                put(row, 0, p.key());
                textCell(row, 1, p.year().label());
                put(row, 2, p.area());
                number(row, 3, p.value(), null);
            }
            textColumns(populations, at(POPULATIONS, YEAR));
            finish(populations, r);

            Sheet benchmarks = sheet(BENCHMARKS);
            r = 1;
            for (Benchmark b : c.benchmarks()) {
                Row row = benchmarks.createRow(r++);
                put(row, 0, b.indicatorId());
                textCell(row, 1, b.period().label());
                put(row, 2, b.comparator());
                number(row, 3, b.value(), null);
                if (b.numerator() != null) {
                    number(row, 4, b.numerator(), null);
                }
                if (b.denominator() != null) {
                    number(row, 5, b.denominator(), null);
                }
            }
            textColumns(benchmarks, at(BENCHMARKS, PERIOD));
            finish(benchmarks, r);

            Sheet neighbours = sheet(NEIGHBOURS);
            r = 1;
            for (String n : c.neighbours()) {
                put(neighbours.createRow(r++), 0, n);
            }
            finish(neighbours, r);

            // only a catalogue whose paper has details of its own gets the sheet
            if (!c.settings().equals(Settings.DEFAULTS)) {
                Sheet settings = sheet(SETTINGS);
                r = 1;
                for (var e : c.settings().byName().entrySet()) {
                    Row row = settings.createRow(r++);
                    put(row, 0, e.getKey());
                    put(row, 1, e.getValue());
                }
                finish(settings, r);
            }
        }

        private Sheet sheet(String name) {
            return sheet(name, List.of());
        }

        private Sheet sheet(String name, List<String> optional) {
            Sheet sheet = workbook.createSheet(name);
            List<String> labels = new ArrayList<>(COLUMNS.get(name));
            labels.addAll(optional);
            Row row = sheet.createRow(0);
            for (int i = 0; i < labels.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(labels.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS.getOrDefault(labels.get(i), DEFAULT_WIDTH) * 256);
            }
            return sheet;
        }

        /** Header stays in view, and a filter on it for the BI team's sorting and checking. */
        private void finish(Sheet sheet, int rows) {
            sheet.createFreezePane(0, 1);
            int columns = sheet.getRow(0).getLastCellNum();
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        }

        /** Rows typed later in these columns stay text too. */
        private void textColumns(Sheet sheet, int... columns) {
            for (int c : columns) {
                sheet.setDefaultColumnStyle(c, text);
            }
        }

        private void list(Sheet sheet, int column, int lastRow, String... choices) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(choices),
                    new CellRangeAddressList(1, Math.min(lastRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex()),
                            column, column));
            // No setSuppressDropDownArrow(false): on XSSF that hides the arrow (java-stack W7).
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("Not in the list", "Choose one of: " + String.join(", ", choices) + ".");
            sheet.addValidationData(v);
        }

        private static void put(Row row, int column, String value) {
            if (value != null && !value.isEmpty()) {
                row.createCell(column).setCellValue(value);
            }
        }

        private void textCell(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(text);
        }

        private static void number(Row row, int column, double value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        /** A plain target as a number, so Excel can sort and compare it; ranges and caveats as typed. */
        private void target(Row row, int column, Target target) {
            if (target == null) {
                return;
            }
            if (!target.isRange() && target.rates()) {
                Cell cell = row.createCell(column);
                cell.setCellValue(target.low());
                return;
            }
            textCell(row, column, target.toString());
        }
    }
}
