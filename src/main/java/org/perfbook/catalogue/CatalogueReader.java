package org.perfbook.catalogue;

import org.perfbook.model.Catalogue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.perfbook.model.Benchmark;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Numbers;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * Reads the BI team's catalogue workbook (design §3.1). Every problem in the workbook is collected
 * before anything is thrown, so one run lists everything that needs fixing.
 */
public final class CatalogueReader {

    static final String INDICATORS = "Indicators";
    static final String TARGETS = "Targets";
    static final String POPULATIONS = "Populations";
    static final String BENCHMARKS = "Benchmarks";
    static final String NEIGHBOURS = "Neighbours";

    static final String ID = "ID";
    static final String INDICATOR = "Indicator";
    static final String PRIORITY = "Priority";
    static final String DIRECTORATE = "Directorate";
    static final String SERVICE = "Service";
    static final String FREQUENCY = "Frequency";
    static final String MEASURE = "Measure";
    static final String PER = "Per";
    static final String POPULATION = "Population";
    static final String GOOD_IS = "Good is";
    static final String TARGET = "Target";
    static final String TOLERANCE = "Tolerance";
    static final String CUMULATIVE = "Cumulative";
    static final String DECIMALS = "Decimals";
    static final String BREAKDOWN = "Breakdown";
    static final String YEAR = "Year";
    static final String AREA = "Area";
    static final String VALUE = "Value";
    static final String PERIOD = "Period";
    static final String COMPARATOR = "Comparator";
    static final String NUMERATOR = "Numerator";
    static final String DENOMINATOR = "Denominator";
    static final String AUTHORITY = "Authority";

    /** Sheet name to its columns, in the order the writer lays them out. */
    static final Map<String, List<String>> COLUMNS = columns();

    static final int DEFAULT_DECIMALS = 1;

    private CatalogueReader() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(INDICATORS, List.of(ID, INDICATOR, PRIORITY, DIRECTORATE, SERVICE, FREQUENCY, MEASURE, PER,
                POPULATION, GOOD_IS, TARGET, TOLERANCE, CUMULATIVE, DECIMALS, BREAKDOWN));
        m.put(TARGETS, List.of(ID, YEAR, TARGET, TOLERANCE));
        m.put(POPULATIONS, List.of(POPULATION, YEAR, AREA, VALUE));
        m.put(BENCHMARKS, List.of(ID, PERIOD, COMPARATOR, VALUE, NUMERATOR, DENOMINATOR));
        m.put(NEIGHBOURS, List.of(AUTHORITY));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Reads and checks the catalogue.
     *
     * @throws CatalogueException listing every problem found, each located to its sheet and cell
     */
    public static Catalogue read(Path file) throws CatalogueException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw unreadable(fileName, "The catalogue workbook was not found at " + file
                    + ". Check the folder and the file name.");
        }
        Workbook workbook;
        try {
            // From the File, not a stream: streams buffer every zip entry (java-stack R1).
            workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw unreadable(fileName, "The catalogue workbook is protected with a password. Open it in Excel, "
                    + "remove the password (File > Info > Protect Workbook) and save it again.");
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, "The catalogue is not an Excel workbook perfbook can open: it is empty, "
                    + "damaged or in another format. Open it in Excel and save it again as an .xlsx workbook.");
        }
        try {
            return new Reading(fileName, workbook).run();
        } catch (RuntimeException e) {
            // POI parses some parts lazily, so a damaged file can still fail here.
            throw unreadable(fileName, "Part of the catalogue workbook is damaged and could not be read. "
                    + "Open it in Excel and save it again as an .xlsx workbook.");
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Opened read-only: nothing was written, so nothing can be lost.
            }
        }
    }

    private static CatalogueException unreadable(String fileName, String message) {
        return new CatalogueException(List.of(Finding.error(Source.of(fileName), "unreadable", message)));
    }

    /** "Good  is " and "GOOD IS" both mean "good is". */
    static String normalise(String label) {
        return label.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String strip(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').strip();
    }

    /**
     * What one cell holds, read once.
     *
     * @param text    as displayed, stripped; empty for a blank cell or an error
     * @param number  a numeric cell's value at full precision, else null (text is parsed separately)
     * @param percent whether a numeric cell is formatted as a percentage (so 0.95 shows as 95%)
     * @param date    set for a numeric cell with a date format
     * @param error   what a cell shows instead of a value (#REF!), else null
     */
    record Value(String text, Double number, boolean percent, LocalDateTime date, String error, String a1) {

        boolean blank() {
            return text.isEmpty() && number == null;
        }

        /** The number as the user sees it: typed text is parsed, a 95% cell reads as 95. */
        OptionalDouble asNumber() {
            if (number != null) {
                return OptionalDouble.of(percent ? BigDecimal.valueOf(number).movePointRight(2).doubleValue() : number);
            }
            return Numbers.parsePlain(text);
        }
    }

    /** One sheet whose header row was found and has every required column. */
    record Table(Sheet sheet, int headerRow, Map<String, Integer> columns) {
    }

    /** The state of one read: findings by sheet, so they come out in the workbook's order. */
    private static final class Reading {
        private final String fileName;
        private final Workbook workbook;
        private final DataFormatter formatter = new DataFormatter(Locale.UK);
        private final Map<String, List<Finding>> findings = new LinkedHashMap<>();

        /** Lower-cased keys and IDs as declared, even on rows with other errors, to avoid knock-on findings. */
        private final Set<String> populationKeys = new HashSet<>();
        private boolean populationsKnown = true;
        private final Set<String> indicatorIds = new HashSet<>();
        private boolean indicatorsKnown = true;

        Reading(String fileName, Workbook workbook) {
            this.fileName = fileName;
            this.workbook = workbook;
            // Formula cells read as their saved result, never as the formula text (java-stack R7).
            formatter.setUseCachedValuesForFormulaCells(true);
            findings.put("", new ArrayList<>());
            COLUMNS.keySet().forEach(s -> findings.put(s, new ArrayList<>()));
        }

        Catalogue run() throws CatalogueException {
            // Populations first: indicators refer to them; the findings still come out in sheet order.
            List<Catalogue.Population> populations = readPopulations();
            List<Indicator> indicators = readIndicators();
            List<Catalogue.YearTarget> targets = readTargets();
            List<Benchmark> benchmarks = readBenchmarks();
            List<String> neighbours = readNeighbours();
            List<Finding> all = new ArrayList<>();
            // Checks that need another sheet run late; sorting puts each sheet back in reading order.
            findings.values().forEach(list -> list.stream()
                    .sorted(java.util.Comparator.comparingLong(f -> org.perfbook.model.CellRef.sortKey(f.source().cell())))
                    .forEach(all::add));
            if (!all.isEmpty()) {
                throw new CatalogueException(all);
            }
            return new Catalogue(indicators, targets, populations, benchmarks, neighbours);
        }

        // ---- sheets --------------------------------------------------------------------------

        private List<Indicator> readIndicators() {
            List<Indicator> result = new ArrayList<>();
            Sheet sheet = sheet(INDICATORS);
            if (sheet == null) {
                indicatorsKnown = false;
                add("", Finding.error(Source.of(fileName), "missing-sheet", "The workbook has no " + INDICATORS
                        + " sheet, so it lists no indicators. Sheets found: " + sheetNames() + "."));
                return result;
            }
            Table table = table(INDICATORS, sheet);
            if (table == null) {
                indicatorsKnown = false;
                return result;
            }
            Map<String, Integer> firstRow = new HashMap<>();
            int rows = 0;
            for (Map<String, Value> row : rows(INDICATORS, table)) {
                rows++;
                int before = count(INDICATORS);
                Value idCell = row.get(ID);
                String id = idCell.text();
                if (id.isEmpty()) {
                    error(INDICATORS, idCell, "blank-id",
                            "This indicator has no ID. Give every indicator a unique ID such as ASC-04.");
                } else {
                    Integer first = firstRow.putIfAbsent(id.toLowerCase(Locale.ROOT), rowNumber(idCell));
                    if (first != null) {
                        error(INDICATORS, idCell, "duplicate-id", "The ID " + id + " is already used on row " + first
                                + ". Each indicator needs its own ID.");
                    }
                    indicatorIds.add(id.toLowerCase(Locale.ROOT));
                }
                Frequency frequency = choice(INDICATORS, row.get(FREQUENCY), FREQUENCY, Frequency::parse);
                Measure measure = choice(INDICATORS, row.get(MEASURE), MEASURE, Measure::parse);
                Polarity polarity = choice(INDICATORS, row.get(GOOD_IS), GOOD_IS, Polarity::parse);
                double per = per(row.get(PER), measure);
                Target target = target(INDICATORS, row.get(TARGET));
                Tolerance tolerance = tolerance(INDICATORS, row.get(TOLERANCE));
                Boolean cumulative = cumulative(row.get(CUMULATIVE));
                int decimals = decimals(row.get(DECIMALS));
                Value population = row.get(POPULATION);
                if (!population.text().isEmpty() && populationsKnown
                        && !populationKeys.contains(population.text().toLowerCase(Locale.ROOT))) {
                    error(INDICATORS, population, "unknown-population", "The " + POPULATIONS + " sheet has no rows for the "
                            + "population '" + population.text() + "'. Add its estimates there, or correct the name.");
                }
                if (count(INDICATORS) == before) {
                    result.add(new Indicator(id, row.get(INDICATOR).text(), row.get(PRIORITY).text(),
                            row.get(DIRECTORATE).text(), row.get(SERVICE).text(), frequency, measure, per,
                            population.text(), polarity, target, tolerance, cumulative, decimals,
                            row.get(BREAKDOWN).text()));
                }
            }
            if (rows == 0) {
                add(INDICATORS, Finding.error(source(INDICATORS, CellRef.a1(table.headerRow() + 1, 0)), "no-indicators",
                        "The " + INDICATORS + " sheet lists no indicators below its column names."));
            }
            return result;
        }

        private List<Catalogue.YearTarget> readTargets() {
            List<Catalogue.YearTarget> result = new ArrayList<>();
            Table table = optionalTable(TARGETS);
            if (table == null) {
                return result;
            }
            Map<String, Integer> firstRow = new HashMap<>();
            for (Map<String, Value> row : rows(TARGETS, table)) {
                int before = count(TARGETS);
                Value idCell = row.get(ID);
                String id = knownIndicator(TARGETS, idCell, "target");
                Period year = period(TARGETS, row.get(YEAR), true);
                Value targetCell = row.get(TARGET);
                Target target = target(TARGETS, targetCell);
                if (targetCell.blank()) {
                    error(TARGETS, targetCell, "bad-target", "This row gives no target. Type the year's target, "
                            + "or delete the row to keep the indicator's own target.");
                }
                Value toleranceCell = row.get(TOLERANCE);
                // Blank here means "the indicator's tolerance", not the default.
                Tolerance tolerance = toleranceCell.blank() ? null : tolerance(TARGETS, toleranceCell);
                if (id != null && year != null) {
                    duplicate(TARGETS, firstRow, idCell, id + "\u0000" + year.label(),
                            id + " already has a target for " + year.label());
                }
                if (count(TARGETS) == before) {
                    result.add(new Catalogue.YearTarget(id, year, target, tolerance));
                }
            }
            return result;
        }

        private List<Catalogue.Population> readPopulations() {
            List<Catalogue.Population> result = new ArrayList<>();
            Sheet sheet = sheet(POPULATIONS);
            Table table = sheet == null ? null : table(POPULATIONS, sheet);
            if (sheet != null && table == null) {
                // The sheet is there but unreadable: "unknown population" would only repeat that.
                populationsKnown = false;
            }
            if (table == null) {
                return result;
            }
            Map<String, Integer> firstRow = new HashMap<>();
            for (Map<String, Value> row : rows(POPULATIONS, table)) {
                int before = count(POPULATIONS);
                Value keyCell = row.get(POPULATION);
                String key = keyCell.text();
                if (key.isEmpty()) {
                    error(POPULATIONS, keyCell, "blank-id",
                            "This row has no population name, such as Aged 0-17.");
                } else {
                    populationKeys.add(key.toLowerCase(Locale.ROOT));
                }
                Period year = period(POPULATIONS, row.get(YEAR), true);
                String area = row.get(AREA).text();
                Double value = number(POPULATIONS, row.get(VALUE), "population", true);
                if (value != null && value <= 0) {
                    error(POPULATIONS, row.get(VALUE), "bad-number",
                            "A population must be more than zero, not " + plain(value) + ".");
                }
                if (!key.isEmpty() && year != null) {
                    String where = area.isEmpty() ? "the whole authority" : area;
                    duplicate(POPULATIONS, firstRow, keyCell, key + "\u0000" + year.label() + "\u0000" + area,
                            "The population " + key + " for " + where + " in " + year.label() + " is already given");
                }
                if (count(POPULATIONS) == before) {
                    result.add(new Catalogue.Population(key, year, area, value));
                }
            }
            return result;
        }

        private List<Benchmark> readBenchmarks() {
            List<Benchmark> result = new ArrayList<>();
            Table table = optionalTable(BENCHMARKS);
            if (table == null) {
                return result;
            }
            Map<String, Integer> firstRow = new HashMap<>();
            for (Map<String, Value> row : rows(BENCHMARKS, table)) {
                int before = count(BENCHMARKS);
                Value idCell = row.get(ID);
                String id = knownIndicator(BENCHMARKS, idCell, "benchmark");
                Period period = period(BENCHMARKS, row.get(PERIOD), false);
                Value comparatorCell = row.get(COMPARATOR);
                String comparator = comparatorCell.text();
                if (comparator.isEmpty()) {
                    error(BENCHMARKS, comparatorCell, "bad-value", "This benchmark names no comparator. Use "
                            + Benchmark.ENGLAND + ", " + Benchmark.REGION + ", " + Benchmark.NEIGHBOURS
                            + " or an authority's name.");
                }
                Double value = number(BENCHMARKS, row.get(VALUE), "benchmark value", true);
                Double numerator = number(BENCHMARKS, row.get(NUMERATOR), "numerator", false);
                Double denominator = number(BENCHMARKS, row.get(DENOMINATOR), "denominator", false);
                if (id != null && period != null && !comparator.isEmpty()) {
                    duplicate(BENCHMARKS, firstRow, idCell, id + "\u0000" + period.label() + "\u0000" + comparator,
                            "The " + comparator + " benchmark for " + id + " in " + period.label() + " is already given");
                }
                if (count(BENCHMARKS) == before) {
                    result.add(new Benchmark(id, period, comparator, value, numerator, denominator));
                }
            }
            return result;
        }

        private List<String> readNeighbours() {
            List<String> result = new ArrayList<>();
            Table table = optionalTable(NEIGHBOURS);
            if (table == null) {
                return result;
            }
            Map<String, Integer> firstRow = new HashMap<>();
            for (Map<String, Value> row : rows(NEIGHBOURS, table)) {
                Value cell = row.get(AUTHORITY);
                // Empty only when the cell held an error, which is already reported.
                if (!cell.text().isEmpty() && !duplicate(NEIGHBOURS, firstRow, cell, cell.text(),
                        "The authority " + cell.text() + " is already listed")) {
                    result.add(cell.text());
                }
            }
            return result;
        }

        // ---- fields --------------------------------------------------------------------------

        /** Parses a fixed-choice column with the model's own wording of what is allowed. */
        private <T> T choice(String sheet, Value cell, String label, Function<String, T> parse) {
            try {
                return parse.apply(cell.text());
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (cell.text().isEmpty()) {
                    int usage = message.indexOf(": ");
                    message = "The " + label + " is blank" + (usage < 0 ? "" : ": " + message.substring(usage + 2));
                }
                error(sheet, cell, "bad-value", sentence(message));
                return null;
            }
        }

        private double per(Value cell, Measure measure) {
            if (cell.blank()) {
                if (measure == Measure.RATE) {
                    error(INDICATORS, cell, "rate-without-per", "A rate needs Per: how many people the rate is per, "
                            + "such as 1,000, 10,000 or 100,000.");
                }
                return measure == Measure.PERCENTAGE ? 100 : 1;
            }
            OptionalDouble n = cell.asNumber();
            if (n.isEmpty() || n.getAsDouble() <= 0) {
                error(INDICATORS, cell, "bad-value", "Per must be a number more than zero, such as 1,000, 10,000 "
                        + "or 100,000, not '" + cell.text() + "'.");
                return 1;
            }
            // A percentage is always per 100, whatever was typed.
            return measure == Measure.PERCENTAGE ? 100 : n.getAsDouble();
        }

        private Target target(String sheet, Value cell) {
            if (cell.blank()) {
                return null;
            }
            if (cell.number() != null) {
                double v = cell.asNumber().getAsDouble();
                if (Double.isFinite(v)) {
                    return Target.of(v);
                }
            }
            try {
                return Target.parse(cell.text());
            } catch (IllegalArgumentException e) {
                error(sheet, cell, "bad-target", sentence(e.getMessage()));
                return null;
            }
        }

        private Tolerance tolerance(String sheet, Value cell) {
            if (cell.blank()) {
                return Tolerance.DEFAULT;
            }
            if (cell.number() != null && cell.number() >= 0 && Double.isFinite(cell.number())) {
                // A cell typed as 5% holds 0.05 with a percent format: a share of the target.
                return cell.percent() ? Tolerance.relative(cell.number()) : Tolerance.absolute(cell.number());
            }
            try {
                return Tolerance.parse(cell.text());
            } catch (IllegalArgumentException e) {
                error(sheet, cell, "bad-tolerance", sentence(e.getMessage()));
                return null;
            }
        }

        private Boolean cumulative(Value cell) {
            switch (cell.text().toLowerCase(Locale.ROOT)) {
                case "", "no", "n", "false":
                    return false;
                case "yes", "y", "true":
                    return true;
                default:
                    error(INDICATORS, cell, "bad-value", "Cumulative must be Yes or No (or blank for No), not '"
                            + cell.text() + "'.");
                    return null;
            }
        }

        private int decimals(Value cell) {
            if (cell.blank()) {
                return DEFAULT_DECIMALS;
            }
            OptionalDouble n = cell.asNumber();
            double d = n.orElse(-1);
            if (d < 0 || d > 6 || d != Math.rint(d)) {
                error(INDICATORS, cell, "bad-value", "Decimals must be a whole number from 0 to 6, not '"
                        + cell.text() + "'.");
                return DEFAULT_DECIMALS;
            }
            return (int) d;
        }

        private Period period(String sheet, Value cell, boolean wholeYear) {
            String usage = wholeYear ? "Use a financial year such as 2021/22."
                    : "Use a financial year such as 2021/22, a quarter such as 2021/22 Q3 or a month such as Dec 2021.";
            if (cell.blank()) {
                error(sheet, cell, "bad-period", "The " + (wholeYear ? "year" : "period") + " is blank. " + usage);
                return null;
            }
            Period p;
            if (cell.date() != null && !wholeYear) {
                // Excel turns a typed 2021-12 into a date; the month is what was meant.
                p = Period.month(YearMonth.from(cell.date()));
            } else {
                try {
                    p = Period.parse(cell.text());
                } catch (IllegalArgumentException e) {
                    error(sheet, cell, "bad-period", "'" + cell.text() + "' is not a "
                            + (wholeYear ? "financial year" : "period") + ". " + usage);
                    return null;
                }
            }
            if (wholeYear && p.kind() != Period.Kind.YEAR) {
                error(sheet, cell, "bad-period", "'" + cell.text() + "' is a " + p.kind().name().toLowerCase(Locale.ROOT)
                        + ", not a whole financial year. " + usage);
                return null;
            }
            return p;
        }

        private Double number(String sheet, Value cell, String what, boolean required) {
            if (cell.blank()) {
                if (required) {
                    error(sheet, cell, "bad-number", "The " + what + " is blank. Type a number.");
                }
                return null;
            }
            OptionalDouble n = cell.asNumber();
            if (n.isEmpty() || !Double.isFinite(n.getAsDouble())) {
                error(sheet, cell, "bad-number", "The " + what + " '" + cell.text() + "' is not a number.");
                return null;
            }
            return n.getAsDouble();
        }

        /** The ID as typed when present and in the Indicators sheet; reports a blank or unknown one. */
        private String knownIndicator(String sheet, Value cell, String what) {
            String id = cell.text();
            if (id.isEmpty()) {
                error(sheet, cell, "blank-id", "This " + what + " has no indicator ID.");
                return null;
            }
            if (indicatorsKnown && !indicatorIds.contains(id.toLowerCase(Locale.ROOT))) {
                error(sheet, cell, "unknown-indicator", "There is no indicator " + id + " in the " + INDICATORS
                        + " sheet. Correct the ID, or add the indicator there.");
            }
            return id;
        }

        /** Reports a key seen on an earlier row; true when it was a duplicate. */
        private boolean duplicate(String sheet, Map<String, Integer> firstRow, Value cell, String key, String what) {
            Integer first = firstRow.putIfAbsent(key.toLowerCase(Locale.ROOT), rowNumber(cell));
            if (first != null) {
                error(sheet, cell, "duplicate-row", what + " on row " + first + ". Delete one of the two rows.");
                return true;
            }
            return false;
        }

        // ---- sheets, headers and cells -------------------------------------------------------

        private Sheet sheet(String name) {
            for (Sheet s : workbook) {
                if (s.getSheetName().strip().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            return null;
        }

        private Table optionalTable(String name) {
            Sheet sheet = sheet(name);
            return sheet == null ? null : table(name, sheet);
        }

        /** Finds the header row and checks every column is there; null (with findings) when not. */
        private Table table(String name, Sheet sheet) {
            List<String> required = COLUMNS.get(name);
            int header = -1;
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !blankRow(row)) {
                    header = r;
                    break;
                }
            }
            if (header < 0) {
                if (name.equals(INDICATORS)) {
                    add(name, Finding.error(source(sheet.getSheetName(), "A1"), "missing-column", "The " + name
                            + " sheet is empty. Its first row must hold the column names "
                            + String.join(", ", required) + "."));
                    return null;
                }
                // An empty optional sheet simply has no rows.
                return new Table(sheet, -1, Map.of());
            }
            Row row = sheet.getRow(header);
            Map<String, Integer> found = new HashMap<>();
            List<String> labels = new ArrayList<>();
            int firstColumn = -1;
            for (Cell c : row) {
                String label = value(c, header, c.getColumnIndex()).text();
                if (!label.isEmpty()) {
                    labels.add(label);
                    found.putIfAbsent(normalise(label), c.getColumnIndex());
                    firstColumn = firstColumn < 0 ? c.getColumnIndex() : firstColumn;
                }
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            boolean complete = true;
            for (String label : required) {
                Integer col = found.get(normalise(label));
                if (col == null) {
                    complete = false;
                    add(name, Finding.error(source(sheet.getSheetName(), CellRef.a1(header, Math.max(firstColumn, 0))),
                            "missing-column", "The " + name + " sheet has no '" + label + "' column. Columns found on row "
                                    + (header + 1) + ": " + String.join(", ", labels) + "."));
                } else {
                    columns.put(label, col);
                }
            }
            return complete ? new Table(sheet, header, columns) : null;
        }

        /** The non-blank rows below the header, each cell read once; unreadable cells are reported here. */
        private List<Map<String, Value>> rows(String name, Table table) {
            List<Map<String, Value>> rows = new ArrayList<>();
            if (table.headerRow() < 0) {
                return rows;
            }
            Sheet sheet = table.sheet();
            for (int r = table.headerRow() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Value> values = new LinkedHashMap<>();
                boolean blank = true;
                for (Map.Entry<String, Integer> column : table.columns().entrySet()) {
                    Value v = value(row.getCell(column.getValue(), Row.MissingCellPolicy.RETURN_BLANK_AS_NULL),
                            r, column.getValue());
                    values.put(column.getKey(), v);
                    blank &= v.blank() && v.error() == null;
                }
                // Notes in columns the catalogue does not use do not make a row.
                if (blank) {
                    continue;
                }
                for (Map.Entry<String, Value> e : values.entrySet()) {
                    Value v = e.getValue();
                    if (v.error() != null) {
                        error(name, v, "bad-value", "The " + e.getKey() + " cell shows " + v.error()
                                + " instead of a value. Type the value, or fix the formula and save the workbook in Excel.");
                        e.setValue(new Value("", null, false, null, null, v.a1()));
                    }
                }
                rows.add(values);
            }
            return rows;
        }

        private boolean blankRow(Row row) {
            for (Cell c : row) {
                Value v = value(c, row.getRowNum(), c.getColumnIndex());
                if (!v.blank() || v.error() != null) {
                    return false;
                }
            }
            return true;
        }

        private Value value(Cell cell, int row, int column) {
            String a1 = CellRef.a1(row, column);
            if (cell == null) {
                return new Value("", null, false, null, null, a1);
            }
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                    // Saved by a tool that does not calculate: POI would silently read 0 (java-stack R7).
                    return new Value("", null, false, null, "a formula with no saved result", a1);
                }
                type = cell.getCachedFormulaResultType();
            }
            switch (type) {
                case STRING:
                    return new Value(strip(cell.getStringCellValue()), null, false, null, null, a1);
                case NUMERIC:
                    if (DateUtil.isCellDateFormatted(cell)) {
                        return new Value(strip(formatter.formatCellValue(cell)), null, false,
                                cell.getLocalDateTimeCellValue(), null, a1);
                    }
                    String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                    return new Value(strip(formatter.formatCellValue(cell)), cell.getNumericCellValue(),
                            format != null && format.contains("%"), null, null, a1);
                case BOOLEAN:
                    return new Value(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false, null, null, a1);
                case ERROR:
                    String shown;
                    try {
                        shown = FormulaError.forInt(cell.getErrorCellValue()).getString();
                    } catch (IllegalArgumentException e) {
                        shown = "an error";
                    }
                    return new Value("", null, false, null, shown, a1);
                default:
                    return new Value("", null, false, null, null, a1);
            }
        }

        // ---- findings ------------------------------------------------------------------------

        private Source source(String sheetName, String a1) {
            return new Source(fileName, sheetName, a1);
        }

        private void error(String sheet, Value cell, String code, String message) {
            Sheet actual = sheet(sheet);
            add(sheet, Finding.error(source(actual == null ? sheet : actual.getSheetName(), cell.a1()), code, message));
        }

        private void add(String sheet, Finding finding) {
            findings.get(sheet).add(finding);
        }

        private int count(String sheet) {
            return findings.get(sheet).size();
        }

        private String sheetNames() {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        private static int rowNumber(Value cell) {
            return Integer.parseInt(cell.a1().replaceAll("^[A-Z]+", ""));
        }
    }

    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    private static String plain(double d) {
        return Numbers.plain(d);
    }
}
