package org.perfbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Settings;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/** Each case from the shipped sample's own figures (src/main/resources/org/perfbook/sample), worked by hand. */
class SentencesTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Period Q2 = Period.quarter(2021, 2);
    static final Period Q1 = Period.quarter(2021, 1);
    static final Settings LANCASHIRE = new Settings("Lancashire", "", "", "", "", "", "", "", "");
    static final String BETTER = "Delivering better services";

    static Indicator percentage(String id, String name, Target target, int decimals) {
        return new Indicator(id, name, BETTER, "Growth, Environment & Transport", "Highways", Frequency.QUARTERLY,
                Measure.PERCENTAGE, 100, "", Polarity.HIGH, target, Tolerance.DEFAULT, false, decimals, "");
    }

    static Observation counts(String id, Period p, double n, double d) {
        return new Observation(id, p, "", n / d * 100, n, d, "", Source.of("r.xlsx"));
    }

    static Observation value(String id, Period p, double v) {
        return new Observation(id, p, "", v, null, null, "", Source.of("r.xlsx"));
    }

    static Assessment assess(Indicator ind, List<Observation> o, List<Benchmark> b) {
        return assess(ind, o, b, List.of(), Set.of(), Q3);
    }

    static Assessment assess(Indicator ind, List<Observation> o, List<Benchmark> b, List<Observation> withheld,
            Set<String> notReported, Period period) {
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), b, List.of());
        return new Assessor(c, o, withheld).assess(period, notReported).get(0);
    }

    @Test
    void aPercentageWithItsCountsChangeTargetAndEnglandSimilar() {
        // ASQ-02: 302 of 377 = 80.106%, Q2 301 of 376 = 80.053% (+0.05 pp); England 82.0 lies inside the
        // Wilson 95% interval of 302/377 (75.8 to 83.8, by python from the Wilson formula), so "similar", which was tested
        Indicator ind = percentage("ASQ-02", "Percentage of Care Homes rated as Good or Outstanding",
                Target.of(83.5), 1);
        Assessment a = assess(ind, List.of(counts("ASQ-02", Q2, 301, 376), counts("ASQ-02", Q3, 302, 377)),
                List.of(new Benchmark("ASQ-02", Q3, Benchmark.ENGLAND, 82, null, null)));
        assertEquals("Percentage of Care Homes rated as Good or Outstanding: 80.1% (302 of 377) in Q3 2021/22, "
                + "up 0.1 percentage points on Q2 and below the 83.5% target; Lancashire is similar to England (82.0%).",
                Sentences.of(a, LANCASHIRE));
    }

    @Test
    void significantlyOnlyWhereAnIntervalWasTested() {
        // ASC-02: 361 of 413 = 87.409%, Q2 341 of 400 = 85.25% (+2.16 pp); target 87.4 met as displayed;
        // England 79.1 is below the interval (83.9 to 90.3, the same way): significantly higher
        Indicator ind = percentage("ASC-02", "Older people still at home 91 days after discharge",
                Target.of(87.4), 1);
        Assessment a = assess(ind, List.of(counts("ASC-02", Q2, 341, 400), counts("ASC-02", Q3, 361, 413)),
                List.of(new Benchmark("ASC-02", Q3, Benchmark.ENGLAND, 79.1, null, null)));
        assertEquals("Older people still at home 91 days after discharge: 87.4% (361 of 413) in Q3 2021/22, up 2.2 "
                + "percentage points on Q2 and meeting the 87.4% target; Lancashire is significantly higher than "
                + "England (79.1%).", Sentences.of(a, LANCASHIRE));
        // EDU-01, a score with no counts and so no interval: the difference is said plainly, never "significantly"
        Indicator ks4 = new Indicator("EDU-01", "Pupils Average Attainment 8 Score at KS4", BETTER, "ECS", "Education",
                Frequency.ANNUAL, Measure.SCORE, 1, "", Polarity.HIGH, Target.of(47.7), Tolerance.DEFAULT, false, 1, "");
        Assessment k = assess(ks4, List.of(value("EDU-01", Period.year(2019), 49.7), value("EDU-01", Period.year(2020), 50.4)),
                List.of(new Benchmark("EDU-01", Period.year(2020), Benchmark.ENGLAND, 48.9, null, null)));
        assertEquals("Pupils Average Attainment 8 Score at KS4: 50.4 in 2020/21, up 0.7 on 2019/20 and above the 47.7 "
                + "target; Lancashire is higher than England (48.9).", Sentences.of(k, LANCASHIRE));
    }

    @Test
    void theRecentTrendWhereOneWasCalculated() {
        // HIG-05's five quarters 2020/21 Q3 to 2021/22 Q3; Q2 8,035 of 8,500 = 94.53%, Q3 8,462 of 9,003 = 93.99%
        Indicator ind = percentage("HIG-05", "Safety carriageway defects repaired within 20 working days (non-urgent)",
                Target.of(90), 2);
        List<Observation> o = List.of(counts("HIG-05", Period.quarter(2020, 3), 7178, 8100),
                counts("HIG-05", Period.quarter(2020, 4), 7527, 8350), counts("HIG-05", Q1, 7538, 7900),
                counts("HIG-05", Q2, 8035, 8500), counts("HIG-05", Q3, 8462, 9003));
        Assessment a = assess(ind, o, List.of());
        assertEquals("Safety carriageway defects repaired within 20 working days (non-urgent): 93.99% (8,462 of 9,003) "
                + "in Q3 2021/22, down 0.54 percentage points on Q2 and above the 90% target; recent trend: "
                + a.trend().label().toLowerCase(java.util.Locale.UK) + ".", Sentences.of(a, LANCASHIRE));
        assertEquals("Increasing and getting better", a.trend().label(), "as the book shows it for the sample");
    }

    @Test
    void theBriefExampleWithoutABenchmark() {
        // HIG-01: 40 of 43 = 93.023%, Q2 55 of 62 = 88.710%: +4.31 percentage points
        Indicator ind = percentage("HIG-01", "Emergency defects repaired within 4 hours", Target.of(95), 2);
        Assessment a = assess(ind, List.of(counts("HIG-01", Q2, 55, 62), counts("HIG-01", Q3, 40, 43)), List.of());
        assertEquals("Emergency defects repaired within 4 hours: 93.02% (40 of 43) in Q3 2021/22, up 4.31 percentage "
                + "points on Q2 and below the 95% target.", Sentences.of(a, LANCASHIRE));
        assertEquals("93.02% (40 of 43) in Q3 2021/22, up 4.31 percentage points on Q2 and below the 95% target.",
                Sentences.withoutName(a, LANCASHIRE));
    }

    @Test
    void aRatePer100000WithARangeTarget() {
        // ASC-06: 1,882 admissions of 255,650 aged 65+ = 736.16 per 100,000; Q2 1,693 = 662.23: +73.9
        Indicator ind = new Indicator("ASC-06", "Permanent admissions to care homes aged 65+", BETTER, "ASHW",
                "Adult Social Care", Frequency.QUARTERLY, Measure.RATE, 100_000, "Aged 65+", Polarity.LOW,
                Target.range(600, 680), Tolerance.DEFAULT, false, 1, "");
        Assessment a = assess(ind, List.of(
                new Observation("ASC-06", Q2, "", 1693 / 255650.0 * 100_000, 1693.0, 255650.0, "", Source.of("r")),
                new Observation("ASC-06", Q3, "", 1882 / 255650.0 * 100_000, 1882.0, 255650.0, "", Source.of("r"))),
                List.of());
        assertEquals("Permanent admissions to care homes aged 65+: 736.2 per 100,000 aged 65+ (1,882 of 255,650) in "
                + "Q3 2021/22, up 73.9 on Q2 and above the 600 to 680 target range.", Sentences.of(a, LANCASHIRE));
    }

    @Test
    void moneyWithNoTargetAndNoPreviousPeriod() {
        // FIN-03: £11,092,615 at Q2, £10,874,120 at Q3: down £218,495
        Indicator ind = new Indicator("FIN-03", "Care and corporate debt over 6 months old", BETTER, "CEX", "Finance",
                Frequency.QUARTERLY, Measure.MONEY, 1, "", Polarity.LOW, null, Tolerance.DEFAULT, false, 0, "");
        Assessment a = assess(ind, List.of(value("FIN-03", Q2, 11_092_615), value("FIN-03", Q3, 10_874_120)), List.of());
        assertEquals("Care and corporate debt over 6 months old: £10,874,120 in Q3 2021/22, down £218,495 on Q2.",
                Sentences.of(a, LANCASHIRE));
        Assessment first = assess(ind, List.of(value("FIN-03", Q3, 10_874_120)), List.of());
        assertEquals("Care and corporate debt over 6 months old: £10,874,120 in Q3 2021/22, with no figure for Q2 to "
                + "compare.", Sentences.of(first, LANCASHIRE));
    }

    @Test
    void daysAgainstATargetThatDoesNotRate() {
        // HR-01: 11.77 days at Q2, 12.68 at Q3: up 0.91 days; the 9.83 target is pending review
        Indicator ind = new Indicator("HR-01", "Working days lost to sickness absence per FTE (rolling year)", BETTER,
                "CEX", "Human Resources", Frequency.QUARTERLY, Measure.AVERAGE, 1, "", Polarity.LOW,
                Target.parse("9.83 (pending review)"), Tolerance.DEFAULT, false, 2, "");
        Assessment a = assess(ind, List.of(value("HR-01", Q2, 11.77), value("HR-01", Q3, 12.68)), List.of());
        assertEquals("Working days lost to sickness absence per FTE (rolling year): 12.68 days in Q3 2021/22, up 0.91 "
                + "days on Q2 and against a target of 9.83 days (pending review).", Sentences.of(a, LANCASHIRE));
    }

    @Test
    void aCumulativeCountAgainstItsProRataTarget() {
        // LIB-02: 28,639 + 39,605 + 47,144 = 115,388 by Q3; 150,000 a year is 112,500 pro rata at nine months
        Indicator ind = new Indicator("LIB-02", "Number of People's Network (PNET) sessions in libraries", BETTER,
                "ECS", "Libraries", Frequency.QUARTERLY, Measure.COUNT, 1, "", Polarity.HIGH, Target.of(150_000),
                Tolerance.DEFAULT, true, 0, "");
        Assessment a = assess(ind, List.of(value("LIB-02", Q1, 28_639), value("LIB-02", Q2, 39_605),
                value("LIB-02", Q3, 47_144)), List.of());
        assertEquals("Number of People's Network (PNET) sessions in libraries: 47,144 (115,388 in the year to date) in "
                + "Q3 2021/22, up 7,539 on Q2 and the year to date is above the pro-rata target of 112,500 (150,000 "
                + "for the year).", Sentences.of(a, LANCASHIRE));
    }

    @Test
    void unchangedWhenTheFiguresShowNoChange() {
        // ASQ-04: 11 of 16 in both quarters
        Indicator ind = percentage("ASQ-04", "LCC care homes for older people rated Good or Outstanding", null, 1);
        Assessment a = assess(ind, List.of(counts("ASQ-04", Q2, 11, 16), counts("ASQ-04", Q3, 11, 16)), List.of());
        assertEquals("LCC care homes for older people rated Good or Outstanding: 68.8% (11 of 16) in Q3 2021/22, "
                + "unchanged on Q2.", Sentences.of(a, LANCASHIRE));
    }

    @Test
    void notReportedWithheldAndNoFigure() {
        Indicator ind = percentage("HIG-01", "Emergency defects repaired within 4 hours", Target.of(95), 2);
        List<Observation> q2 = new ArrayList<>(List.of(counts("HIG-01", Q2, 55, 62)));
        assertEquals("Emergency defects repaired within 4 hours: not reported in Q3 2021/22; the service's return was "
                + "not received.", Sentences.of(assess(ind, q2, List.of(), List.of(), Set.of("HIG-01"), Q3), LANCASHIRE));
        Observation bad = new Observation("HIG-01", Q3, "", null, null, null, "Two crews were off sick.",
                Source.of("r.xlsx"));
        assertEquals("Emergency defects repaired within 4 hours: no figure in Q3 2021/22; the figure returned had an "
                + "error and was not used.", Sentences.of(assess(ind, q2, List.of(), List.of(bad), Set.of(), Q3),
                        LANCASHIRE));
        assertEquals("No figure in Q3 2021/22.", Sentences.withoutName(assess(ind, q2, List.of()), LANCASHIRE));
    }

    @Test
    void notAvailableGivesTheServicesReason() {
        Indicator ind = percentage("HIG-01", "Emergency defects repaired within 4 hours", Target.of(95), 2);
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), List.of(), List.of());
        List<Observation> q2 = List.of(counts("HIG-01", Q2, 55, 62));
        Observation na = new Observation("HIG-01", Q3, "", null, null, null, "  The inspection survey was paused\n"
                + "in December ", Source.of("r.xlsx"));
        Assessment a = new Assessor(c, q2, List.of(), List.of(na)).assess(Q3, Set.of()).get(0);
        assertEquals("Emergency defects repaired within 4 hours: not available in Q3 2021/22; the service's reason: The "
                + "inspection survey was paused in December.", Sentences.of(a, LANCASHIRE));
        Observation said = new Observation("HIG-01", Q3, "", null, null, null, "Not collected this quarter!",
                Source.of("r.xlsx"));
        assertEquals("Not available in Q3 2021/22; the service's reason: Not collected this quarter!",
                Sentences.withoutName(new Assessor(c, q2, List.of(), List.of(said)).assess(Q3, Set.of()).get(0),
                        LANCASHIRE));
        Observation silent = new Observation("HIG-01", Q3, "", null, null, null, "", Source.of("r.xlsx"));
        assertEquals("Not available in Q3 2021/22; the service gave no reason.", Sentences.withoutName(
                new Assessor(c, q2, List.of(), List.of(silent)).assess(Q3, Set.of()).get(0), LANCASHIRE));
        // an earlier quarter's n/a says nothing about this one, which has its figure
        Observation before = new Observation("HIG-01", Q1, "", null, null, null, "Paused.", Source.of("r.xlsx"));
        List<Observation> both = List.of(counts("HIG-01", Q2, 55, 62), counts("HIG-01", Q3, 40, 43));
        assertEquals("93.02% (40 of 43) in Q3 2021/22, up 4.31 percentage points on Q2 and below the 95% target.",
                Sentences.withoutName(new Assessor(c, both, List.of(), List.of(before)).assess(Q3, Set.of()).get(0),
                        LANCASHIRE));
    }

    @Test
    void aReportIndicatorGivesItsSchedule() {
        Indicator ind = new Indicator("ECO-06", "Progress on the apprenticeship levy", BETTER, "CEX",
                "Economic Development", Frequency.ANNUAL, Measure.REPORT, 1, "", Polarity.NONE, null,
                Tolerance.DEFAULT, false, 1, "", true, null, "Annual Report – schedule to be confirmed (July 2022)");
        assertEquals("Progress on the apprenticeship levy: Annual Report – schedule to be confirmed (July 2022).",
                Sentences.of(assess(ind, List.of(), List.of()), LANCASHIRE));
    }

    @Test
    void withoutAnAuthorityNameTheSentenceSaysTheCouncilNeverCouncil() {
        Indicator ind = percentage("ASC-02", "Older people still at home 91 days after discharge", Target.of(87.4), 1);
        Assessment a = assess(ind, List.of(counts("ASC-02", Q3, 361, 413)),
                List.of(new Benchmark("ASC-02", Q3, Benchmark.ENGLAND, 79.1, null, null)));
        assertEquals("Older people still at home 91 days after discharge: 87.4% (361 of 413) in Q3 2021/22, with no "
                + "figure for Q2 to compare and meeting the 87.4% target; the council is significantly higher than "
                + "England (79.1%).", Sentences.of(a, Settings.DEFAULTS));
    }

    /** HR-04's 48 monthly figures, January 2018 to December 2021, as in the sample's observations.csv. */
    static final double[] HR04 = {11.54, 11.59, 11.60, 11.63, 11.61, 11.66, 11.64, 11.68, 11.71, 11.72, 11.79, 11.80,
        11.83, 11.84, 11.85, 11.88, 11.91, 11.92, 11.93, 12.00, 12.05, 12.08, 12.19, 12.21, 12.23, 12.36, 12.39, 12.18,
        12.05, 11.86, 11.66, 11.49, 11.31, 11.21, 11.02, 10.94, 10.84, 10.85, 10.76, 10.64, 10.81, 10.98, 11.21, 11.55,
        11.77, 12.11, 12.35, 12.68};

    static Assessment hr04(Target target) {
        Indicator ind = new Indicator("HR-04", "Working days lost to sickness absence per FTE, rolling year to each "
                + "month end", BETTER, "CEX", "Human Resources", Frequency.MONTHLY, Measure.AVERAGE, 1, "", Polarity.LOW,
                target, Tolerance.DEFAULT, false, 2, "");
        List<Observation> o = new ArrayList<>();
        for (int i = 0; i < HR04.length; i++) {
            o.add(value("HR-04", Period.month(java.time.YearMonth.of(2018, 1).plusMonths(i)), HR04[i]));
        }
        return assess(ind, o, List.of());
    }

    @Test
    void theSpcWordsWhereTheSeriesMakesAnXmrChart() {
        // by python from the definitions: mean 11.685625, mean moving range (none screened) 0.084774, upper
        // limit 11.685625 + 2.66 x 0.084774 = 11.9111; December's 12.68 is above it, and high is worse
        Assessment a = hr04(Target.parse("9.83 (pending review)"));
        // (no recent trend: an average without intervals cannot be tested, and the sentence then says none)
        assertEquals("Working days lost to sickness absence per FTE, rolling year to each month end: 12.68 days in Dec "
                + "2021, up 0.33 days on Nov 2021 and against a target of 9.83 days (pending review); SPC over 48 "
                + "months: special cause concerning variation.", Sentences.of(a, LANCASHIRE));
        // a target that rates adds the assurance: 13 days lies above the upper limit, so every month hits it
        assertEquals("SPC over 48 months: special cause concerning variation, consistently hitting the target",
                Sentences.spc(hr04(Target.of(13))));
        // 11.7 lies between the limits (11.46 to 11.91): some months pass, some fail
        assertEquals("SPC over 48 months: special cause concerning variation, inconsistently passing and failing the "
                + "target", Sentences.spc(hr04(Target.of(11.7))));
        // fewer than 15 points make no chart and no words
        Indicator ind = percentage("HIG-01", "Emergency defects repaired within 4 hours", Target.of(95), 2);
        assertEquals("", Sentences.spc(assess(ind, List.of(counts("HIG-01", Q2, 55, 62), counts("HIG-01", Q3, 40, 43)),
                List.of())));
    }

    /** The sample's every-authority figures for {@code id} (authority-benchmarks.csv), England and region too. */
    static List<Benchmark> authorities(String id) throws java.io.IOException {
        List<Benchmark> out = new ArrayList<>();
        try (var in = SentencesTest.class.getResourceAsStream("/org/perfbook/sample/authority-benchmarks.csv");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (r.get("ID").equals(id)) {
                    out.add(new Benchmark(id, Period.parse(r.get("Period")), r.get("Comparator"),
                            Double.parseDouble(r.get("Value")), null, null));
                }
            }
        }
        return out;
    }

    @Test
    void theRankWhereTheCatalogueGivesEveryAuthority() throws Exception {
        // HR-01 Q3 2021/22: 12.68 days against the sample's 149 other authorities, low is good; by python,
        // 143 have fewer days, so 144th of 150, and floor(4 x 143 / 150) + 1 = the 4th (lower) quartile
        Indicator ind = new Indicator("HR-01", "Number of working days per full time equivalent lost to sickness "
                + "absence (rolling year data)", BETTER, "CEX", "Human Resources", Frequency.QUARTERLY,
                Measure.AVERAGE, 1, "", Polarity.LOW, Target.parse("9.83 (pending review)"), Tolerance.DEFAULT, false,
                2, "");
        List<Observation> o = List.of(value("HR-01", Q2, 11.77), value("HR-01", Q3, 12.68));
        List<Benchmark> all = authorities("HR-01");
        assertEquals("ranked 144th of 150 authorities (1st is best; lower quartile)",
                Sentences.rank(assess(ind, o, all)));
        // without Q3's figures, Q2's rank, said with its period: 11.77 is beaten by 137 (python, the same way)
        List<Benchmark> toQ2 = all.stream().filter(b -> !b.period().equals(Q3)).toList();
        assertEquals("ranked 138th of 150 authorities in Q2 2021/22 (1st is best; lower quartile)",
                Sentences.rank(assess(ind, o, toQ2)));
        // the whole sentence, England's 9.80 beside it (an average has no interval, so not "significantly")
        assertEquals("Number of working days per full time equivalent lost to sickness absence (rolling year data): "
                + "12.68 days in Q3 2021/22, up 0.91 days on Q2 and against a target of 9.83 days (pending review); "
                + "Lancashire is higher than England (9.80); ranked 144th of 150 authorities (1st is best; lower "
                + "quartile).", Sentences.of(assess(ind, o, all), LANCASHIRE));
        // the best says so without an ordinal: 5.50 days beats the sample's lowest, 6.00
        List<Observation> best = List.of(value("HR-01", Q2, 11.77), value("HR-01", Q3, 5.50));
        assertEquals("ranked best of 150 authorities (upper quartile)", Sentences.rank(assess(ind, best, all)));
        // an authority's figures given for only a few (a neighbour set) give no rank in the sentence
        assertEquals("", Sentences.rank(assess(ind, o, all.stream().limit(5).toList())));
    }

    @Test
    void ordinals() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "76th",
                "101st", "111th", "112th", "144th"), java.util.stream.IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 76,
                        101, 111, 112, 144).mapToObj(Sentences::ordinal).toList());
    }
}
