package org.perfbook.charts;

import java.util.ArrayList;
import java.util.List;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/** Small in-memory inputs from the seeds for every chart kind. */
final class ChartFixtures {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String[] DISTRICTS = {"Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle", "Preston",
        "Ribble Valley", "Rossendale", "South Ribble", "West Lancashire", "Wyre"};

    static final Indicator REABLEMENT = new Indicator("ASC-02",
            "Older people still at home 91 days after discharge into reablement", "Caring for the vulnerable", "ASHW",
            "Adult Social Care", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "", Polarity.HIGH, Target.of(87.4),
            Tolerance.DEFAULT, false, 1, "");
    static final Indicator ADMISSIONS = new Indicator("ASC-06",
            "Permanent admissions to care homes, aged 65+", "Caring for the vulnerable", "ASHW", "Adult Social Care",
            Frequency.QUARTERLY, Measure.RATE, 100000, "Aged 65+", Polarity.LOW, Target.range(600, 680),
            Tolerance.DEFAULT, false, 1, "");
    static final Indicator CLA = new Indicator("CSC-01", "Children looked after", "Caring for the vulnerable", "ECS",
            "Children's Social Care", Frequency.QUARTERLY, Measure.RATE, 10000, "Aged 0-17", Polarity.LOW, null,
            Tolerance.DEFAULT, false, 1, "District");
    static final Indicator COMPLAINTS = new Indicator("CX-01", "Statutory complaints received", "Delivering better services",
            "CE", "Customer Services", Frequency.QUARTERLY, Measure.COUNT, 1, "", Polarity.NONE, null, Tolerance.DEFAULT,
            false, 0, "");

    static Catalogue catalogue() {
        List<Catalogue.Population> pops = new ArrayList<>();
        pops.add(new Catalogue.Population("Aged 65+", Period.year(2021), "", 255637));
        pops.add(new Catalogue.Population("Aged 0-17", Period.year(2021), "", 246700));
        for (int i = 0; i < DISTRICTS.length; i++) {
            pops.add(new Catalogue.Population("Aged 0-17", Period.year(2021), DISTRICTS[i], 20000 + i * 500));
        }
        List<Benchmark> b = List.of(
                new Benchmark("ASC-02", Q3, "England", 79.1, null, null),
                new Benchmark("ASC-02", Q3, "North West", 79.9, null, null),
                new Benchmark("ASC-02", Q3.previous(), "England", 80.5, null, null),
                new Benchmark("ASC-02", Q3, "Cumbria", 83.0, 415.0, 500.0),
                new Benchmark("ASC-02", Q3, "Kent", 76.2, 381.0, 500.0),
                new Benchmark("ASC-02", Q3, "Durham", 88.0, 440.0, 500.0));
        return new Catalogue(List.of(REABLEMENT, ADMISSIONS, CLA, COMPLAINTS), List.of(), pops, b,
                List.of("Cumbria", "Kent", "Durham"));
    }

    static List<Observation> observations() {
        List<Observation> o = new ArrayList<>();
        double[] reablement = {84.3, 83.0, 82.1, 81.6, 80.4, 81.0, 81.2, 81.6, 86.7, 85.25, 87.4};
        double[] admissions = {1720, 1700, 1690, 1718, 1300, 1150, 1200, 1232, 1507, 1693, 1882};
        double[] complaints = {120, 130, 140, 146, 100, 95, 110, 115, 125, 118, 131};
        Period p = Period.quarter(2019, 1);
        for (int i = 0; i < reablement.length; i++, p = p.next()) {
            o.add(new Observation("ASC-02", p, "", reablement[i], reablement[i] * 4, 400.0, "", Source.of("x")));
            o.add(new Observation("ASC-06", p, "", admissions[i] / 255637 * 100000, admissions[i], 255637.0, "", Source.of("x")));
            o.add(new Observation("CX-01", p, "", complaints[i], null, null, "", Source.of("x")));
        }
        o.add(new Observation("CSC-01", Q3, "", 1920.0 / 246700 * 10000, 1920.0, 246700.0, "", Source.of("x")));
        for (int i = 0; i < DISTRICTS.length; i++) {
            double n = 80 + i * 17 % 200;
            double d = 20000 + i * 500;
            o.add(new Observation("CSC-01", Q3, DISTRICTS[i], n / d * 10000, n, d, "", Source.of("x")));
        }
        return o;
    }

    static List<Assessment> assessments() {
        return new Assessor(catalogue(), observations()).assess(Q3);
    }

    static Assessment assessment(String id) {
        return assessments().stream().filter(a -> a.indicator().id().equals(id)).findFirst().orElseThrow();
    }
}
