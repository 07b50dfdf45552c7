package org.perfbook.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * A large synthetic data set for benchmarks: one service per return, each with a percentage (with
 * an England benchmark) and a population-based rate, two years of quarterly figures (the first in
 * history). Seeded, so runs compare.
 */
public final class SyntheticSample {

    /** Quarters of returns written; the year before them goes to the history workbook. */
    public static final int QUARTERS = 4;
    static final Period LAST = Period.quarter(2021, 3);
    private static final String[] PRIORITIES = {"Delivering better services", "Protecting our environment",
        "Supporting economic growth", "Caring for the vulnerable"};

    private SyntheticSample() {
    }

    /** The first quarter written as returns; earlier figures go to history. */
    public static Period firstReturned() {
        Period p = LAST;
        for (int i = 1; i < QUARTERS; i++) {
            p = p.previous();
        }
        return p;
    }

    public static SampleData generate(int services) {
        Random random = new Random(services * 31L + 7);
        List<Indicator> indicators = new ArrayList<>();
        List<SampleData.Figure> figures = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        List<Catalogue.Population> populations = new ArrayList<>();
        for (int y = 2019; y <= 2021; y++) {
            populations.add(new Catalogue.Population("Aged 65+", Period.year(y), "", 250_000 + 2_000 * (y - 2019)));
        }
        Period first = LAST;
        for (int i = 1; i < QUARTERS * 2; i++) {
            first = first.previous();
        }
        for (int s = 1; s <= services; s++) {
            String service = String.format(Locale.ROOT, "Service %04d", s);
            String priority = PRIORITIES[s % PRIORITIES.length];
            String prefix = String.format(Locale.ROOT, "S%04d-", s);
            List<Indicator> own = List.of(
                    indicator(prefix + "01", "Cases completed within timescale", priority, service, Measure.PERCENTAGE, 100, "",
                            Polarity.HIGH, Target.of(90), 1),
                    indicator(prefix + "02", "Admissions per 100,000 aged 65+", priority, service, Measure.RATE, 100000,
                            "Aged 65+", Polarity.LOW, Target.range(600, 680), 1));
            indicators.addAll(own);
            double base = 80 + random.nextDouble() * 15;
            for (Period p = first; p.compareTo(LAST) <= 0; p = p.next()) {
                int d = 200 + random.nextInt(800);
                int n = (int) Math.round(d * Math.min(1, (base + random.nextGaussian() * 3) / 100));
                figures.add(new SampleData.Figure(own.get(0).id(), p, "", Integer.toString(n), Integer.toString(d), "",
                        random.nextInt(4) == 0 ? "Performance reflects staffing levels this quarter." : ""));
                figures.add(new SampleData.Figure(own.get(1).id(), p, "", Integer.toString(1400 + random.nextInt(400)),
                        "", "", ""));
                benchmarks.add(new Benchmark(own.get(0).id(), p, Benchmark.ENGLAND, 85 + random.nextDouble() * 5, null, null));
            }
        }
        return new SampleData(new Catalogue(indicators, List.of(), populations, benchmarks, List.of()), figures);
    }

    private static Indicator indicator(String id, String name, String priority, String service, Measure measure,
            double per, String population, Polarity polarity, Target target, int decimals) {
        return new Indicator(id, name, priority, "Synthetic directorate", service, Frequency.QUARTERLY, measure, per,
                population, polarity, target, Tolerance.DEFAULT, false, decimals, "");
    }
}
