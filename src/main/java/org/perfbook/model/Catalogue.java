package org.perfbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The BI team's indicator catalogue: indicators, year-specific targets, population estimates,
 * benchmarks and the statistical-neighbour group. Immutable; indicators keep the catalogue's order.
 */
public final class Catalogue {

    private final List<Indicator> indicators;
    private final List<YearTarget> targets;
    private final List<Population> populations;
    private final List<Benchmark> benchmarks;
    private final List<String> neighbours;
    private final Settings settings;
    /** Lookups by upper-case ID, so a catalogue of thousands of indicators is not scanned per figure. */
    private final Map<String, Indicator> byId = new HashMap<>();
    private final Map<String, List<Indicator>> byService = new HashMap<>();
    /** upper-case ID → year → the first year target given for it. */
    private final Map<String, Map<Period, YearTarget>> targetsById = new HashMap<>();
    /** lower-case key, tab, lower-case area → estimates by year. */
    private final Map<String, TreeMap<Period, Population>> populationsByKey = new HashMap<>();
    /** upper-case ID → its benchmarks in catalogue order. */
    private final Map<String, List<Benchmark>> benchmarksById = new HashMap<>();
    private final List<String> areas;
    private final List<String> services;
    /** The services, case aside, as a return's identity names them. */
    private final Set<String> serviceNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final List<String> priorities;

    /** A target for one financial year, overriding the indicator's default. */
    public record YearTarget(String indicatorId, Period year, Target target, Tolerance tolerance) {
    }

    /**
     * A population estimate.
     *
     * @param area empty for the whole authority, else a district
     */
    public record Population(String key, Period year, String area, double value) {
    }

    /** A catalogue with no Settings sheet. */
    public Catalogue(List<Indicator> indicators, List<YearTarget> targets, List<Population> populations,
            List<Benchmark> benchmarks, List<String> neighbours) {
        this(indicators, targets, populations, benchmarks, neighbours, Settings.DEFAULTS);
    }

    public Catalogue(List<Indicator> indicators, List<YearTarget> targets, List<Population> populations,
            List<Benchmark> benchmarks, List<String> neighbours, Settings settings) {
        this.settings = settings == null ? Settings.DEFAULTS : settings;
        this.indicators = List.copyOf(indicators);
        this.targets = List.copyOf(targets);
        this.populations = List.copyOf(populations);
        this.benchmarks = List.copyOf(benchmarks);
        this.neighbours = List.copyOf(neighbours);
        this.services = distinct(this.indicators, Indicator::service);
        this.serviceNames.addAll(this.services);
        this.priorities = distinct(this.indicators, Indicator::priority);
        for (Indicator i : this.indicators) {
            byId.putIfAbsent(upper(i.id()), i);
            byService.computeIfAbsent(i.service().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
        for (YearTarget t : this.targets) {
            targetsById.computeIfAbsent(upper(t.indicatorId()), k -> new HashMap<>()).putIfAbsent(t.year(), t);
        }
        Map<String, String> areaNames = new LinkedHashMap<>();
        for (Population p : this.populations) {
            // of two estimates for the same year the first is kept, as a scan in catalogue order would
            populationsByKey.computeIfAbsent(populationKey(p.key(), p.area()), k -> new TreeMap<>())
                    .putIfAbsent(p.year(), p);
            String a = p.area() == null ? "" : p.area().strip();
            if (!a.isEmpty()) {
                areaNames.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
            }
        }
        this.areas = List.copyOf(areaNames.values());
        for (Benchmark b : this.benchmarks) {
            benchmarksById.computeIfAbsent(upper(b.indicatorId()), k -> new ArrayList<>()).add(b);
        }
    }

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    private static String populationKey(String key, String area) {
        return key.toLowerCase(Locale.ROOT) + "\t" + (area == null ? "" : area).toLowerCase(Locale.ROOT);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<YearTarget> targets() {
        return targets;
    }

    public List<Population> populations() {
        return populations;
    }

    public List<Benchmark> benchmarks() {
        return benchmarks;
    }

    public List<String> neighbours() {
        return neighbours;
    }

    /** The Settings sheet's values, or the defaults. */
    public Settings settings() {
        return settings;
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(byId.get(upper(id.strip())));
    }

    /** Districts: the distinct non-blank areas of the population estimates, first seen first (and first spelling). */
    public List<String> areas() {
        return areas;
    }

    /** One indicator's benchmarks, every comparator and period, in catalogue order. */
    public List<Benchmark> benchmarksFor(String indicatorId) {
        return List.copyOf(benchmarksById.getOrDefault(upper(indicatorId), List.of()));
    }

    /** Services in catalogue order. */
    public List<String> services() {
        return services;
    }

    /** Whether {@code service} is one of the catalogue's services, whatever its case. */
    public boolean hasService(String service) {
        return service != null && serviceNames.contains(service);
    }

    /** Priorities in catalogue order. */
    public List<String> priorities() {
        return priorities;
    }

    /** Each distinct value in catalogue order: worked out once, as every return asks for the services. */
    private static List<String> distinct(List<Indicator> indicators, java.util.function.Function<Indicator, String> of) {
        Set<String> s = new LinkedHashSet<>();
        indicators.forEach(i -> s.add(of.apply(i)));
        return List.copyOf(s);
    }

    public List<Indicator> indicatorsOf(String service) {
        return List.copyOf(byService.getOrDefault(service.toLowerCase(Locale.ROOT), List.of()));
    }

    /**
     * The indicators a service returns for a period: quarterly and monthly ones every quarter,
     * annual ones with the year's fourth quarter (or a whole-year return).
     */
    public List<Indicator> indicatorsDue(String service, Period period) {
        boolean yearEnd = period.kind() == Period.Kind.YEAR || period.kind() == Period.Kind.QUARTER && period.number() == 4;
        // a Report indicator comes to committee as a report, so no return asks for its figure
        return indicatorsOf(service).stream()
                .filter(i -> !i.reportOnly())
                .filter(i -> i.frequency() != Frequency.ANNUAL || yearEnd)
                .toList();
    }

    /** The period an indicator's figure in a return for {@code returnPeriod} belongs to. */
    public static Period observationPeriod(Indicator indicator, Period returnPeriod) {
        return indicator.frequency() == Frequency.ANNUAL ? returnPeriod.financialYear() : returnPeriod;
    }

    /**
     * The periods a return for {@code returnPeriod} has a row for: for a monthly indicator in a quarter's
     * (or a year's) return, each of its months, oldest first; else the one {@link #observationPeriod}.
     */
    public static List<Period> rowPeriods(Indicator indicator, Period returnPeriod) {
        if (!isMonthlyRows(indicator, returnPeriod)) {
            return List.of(observationPeriod(indicator, returnPeriod));
        }
        List<Period> months = new ArrayList<>();
        for (Period m = Period.month(java.time.YearMonth.from(returnPeriod.start()));
                !m.end().isAfter(returnPeriod.end()); m = m.next()) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /** Whether a return for {@code returnPeriod} carries the indicator month by month, each row naming its month. */
    public static boolean isMonthlyRows(Indicator indicator, Period returnPeriod) {
        return indicator.frequency() == Frequency.MONTHLY && returnPeriod.kind() != Period.Kind.MONTH;
    }

    /** The target in force for the financial year containing {@code period}: the Targets sheet's, else the default. */
    public Target targetFor(Indicator indicator, Period period) {
        return yearTarget(indicator, period).map(YearTarget::target).orElse(indicator.target());
    }

    public Tolerance toleranceFor(Indicator indicator, Period period) {
        return yearTarget(indicator, period).map(YearTarget::tolerance).filter(t -> t != null)
                .orElse(indicator.tolerance());
    }

    private Optional<YearTarget> yearTarget(Indicator indicator, Period period) {
        Map<Period, YearTarget> years = targetsById.get(upper(indicator.id()));
        return years == null ? Optional.empty() : Optional.ofNullable(years.get(period.financialYear()));
    }

    /**
     * The population estimate for the financial year containing {@code period}; when that year has
     * none, the latest earlier year's (estimates are published late), never a later one.
     *
     * @param area empty for the whole authority
     */
    public Optional<Population> population(String key, Period period, String area) {
        TreeMap<Period, Population> years = populationsByKey.get(populationKey(key, area));
        if (years == null) {
            return Optional.empty();
        }
        var best = years.floorEntry(period.financialYear());
        return best == null ? Optional.empty() : Optional.of(best.getValue());
    }

    /** Benchmarks for one indicator and period, by comparator in catalogue order. */
    public Map<String, Benchmark> benchmarks(String indicatorId, Period period) {
        Map<String, Benchmark> m = new LinkedHashMap<>();
        for (Benchmark b : benchmarksById.getOrDefault(upper(indicatorId), List.of())) {
            if (b.period().equals(period)) {
                m.put(b.comparator(), b);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Catalogues are equal when their five sheets are; the lookups follow from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue c && indicators.equals(c.indicators) && targets.equals(c.targets)
                && populations.equals(c.populations) && benchmarks.equals(c.benchmarks) && neighbours.equals(c.neighbours)
                && settings.equals(c.settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicators, targets, populations, benchmarks, neighbours, settings);
    }

    @Override
    public String toString() {
        return "Catalogue[" + indicators.size() + " indicators, " + targets.size() + " year targets, "
                + populations.size() + " populations, " + benchmarks.size() + " benchmarks, " + neighbours.size()
                + " neighbours]";
    }
}
