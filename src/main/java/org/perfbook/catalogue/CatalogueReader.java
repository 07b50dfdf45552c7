package org.perfbook.catalogue;

import org.perfbook.model.Catalogue;

import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.perfbook.model.Benchmark;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Numbers;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.xlsx.CellValue;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Workbooks;

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
    static final String SETTINGS = "Settings";
    static final String SETTING = "Setting";

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
    static final String ADDS_UP = "Adds up";
    static final String OUTTURN = "Outturn";
    static final String SCHEDULE = "Schedule";
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
    /** Columns a catalogue may leave out: added later, so older catalogues still read. */
    static final Set<String> OPTIONAL = Set.of(OUTTURN);

    /**
     * Columns a sheet may have after its own: read when present, blank when absent, so catalogues made
     * before them still read. The writer adds one only when some row needs it.
     */
    static final Map<String, List<String>> OPTIONAL_COLUMNS = Map.of(INDICATORS, List.of(ADDS_UP, SCHEDULE));

    static final int DEFAULT_DECIMALS = 1;

    private CatalogueReader() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(INDICATORS, List.of(ID, INDICATOR, PRIORITY, DIRECTORATE, SERVICE, FREQUENCY, MEASURE, PER,
                POPULATION, GOOD_IS, TARGET, TOLERANCE, CUMULATIVE, DECIMALS, BREAKDOWN, OUTTURN));
        m.put(TARGETS, List.of(ID, YEAR, TARGET, TOLERANCE));
        m.put(POPULATIONS, List.of(POPULATION, YEAR, AREA, VALUE));
        m.put(BENCHMARKS, List.of(ID, PERIOD, COMPARATOR, VALUE, NUMERATOR, DENOMINATOR));
        m.put(NEIGHBOURS, List.of(AUTHORITY));
        m.put(SETTINGS, List.of(SETTING, VALUE));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Reads and checks the catalogue.
     *
     * @throws CatalogueException listing every problem found, each located to its sheet and cell
     */
    public static Catalogue read(Path file) throws CatalogueException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Workbooks.Opened opened = Workbooks.openStreamed(file, fileName)) {
            if (!opened.isOpen()) {
                throw unreadable(opened.finding());
            }
            try {
                return new Reading(fileName, opened).run();
            } catch (RuntimeException e) {
                // POI parses some parts lazily, so a damaged file can still fail here.
                throw unreadable(Workbooks.damaged(fileName));
            }
        }
    }

    /** Whatever stops the catalogue being opened is an error, under the one code the BI team filters on. */
    private static CatalogueException unreadable(Finding opening) {
        return new CatalogueException(List.of(Finding.error(opening.source(), FindingCode.UNREADABLE, opening.message())));
    }

    /** One sheet whose header row was found and has every required column. */
    record Table(SheetRows sheet, int headerRow, Map<String, Integer> columns, List<String> optional) {
    }

    /** The state of one read: findings by sheet, so they come out in the workbook's order. */
    private static final class Reading {
        private final String fileName;
        private final Workbooks.Opened workbook;
        private final Map<String, List<Finding>> findings = new LinkedHashMap<>();

        /** Lower-cased keys and IDs as declared, even on rows with other errors, to avoid knock-on findings. */
        private final Set<String> populationKeys = new HashSet<>();
        private boolean populationsKnown = true;
        private final Set<String> indicatorIds = new HashSet<>();
        private boolean indicatorsKnown = true;

        Reading(String fileName, Workbooks.Opened workbook) {
            this.fileName = fileName;
            this.workbook = workbook;
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
            Settings settings = readSettings();
            List<Finding> all = new ArrayList<>();
            // Checks that need another sheet run late; sorting puts each sheet back in reading order.
            findings.values().forEach(list -> list.stream()
                    .sorted(java.util.Comparator.comparingLong(f -> org.perfbook.model.CellRef.sortKey(f.source().cell())))
                    .forEach(all::add));
            if (!all.isEmpty()) {
                throw new CatalogueException(all);
            }
            return new Catalogue(indicators, targets, populations, benchmarks, neighbours, settings);
        }

        // ---- sheets --------------------------------------------------------------------------

        private List<Indicator> readIndicators() {
            List<Indicator> result = new ArrayList<>();
            SheetRows sheet = sheet(INDICATORS);
            if (sheet == null) {
                indicatorsKnown = false;
                add("", Finding.error(Source.of(fileName), FindingCode.MISSING_SHEET, "The workbook has no " + INDICATORS
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
            for (Map<String, CellValue> row : rows(INDICATORS, table)) {
                rows++;
                int before = count(INDICATORS);
                CellValue idCell = row.get(ID);
                String id = idCell.text();
                if (id.isEmpty()) {
                    error(INDICATORS, idCell, FindingCode.BLANK_ID,
                            "This indicator has no ID. Give every indicator a unique ID such as ASC-04.");
                } else {
                    Integer first = firstRow.putIfAbsent(id.toLowerCase(Locale.ROOT), rowNumber(idCell));
                    if (first != null) {
                        error(INDICATORS, idCell, FindingCode.DUPLICATE_ID, "The ID " + id + " is already used on row " + first
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
                Boolean addsUp = addsUp(row.get(ADDS_UP));
                OutturnRule outturn = outturn(row.get(OUTTURN));
                String schedule = schedule(row, measure, target);
                CellValue population = row.get(POPULATION);
                if (!population.text().isEmpty() && populationsKnown
                        && !populationKeys.contains(population.text().toLowerCase(Locale.ROOT))) {
                    error(INDICATORS, population, FindingCode.UNKNOWN_POPULATION, "The " + POPULATIONS + " sheet has no rows for the "
                            + "population '" + population.text() + "'. Add its estimates there, or correct the name.");
                }
                if (frequency == Frequency.MONTHLY && !row.get(BREAKDOWN).text().isEmpty()) {
                    // a quarter's return names each month in the Breakdown column, so it has no room for districts
                    error(INDICATORS, row.get(BREAKDOWN), FindingCode.BAD_VALUE, "A monthly indicator cannot be broken "
                            + "down by " + row.get(BREAKDOWN).text() + ": its return has one row for each month, named in "
                            + "the Breakdown column. Leave " + BREAKDOWN + " blank, or make the district figures an "
                            + "indicator of their own.");
                }
                if (count(INDICATORS) == before) {
                    result.add(new Indicator(id, row.get(INDICATOR).text(), row.get(PRIORITY).text(),
                            row.get(DIRECTORATE).text(), row.get(SERVICE).text(), frequency, measure, per,
                            population.text(), polarity, target, tolerance, cumulative, decimals,
                            row.get(BREAKDOWN).text(), addsUp == null || addsUp, outturn, schedule));
                }
            }
            if (rows == 0) {
                add(INDICATORS, Finding.error(source(INDICATORS, CellRef.a1(table.headerRow() + 1, 0)), FindingCode.NO_INDICATORS,
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
            for (Map<String, CellValue> row : rows(TARGETS, table)) {
                int before = count(TARGETS);
                CellValue idCell = row.get(ID);
                String id = knownIndicator(TARGETS, idCell, "target");
                Period year = period(TARGETS, row.get(YEAR), true);
                CellValue targetCell = row.get(TARGET);
                Target target = target(TARGETS, targetCell);
                if (targetCell.blank()) {
                    error(TARGETS, targetCell, FindingCode.BAD_TARGET, "This row gives no target. Type the year's target, "
                            + "or delete the row to keep the indicator's own target.");
                }
                CellValue toleranceCell = row.get(TOLERANCE);
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
            SheetRows sheet = sheet(POPULATIONS);
            Table table = sheet == null ? null : table(POPULATIONS, sheet);
            if (sheet != null && table == null) {
                // The sheet is there but unreadable: "unknown population" would only repeat that.
                populationsKnown = false;
            }
            if (table == null) {
                return result;
            }
            Map<String, Integer> firstRow = new HashMap<>();
            for (Map<String, CellValue> row : rows(POPULATIONS, table)) {
                int before = count(POPULATIONS);
                CellValue keyCell = row.get(POPULATION);
                String key = keyCell.text();
                if (key.isEmpty()) {
                    error(POPULATIONS, keyCell, FindingCode.BLANK_ID,
                            "This row has no population name, such as Aged 0-17.");
                } else {
                    populationKeys.add(key.toLowerCase(Locale.ROOT));
                }
                Period year = period(POPULATIONS, row.get(YEAR), true);
                String area = row.get(AREA).text();
                Double value = number(POPULATIONS, row.get(VALUE), "population", true);
                if (value != null && value <= 0) {
                    error(POPULATIONS, row.get(VALUE), FindingCode.BAD_NUMBER,
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
            for (Map<String, CellValue> row : rows(BENCHMARKS, table)) {
                int before = count(BENCHMARKS);
                CellValue idCell = row.get(ID);
                String id = knownIndicator(BENCHMARKS, idCell, "benchmark");
                Period period = period(BENCHMARKS, row.get(PERIOD), false);
                CellValue comparatorCell = row.get(COMPARATOR);
                String comparator = comparatorCell.text();
                if (comparator.isEmpty()) {
                    error(BENCHMARKS, comparatorCell, FindingCode.BAD_VALUE, "This benchmark names no comparator. Use "
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
            for (Map<String, CellValue> row : rows(NEIGHBOURS, table)) {
                CellValue cell = row.get(AUTHORITY);
                // Empty only when the cell held an error, which is already reported.
                if (!cell.text().isEmpty() && !duplicate(NEIGHBOURS, firstRow, cell, cell.text(),
                        "The authority " + cell.text() + " is already listed")) {
                    result.add(cell.text());
                }
            }
            return result;
        }

        /** The committee paper's own details; an unknown setting is an error naming the ones there are. */
        private Settings readSettings() {
            Table table = optionalTable(SETTINGS);
            if (table == null) {
                return Settings.DEFAULTS;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Integer> firstRow = new HashMap<>();
            for (Map<String, CellValue> row : rows(SETTINGS, table)) {
                CellValue name = row.get(SETTING);
                if (name.text().isEmpty()) {
                    continue;
                }
                var known = Settings.name(name.text());
                if (known.isEmpty()) {
                    error(SETTINGS, name, FindingCode.BAD_VALUE, "'" + name.text() + "' is not a setting perfbook "
                            + "knows. The settings are: " + String.join(", ", Settings.NAMES) + ".");
                } else if (!duplicate(SETTINGS, firstRow, name, known.get(), known.get() + " is already set")) {
                    String value = row.get(VALUE).text();
                    if (known.get().equals("Risk register threshold") && !value.isEmpty()
                            && !value.matches("([1-9]|1[0-9]|2[0-5])(\\.0+)?")) {
                        error(SETTINGS, row.get(VALUE), FindingCode.BAD_NUMBER, "'" + value + "' is not a risk register "
                                + "threshold: type a whole score from 1 to 25, e.g. 12 (entries scored 12 or more go on "
                                + "the corporate register).");
                    } else {
                        values.put(known.get(), value);
                    }
                }
            }
            return Settings.of(values).orElse(Settings.DEFAULTS);
        }

        // ---- fields --------------------------------------------------------------------------

        /** Parses a fixed-choice column with the model's own wording of what is allowed. */
        private <T> T choice(String sheet, CellValue cell, String label, Function<String, T> parse) {
            try {
                return parse.apply(cell.text());
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (cell.text().isEmpty()) {
                    int usage = message.indexOf(": ");
                    message = "The " + label + " is blank" + (usage < 0 ? "" : ": " + message.substring(usage + 2));
                }
                error(sheet, cell, FindingCode.BAD_VALUE, sentence(message));
                return null;
            }
        }

        private double per(CellValue cell, Measure measure) {
            if (cell.blank()) {
                if (measure == Measure.RATE) {
                    error(INDICATORS, cell, FindingCode.RATE_WITHOUT_PER, "A rate needs Per: how many people the rate is per, "
                            + "such as 1,000, 10,000 or 100,000.");
                }
                return measure == Measure.PERCENTAGE ? 100 : 1;
            }
            OptionalDouble n = cell.asNumber();
            if (n.isEmpty() || n.getAsDouble() <= 0) {
                error(INDICATORS, cell, FindingCode.BAD_VALUE, "Per must be a number more than zero, such as 1,000, 10,000 "
                        + "or 100,000, not '" + cell.text() + "'.");
                return 1;
            }
            // A percentage is always per 100, whatever was typed.
            return measure == Measure.PERCENTAGE ? 100 : n.getAsDouble();
        }

        private Target target(String sheet, CellValue cell) {
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
                error(sheet, cell, FindingCode.BAD_TARGET, sentence(e.getMessage()));
                return null;
            }
        }

        private Tolerance tolerance(String sheet, CellValue cell) {
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
                error(sheet, cell, FindingCode.BAD_TOLERANCE, sentence(e.getMessage()));
                return null;
            }
        }

        private Boolean cumulative(CellValue cell) {
            switch (cell.text().toLowerCase(Locale.ROOT)) {
                case "", "no", "n", "false":
                    return false;
                case "yes", "y", "true":
                    return true;
                default:
                    error(INDICATORS, cell, FindingCode.BAD_VALUE, "Cumulative must be Yes or No (or blank for No), not '"
                            + cell.text() + "'.");
                    return null;
            }
        }

        /** Blank means Yes: counts of people or cases by district add up to the authority's. */
        private Boolean addsUp(CellValue cell) {
            switch (cell.text().toLowerCase(Locale.ROOT)) {
                case "", "yes", "y", "true":
                    return true;
                case "no", "n", "false":
                    return false;
                default:
                    error(INDICATORS, cell, FindingCode.BAD_VALUE, ADDS_UP + " must be Yes or No (or blank for Yes: the "
                            + "breakdown's figures add up to the authority's), not '" + cell.text() + "'.");
                    return null;
            }
        }

        /**
         * A Report indicator's schedule: when its report comes to committee instead of a figure. Only a
         * Report has one, and a Report has no target (there is no figure to meet it).
         */
        private String schedule(Map<String, CellValue> row, Measure measure, Target target) {
            CellValue cell = row.get(SCHEDULE);
            String text = cell == null ? "" : cell.text();
            if (measure == Measure.REPORT && target != null) {
                error(INDICATORS, row.get(TARGET), FindingCode.BAD_TARGET, "A Report indicator has no figure, so it "
                        + "has no target. Leave the Target blank and put when the report comes in the " + SCHEDULE
                        + " column, e.g. 'Annual Report – schedule to be confirmed'.");
            }
            if (measure != null && measure != Measure.REPORT && !text.isEmpty()) {
                error(INDICATORS, cell, FindingCode.BAD_VALUE, "Only an indicator whose Measure is Report has a "
                        + SCHEDULE + "; this one is a " + measure.label() + ". Clear the cell, or make the Measure "
                        + "Report if the indicator is reported to committee instead of as a figure.");
            }
            return measure == Measure.REPORT ? text : "";
        }

        /** Null (derive it) when the column is absent or the cell blank. */
        private OutturnRule outturn(CellValue cell) {
            return cell == null || cell.blank() ? null : choice(INDICATORS, cell, OUTTURN, OutturnRule::parse);
        }

        private int decimals(CellValue cell) {
            if (cell.blank()) {
                return DEFAULT_DECIMALS;
            }
            OptionalDouble n = cell.asNumber();
            double d = n.orElse(-1);
            if (d < 0 || d > 6 || d != Math.rint(d)) {
                error(INDICATORS, cell, FindingCode.BAD_VALUE, "Decimals must be a whole number from 0 to 6, not '"
                        + cell.text() + "'.");
                return DEFAULT_DECIMALS;
            }
            return (int) d;
        }

        private Period period(String sheet, CellValue cell, boolean wholeYear) {
            String usage = wholeYear ? "Use a financial year such as 2021/22."
                    : "Use a financial year such as 2021/22, a quarter such as 2021/22 Q3 or a month such as Dec 2021.";
            if (cell.blank()) {
                error(sheet, cell, FindingCode.BAD_PERIOD, "The " + (wholeYear ? "year" : "period") + " is blank. " + usage);
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
                    error(sheet, cell, FindingCode.BAD_PERIOD, "'" + cell.text() + "' is not a "
                            + (wholeYear ? "financial year" : "period") + ". " + usage);
                    return null;
                }
            }
            if (wholeYear && p.kind() != Period.Kind.YEAR) {
                error(sheet, cell, FindingCode.BAD_PERIOD, "'" + cell.text() + "' is a " + p.kind().name().toLowerCase(Locale.ROOT)
                        + ", not a whole financial year. " + usage);
                return null;
            }
            return p;
        }

        private Double number(String sheet, CellValue cell, String what, boolean required) {
            if (cell.blank()) {
                if (required) {
                    error(sheet, cell, FindingCode.BAD_NUMBER, "The " + what + " is blank. Type a number.");
                }
                return null;
            }
            OptionalDouble n = cell.asNumber();
            if (n.isEmpty() || !Double.isFinite(n.getAsDouble())) {
                error(sheet, cell, FindingCode.BAD_NUMBER, "The " + what + " '" + cell.text() + "' is not a number.");
                return null;
            }
            return n.getAsDouble();
        }

        /** The ID as typed when present and in the Indicators sheet; reports a blank or unknown one. */
        private String knownIndicator(String sheet, CellValue cell, String what) {
            String id = cell.text();
            if (id.isEmpty()) {
                error(sheet, cell, FindingCode.BLANK_ID, "This " + what + " has no indicator ID.");
                return null;
            }
            if (indicatorsKnown && !indicatorIds.contains(id.toLowerCase(Locale.ROOT))) {
                error(sheet, cell, FindingCode.UNKNOWN_INDICATOR, "There is no indicator " + id + " in the " + INDICATORS
                        + " sheet. Correct the ID, or add the indicator there.");
            }
            return id;
        }

        /** Reports a key seen on an earlier row; true when it was a duplicate. */
        private boolean duplicate(String sheet, Map<String, Integer> firstRow, CellValue cell, String key, String what) {
            Integer first = firstRow.putIfAbsent(key.toLowerCase(Locale.ROOT), rowNumber(cell));
            if (first != null) {
                error(sheet, cell, FindingCode.DUPLICATE_ROW, what + " on row " + first + ". Delete one of the two rows.");
                return true;
            }
            return false;
        }

        // ---- sheets, headers and cells -------------------------------------------------------

        private SheetRows sheet(String name) {
            return workbook.sheet(name);
        }

        private Table optionalTable(String name) {
            SheetRows sheet = sheet(name);
            return sheet == null ? null : table(name, sheet);
        }

        /** Finds the header row and checks every column is there; null (with findings) when not. */
        private Table table(String name, SheetRows sheet) {
            List<String> required = COLUMNS.get(name).stream().filter(c -> !OPTIONAL.contains(c)).toList();
            List<String> optional = OPTIONAL_COLUMNS.getOrDefault(name, List.of());
            List<String> known = new ArrayList<>(COLUMNS.get(name));
            known.addAll(optional);
            HeaderRow<String> header = HeaderRow.first(sheet, HeaderRow.labelled(known));
            if (header == null) {
                if (name.equals(INDICATORS)) {
                    add(name, Finding.error(source(sheet.name(), "A1"), FindingCode.MISSING_COLUMN, "The " + name
                            + " sheet is empty. Its first row must hold the column names "
                            + String.join(", ", required) + "."));
                    return null;
                }
                // An empty optional sheet simply has no rows.
                return new Table(sheet, -1, Map.of(), List.of());
            }
            for (String label : required) {
                if (header.column(label) == null) {
                    add(name, Finding.error(source(sheet.name(), CellRef.a1(header.row(),
                            Math.max(header.firstColumn(), 0))), FindingCode.MISSING_COLUMN, "The " + name + " sheet has no '"
                            + label + "' column. Columns found on row " + (header.row() + 1) + ": "
                            + String.join(", ", header.shown()) + "."));
                }
            }
            return header.columns().keySet().containsAll(required)
                    ? new Table(sheet, header.row(), header.columns(), optional) : null;
        }

        /** The non-blank rows below the header, each cell read once; unreadable cells are reported here. */
        private List<Map<String, CellValue>> rows(String name, Table table) {
            List<Map<String, CellValue>> rows = new ArrayList<>();
            if (table.headerRow() < 0) {
                return rows;
            }
            for (SheetRows.SheetRow row : table.sheet().rows(table.headerRow() + 1)) {
                Map<String, CellValue> values = new LinkedHashMap<>();
                boolean blank = true;
                for (Map.Entry<String, Integer> column : table.columns().entrySet()) {
                    CellValue v = row.value(column.getValue());
                    values.put(column.getKey(), v);
                    blank &= v.blank() && v.error() == null;
                }
                // Notes in columns the catalogue does not use do not make a row.
                if (blank) {
                    continue;
                }
                for (String absent : table.optional()) {
                    values.putIfAbsent(absent, CellValue.blank(CellRef.a1(row.index(), 0)));
                }
                for (Map.Entry<String, CellValue> e : values.entrySet()) {
                    CellValue v = e.getValue();
                    if (v.error() != null) {
                        error(name, v, FindingCode.BAD_VALUE, "The " + e.getKey() + " cell shows " + v.error()
                                + " instead of a value. Type the value, or fix the formula and save the workbook in Excel.");
                        e.setValue(CellValue.blank(v.a1()));
                    }
                }
                rows.add(values);
            }
            return rows;
        }

        // ---- findings ------------------------------------------------------------------------

        private Source source(String sheetName, String a1) {
            return new Source(fileName, sheetName, a1);
        }

        private void error(String sheet, CellValue cell, FindingCode code, String message) {
            SheetRows actual = sheet(sheet);
            add(sheet, Finding.error(source(actual == null ? sheet : actual.name(), cell.a1()), code, message));
        }

        private void add(String sheet, Finding finding) {
            findings.get(sheet).add(finding);
        }

        private int count(String sheet) {
            return findings.get(sheet).size();
        }

        private String sheetNames() {
            List<String> names = workbook.sheetNames();
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        private static int rowNumber(CellValue cell) {
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
