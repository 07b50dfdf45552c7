package org.perfbook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.BenchmarkComparison;
import org.perfbook.calc.Change;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Rank;
import org.perfbook.calc.RankHistory;
import org.perfbook.calc.Spc;
import org.perfbook.calc.Trend;
import org.perfbook.calc.YearToDate;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Status;
import org.perfbook.model.Target;

/**
 * One plain-English sentence per indicator, from its figures alone: "Emergency defects repaired within 4
 * hours: 93.02% (40 of 43) in Q3 2021/22, up 4.31 percentage points on Q2 and below the 95% target;
 * Lancashire is similar to England (92.10%)." The indicator's name leads rather than a verb phrase made
 * from it, because names are written for tables and do not bend into grammar reliably.
 *
 * <p>It goes beside the service's commentary and never replaces it.
 */
public final class Sentences {

    /** Average measures counted in days, e.g. sickness absence: their changes are said in days. */
    private static final Pattern DAYS = Pattern.compile("\\bdays?\\b", Pattern.CASE_INSENSITIVE);

    private Sentences() {
    }

    /** The whole sentence, the indicator's name first. */
    public static String of(Assessment a, Settings settings) {
        String name = a.indicator().name().strip().replaceAll("[.:;]+$", "");
        return (name.isEmpty() ? a.indicator().id() : name) + ": " + about(a, settings, false);
    }

    /**
     * The sentence without the name, capitalised, for where the name is already printed as a label
     * (the report's commentary paragraphs): "93.02% (40 of 43) in Q3 2021/22, up …".
     */
    public static String withoutName(Assessment a, Settings settings) {
        return about(a, settings, true);
    }

    private static String about(Assessment a, Settings settings, boolean capital) {
        String s = body(a, settings);
        return capital && !s.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String body(Assessment a, Settings settings) {
        Indicator ind = a.indicator();
        String when = when(a.period());
        if (ind.measure() == Measure.REPORT) {
            return (ind.schedule().isEmpty() ? "reported separately, not as a figure" : ind.schedule())
                    + (ind.schedule().endsWith(".") ? "" : ".");
        }
        Evaluation e = a.current();
        if (e == null || e.observation().value() == null) {
            if (a.status() == Status.NOT_REPORTED) {
                return "not reported " + when + "; the service's return was not received.";
            }
            if (a.withheldAt(a.period()) != null) {
                return "no figure " + when + "; the figure returned had an error and was not used.";
            }
            Observation na = a.notAvailableAt(a.period());
            if (na != null) {
                return notAvailable(when, na.commentary());
            }
            return "no figure " + when + ".";
        }
        StringBuilder b = new StringBuilder(figure(ind, e)).append(' ').append(when);
        List<String> clauses = new ArrayList<>();
        String change = change(a);
        if (!change.isEmpty()) {
            clauses.add(change);
        }
        String target = target(a);
        if (!target.isEmpty()) {
            clauses.add(target);
        }
        if (!clauses.isEmpty()) {
            b.append(", ").append(joinWords(clauses));
        }
        String england = england(a, settings);
        if (!england.isEmpty()) {
            b.append("; ").append(england);
        }
        String rank = rank(a);
        if (!rank.isEmpty()) {
            b.append("; ").append(rank);
        }
        Trend trend = a.trend();
        if (trend.calculated()) {
            b.append("; recent trend: ").append(trend.label().toLowerCase(Locale.UK));
        }
        String spc = spc(a);
        if (!spc.isEmpty()) {
            b.append("; ").append(spc);
        }
        return b.append('.').toString();
    }

    /**
     * "ranked 76th of 150 authorities in Q2 2021/22 (1st is best; third quartile)": the latest period up to this one
     * for which the catalogue gives every authority's figure; the period is left out when it is this one.
     * Empty where there is no such period or no better direction.
     */
    static String rank(Assessment a) {
        List<RankHistory.At> all = RankHistory.overTime(a);
        if (all.isEmpty()) {
            return "";
        }
        RankHistory.At last = all.get(all.size() - 1);
        Rank r = last.rank();
        String period = last.period().equals(a.period()) ? "" : " " + when(last.period());
        return r.rank() == 1 ? "ranked best of " + Display.count(r.of()) + " authorities" + period + " ("
                + r.quartileWords() + ")"
                : "ranked " + ordinal(r.rank()) + " of " + Display.count(r.of()) + " authorities" + period
                        + " (1st is best; " + r.quartileWords() + ")";
    }

    /** "1st", "2nd", "3rd", "11th", "22nd", "76th". */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * Making Data Count's icons in words where the series makes an XmR chart: "SPC over 48 months: special
     * cause concerning variation", with a target "…, consistently hitting the target". Empty without a chart.
     */
    static String spc(Assessment a) {
        Spc spc = a.spc();
        if (spc == null) {
            return "";
        }
        String s = "SPC over " + spc.points().size() + " " + kinds(a.period()) + ": "
                + spc.variation().label().toLowerCase(Locale.UK);
        return switch (spc.assurance()) {
            case HITS -> s + ", consistently hitting the target";
            case FAILS -> s + ", consistently failing the target";
            case INCONSISTENT -> s + ", inconsistently passing and failing the target";
            case NONE -> s;
        };
    }

    private static String kinds(Period p) {
        return switch (p.kind()) {
            case MONTH -> "months";
            case QUARTER -> "quarters";
            case YEAR -> "years";
        };
    }

    /**
     * "not available in Q3 2021/22; the service's reason: Data not yet published by DfE." The reason is the
     * commentary word for word, only closed with a full stop; without one, the sentence says so.
     */
    private static String notAvailable(String when, String reason) {
        String r = reason.strip().replaceAll("\\s+", " ");
        if (r.isEmpty()) {
            return "not available " + when + "; the service gave no reason.";
        }
        return "not available " + when + "; the service's reason: " + r + (r.matches(".*[.!?]$") ? "" : ".");
    }

    /** "in Q3 2021/22", "in 2020/21", "in March 2022". */
    static String when(Period p) {
        return "in " + periodName(p);
    }

    private static String periodName(Period p) {
        return p.kind() == Period.Kind.QUARTER ? "Q" + p.number() + " " + p.financialYear().label() : p.label();
    }

    /** The previous period as a reader says it: "Q2" within the same year, else "Q4 2020/21". */
    static String previousName(Period p) {
        Period prev = p.previous();
        if (p.kind() == Period.Kind.QUARTER && prev.financialYear().equals(p.financialYear())) {
            return "Q" + prev.number();
        }
        return periodName(prev);
    }

    /**
     * "93.02% (40 of 43)", "736.2 per 100,000 aged 18-64 (1,882 of 255,637)", "£569,000"; a cumulative
     * indicator adds its year so far: "440,628 (1,098,907 in the year to date)".
     */
    static String figure(Indicator ind, Evaluation e) {
        Observation o = e.observation();
        StringBuilder s = new StringBuilder(Display.value(ind, o.value()));
        if (ind.measure() == Measure.RATE) {
            s.append(' ').append(ind.unit());
        } else if (isDays(ind)) {
            s.append(" days");
        }
        if (o.numerator() != null && o.denominator() != null && (ind.measure() == Measure.PERCENTAGE
                || ind.measure() == Measure.RATE || ind.measure() == Measure.RATIO)) {
            s.append(" (").append(Display.count(o.numerator())).append(" of ").append(Display.count(o.denominator()))
                    .append(')');
        }
        if (e.yearToDate() != null && o.period().quartersElapsed() > 1) {
            s.append(" (").append(Display.value(ind, e.yearToDate().total())).append(" in the year to date)");
        }
        return s.toString();
    }

    private static boolean isDays(Indicator ind) {
        return ind.measure() == Measure.AVERAGE && DAYS.matcher(ind.name()).find();
    }

    /** "up 4.31 percentage points on Q2", "down £75,000 on Q2", "unchanged on Q2", or why there is no change. */
    static String change(Assessment a) {
        Indicator ind = a.indicator();
        String on = " on " + previousName(a.period());
        Change c = a.sincePrevious();
        if (c == null) {
            return "with no figure for " + previousName(a.period()) + " to compare";
        }
        String amount = amount(ind, Math.abs(c.absolute()), true);
        if (amount.equals(amount(ind, 0, true))) {
            return "unchanged" + on;
        }
        return (c.absolute() > 0 ? "up " : "down ") + amount + on;
    }

    /** A difference in the figure's units: "4.31 percentage points", "£75,000", "0.42 days", "12". */
    private static String amount(Indicator ind, double size, boolean change) {
        String n = String.format(Locale.UK, "%,." + ind.decimals() + "f", size);
        return switch (ind.measure()) {
            case PERCENTAGE -> change ? n + " percentage points" : n + "%";
            case MONEY -> "£" + n;
            default -> isDays(ind) ? n + " days" : n;
        };
    }

    /**
     * "below the 95% target", "within the 600 to 680 target range", "meeting the 1,000 target"; for a
     * cumulative indicator during the year, its year to date against the pro-rata target; a target that does
     * not rate says so: "against a target of 9.83 days (pending review)". Empty without a target.
     */
    static String target(Assessment a) {
        Indicator ind = a.indicator();
        Evaluation e = a.current();
        Target t = e.target();
        if (t == null) {
            return "";
        }
        if (!t.rates()) {
            return "against a target of " + targetWords(ind, t) + " (" + t.caveat() + ")";
        }
        YearToDate ytd = e.yearToDate();
        if (ytd != null && ytd.proRataTarget() != null && ytd.fractionElapsed() < 1) {
            return "the year to date is " + place(ind, ytd.total(), ytd.proRataTarget()) + " pro-rata target of "
                    + targetWords(ind, ytd.proRataTarget()) + " (" + targetWords(ind, t) + " for the year)";
        }
        double rated = e.rated() != null ? e.rated() : e.observation().value();
        return place(ind, rated, t) + " " + (t.isRange() ? targetWords(ind, t) + " target range"
                : targetWords(ind, t) + " target");
    }

    /** "above the", "below the", "meeting the", "within the", judged on the figures as displayed. */
    private static String place(Indicator ind, double v, Target t) {
        double shown = round(ind, v);
        double low = round(ind, t.low());
        double high = round(ind, t.high());
        if (t.isRange()) {
            return shown < low ? "below the" : shown > high ? "above the" : "within the";
        }
        return shown < low ? "below the" : shown > low ? "above the" : "meeting the";
    }

    private static double round(Indicator ind, double v) {
        return new java.math.BigDecimal(v).setScale(ind.decimals(), java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A target without needless decimals: "95%", "1,400,000", "600 to 680", "9.83 days". */
    private static String targetWords(Indicator ind, Target t) {
        String low = trim(amount(ind, t.low(), false));
        return t.isRange() ? low + " to " + trim(amount(ind, t.high(), false)) : low;
    }

    /** "95.00%" → "95%", "1,050,000.0" → "1,050,000"; other decimals are kept. */
    private static String trim(String s) {
        return s.replaceFirst("\\.0+(?=\\D*$)", "");
    }

    /**
     * "Lancashire is similar to England (92.10%)"; "significantly" only where the local interval was tested.
     * Empty without an England benchmark.
     */
    static String england(Assessment a, Settings settings) {
        BenchmarkComparison c = a.comparisons().stream().filter(x -> x.comparator().equals(Benchmark.ENGLAND))
                .findFirst().orElse(null);
        if (c == null) {
            return "";
        }
        String words = switch (c.significance()) {
            case HIGHER -> "higher than";
            case LOWER -> "lower than";
            case SIMILAR -> c.tested() ? "similar to" : "the same as";
        };
        if (c.tested() && c.significance() != BenchmarkComparison.Significance.SIMILAR) {
            words = "significantly " + words;
        }
        Benchmark b = a.benchmarks().get(Benchmark.ENGLAND);
        String period = b != null && !b.period().equals(a.period()) ? ", " + periodName(b.period()) : "";
        return settings.authorityInText() + " is " + words + " England (" + Display.value(a.indicator(), c.benchmark())
                + period + ")";
    }

    private static String joinWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
