package org.perfbook.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.text.DisplayNumbers;
import org.perfbook.xlsx.CellReading;

/**
 * Whether a breakdown's figures add up to the authority's: a count's figures, and the numerators and
 * denominators of a percentage or a rate. A rate's population comes from the catalogue, so only its
 * numerators are summed; an indicator the catalogue marks as not adding up is not summed at all.
 */
public final class BreakdownTotals {

    /** Which figure of the rows is summed. */
    public enum Figure {
        VALUE("figures", "figure"),
        NUMERATOR("Numerators", "Numerator"),
        DENOMINATOR("Denominators", "Denominator");

        private final String plural;
        private final String singular;

        Figure(String plural, String singular) {
            this.plural = plural;
            this.singular = singular;
        }
    }

    /**
     * One figure summed over the districts, beside the authority's.
     *
     * @param decimals the decimal places shown: the two agree within half a unit of the last
     * @param at       the authority row's cell for this figure
     */
    public record Sum(Figure figure, int districts, double ofDistricts, double total, int decimals, Source at) {

        public double allowed() {
            return 0.5 * Math.pow(10, -decimals) + 1e-9 * Math.max(1, Math.abs(total));
        }

        /** The authority's figure less the districts' sum. */
        public double difference() {
            return total - ofDistricts;
        }

        public boolean agrees() {
            return Math.abs(difference()) <= allowed();
        }
    }

    private BreakdownTotals() {
    }

    /**
     * The sums of the figures that can be summed, for a total row and every one of its district
     * observations; empty when the indicator's breakdown does not add up or its measure is not summed.
     *
     * @param file the return's name, as findings give it
     */
    public static List<Sum> sums(Indicator ind, Observation total, ReturnRow totalRow, List<Observation> districts,
            String file) {
        List<Sum> sums = new ArrayList<>();
        if (!ind.additive() || districts.isEmpty()) {
            return sums;
        }
        if (ind.measure() == Measure.COUNT) {
            sum(sums, Figure.VALUE, total, districts, Observation::value, ind.decimals(), at(totalRow.value(), file));
        } else if (ind.measure() == Measure.PERCENTAGE || ind.measure() == Measure.RATE) {
            sum(sums, Figure.NUMERATOR, total, districts, Observation::numerator, -1, at(totalRow.numerator(), file));
            if (!ind.usesPopulation()) {
                sum(sums, Figure.DENOMINATOR, total, districts, Observation::denominator, -1,
                        at(totalRow.denominator(), file));
            }
        }
        return sums;
    }

    /** A breakdown-total error for each figure whose districts do not add up to the authority's. */
    public static List<Finding> check(Indicator ind, Period period, List<Sum> sums) {
        List<Finding> out = new ArrayList<>();
        for (Sum s : sums) {
            if (!s.agrees()) {
                out.add(Finding.error(s.at(), FindingCode.BREAKDOWN_TOTAL, message(ind, period, s)));
            }
        }
        return out;
    }

    static String message(Indicator ind, Period period, Sum s) {
        int decimals = s.decimals();
        String kind = ind.breakdown().toLowerCase(Locale.ROOT);
        String whole = s.figure() == Figure.VALUE ? "whole-authority figure" : "whole-authority " + s.figure().singular;
        return "The " + s.districts() + " " + kind + " " + s.figure().plural + " for " + ind.id()
                + (ind.name().isEmpty() ? "" : " (" + ind.name() + ")") + " add up to "
                + DisplayNumbers.plain(s.ofDistricts(), decimals) + ", but the " + whole + " is "
                + DisplayNumbers.plain(s.total(), decimals) + ": " + DisplayNumbers.plain(Math.abs(s.difference()),
                        decimals) + (s.difference() > 0 ? " more" : " less") + " than the " + kind + "s together. The "
                + whole + " must be the total of the " + kind + "s: correct whichever is wrong. None of " + ind.id()
                + "'s figures for " + period.label() + " are used until they agree.";
    }

    private static void sum(List<Sum> sums, Figure figure, Observation total, List<Observation> districts,
            Function<Observation, Double> of, int decimals, Source at) {
        // decimals below zero: take the places the figures were typed with
        Double t = of.apply(total);
        if (t == null || at == null) {
            return;
        }
        double sum = 0;
        // a value is shown to the indicator's decimals; counts to the places they were typed with
        int shown = decimals >= 0 ? decimals : decimals(t);
        for (Observation o : districts) {
            Double v = of.apply(o);
            if (v == null) {
                return; // a district without this figure: nothing to add up
            }
            sum += v;
            shown = decimals >= 0 ? decimals : Math.max(shown, decimals(v));
        }
        sums.add(new Sum(figure, districts.size(), sum, t, shown, at));
    }

    /** Decimal places a typed figure shows (1,234.50 shows 1), at most 6. */
    private static int decimals(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        return Math.min(6, Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale()));
    }

    private static Source at(CellReading c, String file) {
        return c == null ? null : new Source(file, c.source().sheet(), c.source().cell());
    }
}
