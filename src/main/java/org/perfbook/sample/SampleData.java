package org.perfbook.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Numbers;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * The demonstration data set: indicators, targets, populations and benchmarks from the council's
 * committee papers, and the figures its services returned, as tidy CSV resources.
 */
public record SampleData(Catalogue catalogue, List<Figure> figures, List<Action> actions) {

    /** A data set whose returns list no actions. */
    public SampleData(Catalogue catalogue, List<Figure> figures) {
        this(catalogue, figures, List.of());
    }

    /**
     * An action a service lists on its return's Actions sheet for the period's recovery plans.
     *
     * @param lead           empty where the service left it out, as one of the sample's mistakes
     * @param completionDate ISO, e.g. 2022-03-31
     */
    public record Action(String indicatorId, Period period, String action, String lead, String completionDate) {
    }

    /**
     * One figure as a service would type it; text so that a mistake ("1,099,525" typed as text) can be kept.
     *
     * @param breakdown empty for the whole authority
     */
    public record Figure(String indicatorId, Period period, String breakdown, String numerator, String denominator,
            String value, String commentary) {

        public Figure with(String field, String typed) {
            return switch (field.toLowerCase(Locale.ROOT)) {
                case "numerator" -> new Figure(indicatorId, period, breakdown, typed, denominator, value, commentary);
                case "denominator" -> new Figure(indicatorId, period, breakdown, numerator, typed, value, commentary);
                case "value" -> new Figure(indicatorId, period, breakdown, numerator, denominator, typed, commentary);
                case "commentary" -> new Figure(indicatorId, period, breakdown, numerator, denominator, value, typed);
                default -> throw new IllegalArgumentException("unknown field " + field);
            };
        }
    }

    private static final String BASE = "/org/perfbook/sample/";

    /** Loads the shipped data set, with its deliberate mistakes applied. */
    public static SampleData load() {
        List<Indicator> indicators = new ArrayList<>();
        for (CSVRecord r : csv("indicators.csv")) {
            Measure measure = Measure.parse(r.get("Measure"));
            double per = number(r.get("Per")).orElse(measure == Measure.PERCENTAGE ? 100 : 1);
            indicators.add(new Indicator(r.get("ID"), r.get("Indicator"), r.get("Priority"), r.get("Directorate"),
                    r.get("Service"), Frequency.parse(r.get("Frequency")), measure, per, r.get("Population"),
                    Polarity.parse(r.get("Good is")), Target.parse(r.get("Target")), Tolerance.parse(r.get("Tolerance")),
                    r.get("Cumulative").equalsIgnoreCase("Yes"), (int) number(r.get("Decimals")).orElse(1),
                    r.get("Breakdown"), true, r.get("Outturn").isBlank() ? null : OutturnRule.parse(r.get("Outturn")),
                    r.isSet("Schedule") ? r.get("Schedule") : ""));
        }
        List<Catalogue.YearTarget> targets = new ArrayList<>();
        for (CSVRecord r : csv("targets.csv")) {
            targets.add(new Catalogue.YearTarget(r.get("ID"), Period.parse(r.get("Year")), Target.parse(r.get("Target")),
                    r.get("Tolerance").isBlank() ? null : Tolerance.parse(r.get("Tolerance"))));
        }
        List<Catalogue.Population> populations = new ArrayList<>();
        for (CSVRecord r : csv("populations.csv")) {
            populations.add(new Catalogue.Population(r.get("Population"), Period.parse(r.get("Year")), r.get("Area"),
                    number(r.get("Value")).orElseThrow()));
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        // the second file: every English upper-tier authority's figure for a few indicators, for quartiles and ranks
        for (CSVRecord r : concat(csv("benchmarks.csv"), csv("authority-benchmarks.csv"))) {
            benchmarks.add(new Benchmark(r.get("ID"), Period.parse(r.get("Period")), r.get("Comparator"),
                    number(r.get("Value")).orElseThrow(), boxed(number(r.get("Numerator"))),
                    boxed(number(r.get("Denominator")))));
        }
        List<String> neighbours = csv("neighbours.csv").stream().map(r -> r.get("Authority")).toList();
        List<Figure> figures = new ArrayList<>();
        for (CSVRecord r : csv("observations.csv")) {
            figures.add(new Figure(r.get("ID"), Period.parse(r.get("Period")), r.get("Breakdown"), r.get("Numerator"),
                    r.get("Denominator"), r.get("Value"), r.get("Commentary")));
        }
        for (CSVRecord m : csv("mistakes.csv")) {
            Period p = Period.parse(m.get("Period"));
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                if (f.indicatorId().equals(m.get("ID")) && f.period().equals(p) && f.breakdown().equals(m.get("Breakdown"))) {
                    figures.set(i, f.with(m.get("Field"), m.get("Typed")));
                }
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (CSVRecord r : csv("settings.csv")) {
            settings.put(r.get("Setting"), r.get("Value"));
        }
        List<Action> actions = new ArrayList<>();
        for (CSVRecord r : csv("actions.csv")) {
            actions.add(new Action(r.get("ID"), Period.parse(r.get("Period")), r.get("Action"), r.get("Lead"),
                    r.get("Completion date")));
        }
        return new SampleData(new Catalogue(indicators, targets, populations, benchmarks, neighbours,
                Settings.of(settings).orElseThrow(() -> new IllegalStateException("settings.csv names an unknown setting"))),
                List.copyOf(figures), List.copyOf(actions));
    }

    private static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
        List<CSVRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<CSVRecord> csv(String name) {
        try (InputStream in = SampleData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the sample resource " + name + " is missing from the build");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OptionalDouble number(String text) {
        return Numbers.parsePlain(text);
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
