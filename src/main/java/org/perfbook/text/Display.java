package org.perfbook.text;

import java.util.Locale;
import org.perfbook.calc.BenchmarkComparison;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Target;

/** Figures as committee members read them; rounding happens here and nowhere else. */
public final class Display {

    private Display() {
    }

    /** "93.02%", "736.2", "£569,000", "1,098,907". */
    public static String value(Indicator ind, double v) {
        String n = String.format(Locale.UK, "%,." + ind.decimals() + "f", v);
        return switch (ind.measure()) {
            case PERCENTAGE -> n + "%";
            case MONEY -> v < 0 ? "-£" + n.substring(1) : "£" + n;
            default -> n;
        };
    }

    /** A count without needless decimals: "40", "3,793", "349.6". */
    public static String count(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.UK, "%,d", (long) v);
        }
        return String.format(Locale.UK, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * A figure with the actual numbers members ask for: "93.02% (40 of 43)", "77.8 (1,920 children)"
     * is left to the unit; rates show "(1,882 of 255,637)".
     */
    public static String figure(Indicator ind, Observation o) {
        if (o == null || o.value() == null) {
            return "";
        }
        String v = value(ind, o.value());
        if (o.numerator() != null && o.denominator() != null
                && (ind.measure() == Measure.PERCENTAGE || ind.measure() == Measure.RATE || ind.measure() == Measure.RATIO)) {
            return v + " (" + count(o.numerator()) + " of " + count(o.denominator()) + ")";
        }
        return v;
    }

    /**
     * " (Dec)" after a monthly figure that stands in a quarter's column, so it says which month it is; else
     * empty.
     */
    public static String monthOf(Evaluation e) {
        if (e == null || e.observation().period().kind() != org.perfbook.model.Period.Kind.MONTH) {
            return "";
        }
        return " (" + e.observation().period().label().split(" ")[0] + ")";
    }

    /** For cumulative indicators the quarter's figure and the year so far: "440,628; year to date 1,098,907". */
    public static String evaluation(Indicator ind, Evaluation e) {
        if (e == null) {
            return "";
        }
        String s = figure(ind, e.observation());
        if (e.yearToDate() != null && e.observation().period().quartersElapsed() > 1) {
            s += "; year to date " + value(ind, e.yearToDate().total());
        }
        return s;
    }

    public static String target(Indicator ind, Target t) {
        if (t == null) {
            return "";
        }
        String s = t.isRange() ? value(ind, t.low()) + " to " + value(ind, t.high()) : value(ind, t.low());
        return t.caveat().isEmpty() ? s : s + " (" + t.caveat() + ")";
    }

    /** "Significantly higher (79.1)", "Similar (69.3)", "Lower (48.9)". */
    public static String comparison(Indicator ind, BenchmarkComparison c) {
        if (c == null) {
            return "";
        }
        String words = switch (c.significance()) {
            case HIGHER -> "higher";
            case LOWER -> "lower";
            case SIMILAR -> c.tested() ? "similar" : "same";
        };
        if (c.tested() && c.significance() != BenchmarkComparison.Significance.SIMILAR) {
            words = "significantly " + words;
        }
        String judged = switch (c.judgement()) {
            case BETTER -> ", better";
            case WORSE -> ", worse";
            default -> "";
        };
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + judged + " (" + value(ind, c.benchmark()) + ")";
    }
}
