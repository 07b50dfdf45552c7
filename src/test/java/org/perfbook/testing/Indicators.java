package org.perfbook.testing;

import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * Test indicators without the fifteen-argument constructor: start from a measure, change only what the
 * test is about, e.g. {@code Indicators.percentage("HW-01").target(95).build()}.
 */
public final class Indicators {

    private String id;
    private String name;
    private String priority = "Delivering better services";
    private String directorate = "Growth, Environment & Transport";
    private String service = "Highways";
    private Frequency frequency = Frequency.QUARTERLY;
    private final Measure measure;
    private double per;
    private String population = "";
    private Polarity polarity = Polarity.HIGH;
    private Target target;
    private Tolerance tolerance = Tolerance.DEFAULT;
    private boolean cumulative;
    private int decimals = 1;
    private String breakdown = "";
    private boolean additive = true;
    private OutturnRule outturn;

    private Indicators(String id, Measure measure, double per) {
        this.id = id;
        this.name = id + " name";
        this.measure = measure;
        this.per = per;
    }

    public static Indicators percentage(String id) {
        return new Indicators(id, Measure.PERCENTAGE, 100);
    }

    /** A rate per {@code per} of a catalogue population, e.g. per 10,000 "Aged 0-17". */
    public static Indicators rate(String id, double per, String population) {
        return new Indicators(id, Measure.RATE, per).population(population);
    }

    public static Indicators count(String id) {
        return new Indicators(id, Measure.COUNT, 1).decimals(0);
    }

    public static Indicators of(String id, Measure measure) {
        return new Indicators(id, measure, measure == Measure.PERCENTAGE ? 100 : 1);
    }

    public Indicators name(String v) { name = v; return this; }
    public Indicators priority(String v) { priority = v; return this; }
    public Indicators directorate(String v) { directorate = v; return this; }
    public Indicators service(String v) { service = v; return this; }
    public Indicators frequency(Frequency v) { frequency = v; return this; }
    public Indicators per(double v) { per = v; return this; }
    public Indicators population(String v) { population = v; return this; }
    public Indicators polarity(Polarity v) { polarity = v; return this; }
    public Indicators target(double v) { target = Target.of(v); return this; }
    public Indicators target(Target v) { target = v; return this; }
    public Indicators tolerance(Tolerance v) { tolerance = v; return this; }
    public Indicators cumulative() { cumulative = true; return this; }
    public Indicators decimals(int v) { decimals = v; return this; }
    public Indicators breakdown(String v) { breakdown = v; return this; }
    public Indicators notAdditive() { additive = false; return this; }
    public Indicators outturn(OutturnRule v) { outturn = v; return this; }

    public Indicator build() {
        return new Indicator(id, name, priority, directorate, service, frequency, measure, per, population,
                polarity, target, tolerance, cumulative, decimals, breakdown, additive, outturn);
    }
}
