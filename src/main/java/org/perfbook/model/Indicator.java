package org.perfbook.model;

import java.util.Objects;

/**
 * One key performance indicator as the BI team's catalogue defines it.
 *
 * @param id          stable ID such as {@code ASC-04}
 * @param name        the name printed in committee tables
 * @param priority    the theme the report groups it under
 * @param directorate owning directorate
 * @param service     the service that fills in its return
 * @param frequency   how often it is reported
 * @param measure     what kind of figure it is
 * @param per         rate multiplier (1,000 / 10,000 / 100,000); 100 for percentages; 1 otherwise
 * @param population  key into the catalogue's populations, or empty when the service supplies the denominator
 * @param polarity    the "Good is" column
 * @param target      default target, or null when there is none
 * @param tolerance   the amber band
 * @param cumulative  whether the year's periods add up (a Q3 figure is April to December)
 * @param decimals    decimal places shown
 * @param breakdown   e.g. "District", or empty
 * @param additive    whether the breakdown's figures (counts, numerators, denominators) add up to the
 *                    authority's; false where they do not, e.g. districts that overlap
 * @param outturn     how the year's outturn is made, or null to derive it ({@link OutturnRule#derived})
 * @param schedule    for a {@link Measure#REPORT} indicator, when its report comes instead of a figure, e.g.
 *                    "Annual Report – schedule to be confirmed"; empty otherwise
 */
public record Indicator(
        String id,
        String name,
        String priority,
        String directorate,
        String service,
        Frequency frequency,
        Measure measure,
        double per,
        String population,
        Polarity polarity,
        Target target,
        Tolerance tolerance,
        boolean cumulative,
        int decimals,
        String breakdown,
        boolean additive,
        OutturnRule outturn,
        String schedule) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(polarity, "polarity");
        name = name == null ? "" : name;
        priority = priority == null ? "" : priority;
        directorate = directorate == null ? "" : directorate;
        service = service == null ? "" : service;
        population = population == null ? "" : population;
        breakdown = breakdown == null ? "" : breakdown;
        tolerance = tolerance == null ? Tolerance.DEFAULT : tolerance;
        schedule = schedule == null ? "" : schedule.strip();
        if (measure == Measure.PERCENTAGE && per == 0) {
            per = 100;
        }
        if (per <= 0) {
            per = 1;
        }
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, not " + decimals);
        }
    }

    /** Every column but the schedule: an indicator with a figure. */
    public Indicator(String id, String name, String priority, String directorate, String service,
            Frequency frequency, Measure measure, double per, String population, Polarity polarity, Target target,
            Tolerance tolerance, boolean cumulative, int decimals, String breakdown, boolean additive,
            OutturnRule outturn) {
        this(id, name, priority, directorate, service, frequency, measure, per, population, polarity, target,
                tolerance, cumulative, decimals, breakdown, additive, outturn, "");
    }

    /** The catalogue's fifteen columns: a breakdown that adds up, the outturn rule derived. */
    public Indicator(String id, String name, String priority, String directorate, String service,
            Frequency frequency, Measure measure, double per, String population, Polarity polarity, Target target,
            Tolerance tolerance, boolean cumulative, int decimals, String breakdown) {
        this(id, name, priority, directorate, service, frequency, measure, per, population, polarity, target,
                tolerance, cumulative, decimals, breakdown, true, null);
    }

    /** With the breakdown's additivity given, the outturn rule derived. */
    public Indicator(String id, String name, String priority, String directorate, String service,
            Frequency frequency, Measure measure, double per, String population, Polarity polarity, Target target,
            Tolerance tolerance, boolean cumulative, int decimals, String breakdown, boolean additive) {
        this(id, name, priority, directorate, service, frequency, measure, per, population, polarity, target,
                tolerance, cumulative, decimals, breakdown, additive, null);
    }

    /** With the outturn rule given, a breakdown that adds up. */
    public Indicator(String id, String name, String priority, String directorate, String service,
            Frequency frequency, Measure measure, double per, String population, Polarity polarity, Target target,
            Tolerance tolerance, boolean cumulative, int decimals, String breakdown, OutturnRule outturn) {
        this(id, name, priority, directorate, service, frequency, measure, per, population, polarity, target,
                tolerance, cumulative, decimals, breakdown, true, outturn);
    }

    /** The catalogue's rule, else the one its measure and cumulative flag imply. */
    public OutturnRule outturnRule() {
        return outturn != null ? outturn : OutturnRule.derived(this);
    }

    public Indicator withOutturn(OutturnRule rule) {
        return new Indicator(id, name, priority, directorate, service, frequency, measure, per, population, polarity,
                target, tolerance, cumulative, decimals, breakdown, additive, rule, schedule);
    }

    public Indicator withSchedule(String text) {
        return new Indicator(id, name, priority, directorate, service, frequency, measure, per, population, polarity,
                target, tolerance, cumulative, decimals, breakdown, additive, outturn, text);
    }

    /** A report-only indicator: a schedule text instead of a figure, never asked for a value. */
    public boolean reportOnly() {
        return measure == Measure.REPORT;
    }

    public boolean usesPopulation() {
        return !population.isEmpty();
    }

    public boolean hasBreakdown() {
        return !breakdown.isEmpty();
    }

    /** The unit wording for axis labels and tables, e.g. "per 10,000 aged 0-17" or "%". */
    public String unit() {
        return switch (measure) {
            case PERCENTAGE -> "%";
            case RATE -> "per " + String.format(java.util.Locale.UK, "%,d", (long) per)
                    + (population.isEmpty() ? "" : " " + population.toLowerCase(java.util.Locale.ROOT));
            case MONEY -> "£";
            default -> "";
        };
    }
}
