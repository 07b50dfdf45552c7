package org.perfbook.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Period;

/** An authority's rank period by period: among every authority, and among its statistical neighbours. */
public final class RankHistory {

    private RankHistory() {
    }

    /** The rank at one period. */
    public record At(Period period, Rank rank) {
    }

    /**
     * Ranks among the statistical neighbours (1 = best by polarity, ties shared), each period a column.
     *
     * @param ranks by authority, this one first then the neighbours in catalogue order; one entry per
     *              period, null where that authority has no figure for it
     */
    public record AmongNeighbours(List<Period> periods, Map<String, List<Integer>> ranks) {

        public AmongNeighbours {
            periods = List.copyOf(periods);
            Map<String, List<Integer>> copy = new LinkedHashMap<>();
            ranks.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
            ranks = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Rank and quartile among every authority for each period that has this authority's figure and the
     * full set of authorities (as many as the indicator's best-covered period), oldest first.
     */
    public static List<At> overTime(Assessment a) {
        Map<Period, List<Double>> byPeriod = authorities(a);
        int full = byPeriod.values().stream().mapToInt(List::size).max().orElse(0);
        List<At> result = new ArrayList<>();
        if (full < 1) {
            return result;
        }
        byPeriod.forEach((p, others) -> {
            Double local = local(a, p);
            if (local != null && others.size() == full) {
                Rank.of(local, others, a.indicator().polarity()).ifPresent(r -> result.add(new At(p, r)));
            }
        });
        return result;
    }

    /** The rank at {@code p} from {@link #overTime}, or null. */
    public static Rank at(Assessment a, Period p) {
        return overTime(a).stream().filter(x -> x.period().equals(p)).map(At::rank).findFirst().orElse(null);
    }

    /** Ranks among the neighbours go back this many years before the period reported. */
    static final int NEIGHBOUR_YEARS = 3;

    /**
     * Ranks among this authority and its neighbours at each period, in the {@link #NEIGHBOUR_YEARS} years
     * up to the period reported, where this authority and at least two neighbours have figures; empty
     * when the indicator has no better direction.
     */
    public static AmongNeighbours amongNeighbours(Assessment a, List<String> neighbours, String authority) {
        Map<Period, Map<String, Double>> byPeriod = new TreeMap<>();
        for (Benchmark b : a.benchmarkSeries()) {
            // a figure from years before would sit beside this year's as if they were a period apart
            boolean recent = b.period().end().isAfter(a.period().end().minusYears(NEIGHBOUR_YEARS));
            if (recent && neighbours.contains(b.comparator()) && !Double.isNaN(b.value())) {
                byPeriod.computeIfAbsent(b.period(), k -> new LinkedHashMap<>()).put(b.comparator(), b.value());
            }
        }
        List<Period> periods = new ArrayList<>();
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        ranks.put(authority, new ArrayList<>());
        neighbours.forEach(n -> ranks.put(n, new ArrayList<>()));
        byPeriod.forEach((p, values) -> {
            Double local = local(a, p);
            if (local == null || values.size() < 2) {
                return;
            }
            Map<String, Double> all = new LinkedHashMap<>();
            all.put(authority, local);
            all.putAll(values);
            Map<String, Integer> at = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : all.entrySet()) {
                List<Double> others = new ArrayList<>();
                all.forEach((k, v) -> {
                    if (!k.equals(e.getKey())) {
                        others.add(v);
                    }
                });
                Rank.of(e.getValue(), others, a.indicator().polarity()).ifPresent(r -> at.put(e.getKey(), r.rank()));
            }
            if (at.isEmpty()) {
                return;
            }
            periods.add(p);
            ranks.forEach((k, list) -> list.add(at.get(k)));
        });
        return new AmongNeighbours(periods, ranks);
    }

    /** The authorities' figures by period, oldest first (England, region and neighbours' mean left out). */
    private static Map<Period, List<Double>> authorities(Assessment a) {
        Map<Period, List<Double>> m = new TreeMap<>();
        for (Benchmark b : a.benchmarkSeries()) {
            if (!b.isAggregate() && !Double.isNaN(b.value()) && !b.period().end().isAfter(a.period().end())) {
                m.computeIfAbsent(b.period(), k -> new ArrayList<>()).add(b.value());
            }
        }
        return m;
    }

    /** This authority's whole-authority figure for {@code p}, as rated, or null. */
    private static Double local(Assessment a, Period p) {
        for (Evaluation e : a.series()) {
            if (e.observation().isTotal() && e.observation().period().equals(p)) {
                return e.rated();
            }
        }
        return null;
    }
}
