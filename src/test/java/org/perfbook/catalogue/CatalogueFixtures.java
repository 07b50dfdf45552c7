package org.perfbook.catalogue;

import org.perfbook.model.Catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/** Catalogues and hand-made workbooks for the catalogue tests, all built in code. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    static final Period FY21 = Period.year(2021);
    static final Period FY20 = Period.year(2020);

    /** Every feature the workbook has to carry: ranges, caveats, both tolerance kinds, rates, districts. */
    static Catalogue sample() {
        List<Indicator> indicators = List.of(
                new Indicator("HIG-01", "Safety carriageway defects repaired within 4 hours (emergency)",
                        "Delivering better services", "Growth, Environment & Transport", "Highways",
                        Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "", Polarity.HIGH, Target.of(95),
                        Tolerance.DEFAULT, false, 2, ""),
                new Indicator("WST-03", "Household waste per household (kg)", "Protecting our environment",
                        "Growth, Environment & Transport", "Waste Management", Frequency.ANNUAL, Measure.AVERAGE,
                        1, "", Polarity.RANGE, Target.range(600, 680), Tolerance.absolute(20), false, 0, ""),
                new Indicator("HR-01", "Working days lost to sickness per FTE", "Delivering better services",
                        "Chief Executive and Director of Resources", "Human Resources", Frequency.QUARTERLY,
                        Measure.AVERAGE, 1, "", Polarity.LOW, new Target(9.83, 9.83, "pending review"),
                        Tolerance.relative(0.07), false, 2, ""),
                new Indicator("LIB-01", "Number of visits to libraries", "Supporting economic growth",
                        "Education and Children's Services", "Libraries", Frequency.QUARTERLY, Measure.COUNT, 1, "",
                        Polarity.HIGH, Target.of(1_400_000), Tolerance.DEFAULT, true, 0, "District"),
                new Indicator("CSC-01", "Children looked after per 10,000 population aged 0-17",
                        "Caring for the vulnerable", "Education and Children's Services", "Children's Social Care",
                        Frequency.QUARTERLY, Measure.RATE, 10_000, "Aged 0-17", Polarity.LOW, null,
                        Tolerance.absolute(0.5), false, 1, "District"),
                new Indicator("FIN-01", "Revenue forecast outturn % variance to budget", "Delivering better services",
                        "Chief Executive and Director of Resources", "Finance", Frequency.MONTHLY, Measure.PERCENTAGE,
                        100, "", Polarity.RANGE, Target.range(-1, 1), Tolerance.absolute(2), false, 2, ""),
                new Indicator("ECO-01", "Rosebud loans per 1,000 businesses", "Supporting economic growth",
                        "Growth, Environment & Transport", "Economic Development", Frequency.ANNUAL, Measure.SCORE,
                        1000, "", Polarity.NONE, null, Tolerance.DEFAULT, false, 1, ""),
                new Indicator("ECO-03", "Number of jobs created by Boost", "Supporting economic growth",
                        "Growth, Environment & Transport", "Economic Development", Frequency.QUARTERLY, Measure.COUNT,
                        1, "", Polarity.HIGH, Target.of(100), Tolerance.DEFAULT, false, 2, "", OutturnRule.SUM));
        List<Catalogue.YearTarget> targets = List.of(
                new Catalogue.YearTarget("LIB-01", FY21, Target.of(1_400_000), null),
                // Written out as 5%: blank would mean "the indicator's", a different rule.
                new Catalogue.YearTarget("LIB-01", FY20, Target.of(4_000_000), Tolerance.DEFAULT),
                new Catalogue.YearTarget("WST-03", FY21, Target.range(600, 660), Tolerance.absolute(10)),
                new Catalogue.YearTarget("HR-01", FY21, Target.of(9.5), Tolerance.relative(0.14)));
        List<Catalogue.Population> populations = List.of(
                new Catalogue.Population("Aged 0-17", FY20, "", 246_900),
                new Catalogue.Population("Aged 0-17", FY21, "", 247_512.25),
                new Catalogue.Population("Aged 0-17", FY21, "Preston", 30_115),
                new Catalogue.Population("Aged 0-17", FY21, "Burnley", 20_480));
        List<Benchmark> benchmarks = List.of(
                new Benchmark("HIG-01", Period.quarter(2021, 3), Benchmark.ENGLAND, 90.5, null, null),
                new Benchmark("CSC-01", Period.quarter(2021, 3), Benchmark.REGION, 85.2, 1200.0, 140_845.0),
                new Benchmark("CSC-01", Period.quarter(2021, 3), Benchmark.NEIGHBOURS, 0.1 + 0.2, null, null),
                new Benchmark("LIB-01", Period.month(java.time.YearMonth.of(2021, 12)), "Kent", 12_345, 7.0, null));
        return new Catalogue(indicators, targets, populations, benchmarks, List.of("Cumbria", "Derbyshire", "Kent"));
    }

    /** A number typed as a percentage in Excel: stored 0.95, shown 95%. */
    record Percent(double stored) {
    }

    /** A formula; {@code cached} is saved as its result unless null. */
    record Formula(String formula, Double cached) {
    }

    /** An error value such as #DIV/0!. */
    record Error(FormulaError error) {
    }

    /** A workbook as rows of plain values, edited by A1 reference, then written with POI. */
    static final class Book {
        private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

        Book sheet(String name, Object[]... rows) {
            List<Object[]> list = new ArrayList<>();
            for (Object[] r : rows) {
                list.add(r.clone());
            }
            sheets.put(name, list);
            return this;
        }

        Book remove(String name) {
            sheets.remove(name);
            return this;
        }

        /** Sets a cell, growing the sheet as needed. */
        Book set(String sheet, String a1, Object value) {
            CellReference ref = new CellReference(a1);
            List<Object[]> rows = sheets.get(sheet);
            while (rows.size() <= ref.getRow()) {
                rows.add(new Object[0]);
            }
            Object[] row = rows.get(ref.getRow());
            if (row.length <= ref.getCol()) {
                row = Arrays.copyOf(row, ref.getCol() + 1);
                rows.set(ref.getRow(), row);
            }
            row[ref.getCol()] = value;
            return this;
        }

        Book add(String sheet, Object... row) {
            sheets.get(sheet).add(row);
            return this;
        }

        Path write(Path file) throws IOException {
            return write(file, new XSSFWorkbook());
        }

        Path writeXls(Path file) throws IOException {
            return write(file, new HSSFWorkbook());
        }

        private Path write(Path file, Workbook wb) throws IOException {
            try (wb; OutputStream out = Files.newOutputStream(file)) {
                CellStyle percent = wb.createCellStyle();
                percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
                for (Map.Entry<String, List<Object[]>> s : sheets.entrySet()) {
                    Sheet sheet = wb.createSheet(s.getKey());
                    for (int r = 0; r < s.getValue().size(); r++) {
                        Object[] values = s.getValue().get(r);
                        Row row = sheet.createRow(r);
                        for (int c = 0; c < values.length; c++) {
                            if (values[c] != null) {
                                fill(row.createCell(c), values[c], percent);
                            }
                        }
                    }
                }
                wb.write(out);
            }
            return file;
        }

        private static void fill(Cell cell, Object v, CellStyle percent) {
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof Percent p) {
                cell.setCellValue(p.stored());
                cell.setCellStyle(percent);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() != null) {
                    cell.setCellValue(f.cached());
                }
            } else if (v instanceof Error e) {
                cell.setCellErrorValue(e.error().getCode());
            } else {
                throw new IllegalArgumentException("no cell for " + v);
            }
        }
    }

    static final Object[] INDICATOR_HEADER = {"ID", "Indicator", "Priority", "Directorate", "Service", "Frequency",
        "Measure", "Per", "Population", "Good is", "Target", "Tolerance", "Cumulative", "Decimals", "Breakdown"};

    /**
     * A small valid catalogue typed by hand. Columns of Indicators: A ID, F Frequency, G Measure, H Per,
     * I Population, J Good is, K Target, L Tolerance, M Cumulative, N Decimals. Row 5 (ASC-01) is
     * referred to by no other sheet, so breaking it causes no knock-on findings.
     */
    static Book valid() {
        return new Book()
                .sheet(CatalogueReader.INDICATORS, INDICATOR_HEADER,
                        new Object[] {"HIG-01", "Defects repaired within 4 hours", "Delivering better services",
                            "Growth, Environment & Transport", "Highways", "Quarterly", "Percentage", null, null,
                            "High", 95, null, "No", 1, null},
                        new Object[] {"CSC-01", "Children looked after per 10,000 aged 0-17", "Caring for the vulnerable",
                            "Education and Children's Services", "Children's Social Care", "Quarterly", "Rate", 10000,
                            "Aged 0-17", "Low", null, null, "No", 1, "District"},
                        new Object[] {"LIB-01", "Visits to libraries", "Supporting economic growth",
                            "Education and Children's Services", "Libraries", "Quarterly", "Count", null, null,
                            "High", 1400000, "2%", "Yes", 0, "District"},
                        new Object[] {"ASC-01", "Adults with learning disabilities in employment",
                            "Caring for the vulnerable", "Adults Services", "Adult Social Care", "Quarterly",
                            "Percentage", null, null, "High", 3.1, "0.5", null, null, null})
                .sheet(CatalogueReader.TARGETS, new Object[] {"ID", "Year", "Target", "Tolerance"},
                        new Object[] {"LIB-01", "2021/22", 1400000, null},
                        new Object[] {"HIG-01", "2021/22", "96", "1"})
                .sheet(CatalogueReader.POPULATIONS, new Object[] {"Population", "Year", "Area", "Value"},
                        new Object[] {"Aged 0-17", "2021/22", null, 250000},
                        new Object[] {"Aged 0-17", "2021/22", "Preston", 30000})
                .sheet(CatalogueReader.BENCHMARKS,
                        new Object[] {"ID", "Period", "Comparator", "Value", "Numerator", "Denominator"},
                        new Object[] {"HIG-01", "2021/22 Q3", "England", 90.5, null, null},
                        new Object[] {"CSC-01", "2021/22 Q3", "North West", 85.2, 1200, 140845})
                .sheet(CatalogueReader.NEIGHBOURS, new Object[] {"Authority"},
                        new Object[] {"Cumbria"}, new Object[] {"Kent"});
    }
}
