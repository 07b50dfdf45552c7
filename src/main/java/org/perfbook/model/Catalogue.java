package org.perfbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** Lookups by upper-case ID, so a catalogue of thousands of indicators is not scanned per figure. */
    private final Map<String, Indicator> byId = new java.util.HashMap<>();
    private final Map<String, List<Indicator>> byService = new java.util.HashMap<>();

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

    public Catalogue(List<Indicator> indicators, List<YearTarget> targets, List<Population> populations,
            List<Benchmark> benchmarks, List<String> neighbours) {
        this.indicators = List.copyOf(indicators);
        this.targets = List.copyOf(targets);
        this.populations = List.copyOf(populations);
        this.benchmarks = List.copyOf(benchmarks);
        this.neighbours = List.copyOf(neighbours);
        for (Indicator i : this.indicators) {
            byId.putIfAbsent(i.id().toUpperCase(java.util.Locale.ROOT), i);
            byService.computeIfAbsent(i.service().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
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

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(byId.get(id.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Services in catalogue order. */
    public List<String> services() {
        Set<String> s = new LinkedHashSet<>();
        indicators.forEach(i -> s.add(i.service()));
        return new ArrayList<>(s);
    }

    /** Priorities in catalogue order. */
    public List<String> priorities() {
        Set<String> s = new LinkedHashSet<>();
        indicators.forEach(i -> s.add(i.priority()));
        return new ArrayList<>(s);
    }

    public List<Indicator> indicatorsOf(String service) {
        return List.copyOf(byService.getOrDefault(service.toLowerCase(java.util.Locale.ROOT), List.of()));
    }

    /**
     * The indicators a service returns for a period: quarterly and monthly ones every quarter,
     * annual ones with the year's fourth quarter (or a whole-year return).
     */
    public List<Indicator> indicatorsDue(String service, Period period) {
        boolean yearEnd = period.kind() == Period.Kind.YEAR || period.kind() == Period.Kind.QUARTER && period.number() == 4;
        return indicatorsOf(service).stream()
                .filter(i -> i.frequency() != org.perfbook.model.Frequency.ANNUAL || yearEnd)
                .toList();
    }

    /** The period an indicator's figure in a return for {@code returnPeriod} belongs to. */
    public static Period observationPeriod(Indicator indicator, Period returnPeriod) {
        return indicator.frequency() == org.perfbook.model.Frequency.ANNUAL ? returnPeriod.financialYear() : returnPeriod;
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
        Period year = period.financialYear();
        return targets.stream()
                .filter(t -> t.indicatorId().equalsIgnoreCase(indicator.id()) && t.year().equals(year))
                .findFirst();
    }

    /**
     * The population estimate for the financial year containing {@code period}; when that year has
     * none, the latest earlier year's (estimates are published late), never a later one.
     *
     * @param area empty for the whole authority
     */
    public Optional<Population> population(String key, Period period, String area) {
        Period year = period.financialYear();
        Population best = null;
        for (Population p : populations) {
            if (p.key().equalsIgnoreCase(key) && p.area().equalsIgnoreCase(area == null ? "" : area)
                    && p.year().compareTo(year) <= 0 && (best == null || p.year().compareTo(best.year()) > 0)) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Benchmarks for one indicator and period, by comparator in catalogue order. */
    public Map<String, Benchmark> benchmarks(String indicatorId, Period period) {
        Map<String, Benchmark> m = new LinkedHashMap<>();
        for (Benchmark b : benchmarks) {
            if (b.indicatorId().equalsIgnoreCase(indicatorId) && b.period().equals(period)) {
                m.put(b.comparator(), b);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Catalogues are equal when their five sheets are; the lookups follow from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue c && indicators.equals(c.indicators) && targets.equals(c.targets)
                && populations.equals(c.populations) && benchmarks.equals(c.benchmarks) && neighbours.equals(c.neighbours);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(indicators, targets, populations, benchmarks, neighbours);
    }

    @Override
    public String toString() {
        return "Catalogue[" + indicators.size() + " indicators, " + targets.size() + " year targets, "
                + populations.size() + " populations, " + benchmarks.size() + " benchmarks, " + neighbours.size()
                + " neighbours]";
    }
}
