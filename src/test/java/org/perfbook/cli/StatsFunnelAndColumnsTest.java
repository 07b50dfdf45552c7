package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} output in PHEindicatormethods' column names and values, {@code --statistic funnel}, and
 * {@code --statistic trend} on the same area/period table. Expected figures were computed independently
 * in python3 (scipy 1.17) from the published definitions, as each test says.
 */
class StatsFunnelAndColumnsTest {

    @TempDir
    Path dir;

    private Path csv(String content) throws Exception {
        return StatsCsv.input(dir, content);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return StatsCsv.parse(csv);
    }

    private static double num(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    @Test
    void oneConfidenceLevelGivesPheProportionColumnsAndValues() throws Exception {
        Path in = csv("area,numerator,denominator\nA,82,100\nB,6500,10000\nC,0,50\nD,50,50\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "proportion", in.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        // phe_proportion(df, numerator, denominator) with confidence 0.95, multiplier 1, type "full"
        assertEquals(List.of("area", "numerator", "denominator", "value", "lowercl", "uppercl", "confidence",
                "statistic", "method", "note"), rows.get(0).getParser().getHeaderNames());
        // Wilson score interval, (2x + z² ± z√(z² + 4x(1 − x/n))) / (2(n + z²)), z = norm.ppf(0.975), in scipy
        double[][] expected = {
            {0.82, 0.7333264161369927, 0.8829977450105364},
            {0.65, 0.6405955854360923, 0.6592892150527047},
            {0.0, 0, 0.07134759913335871},
            {1.0, 0.9286524008666412, 1},
        };
        for (int i = 0; i < expected.length; i++) {
            CSVRecord row = rows.get(i);
            assertEquals(expected[i][0], num(row, "value"), 1e-9);
            assertEquals(expected[i][1], num(row, "lowercl"), 1e-9);
            assertEquals(expected[i][2], num(row, "uppercl"), 1e-9);
            assertEquals("95%", row.get("confidence"));
            assertEquals("proportion of 1", row.get("statistic"));
            assertEquals("Wilson", row.get("method"));
            assertEquals("", row.get("note"));
        }

        CliRunner pct = CliRunner.run("stats", "--statistic", "proportion", "--multiplier", "100", "--confidence", "99.8",
                csv("area,numerator,denominator\nEmergency defects,40,43\n").toString());
        CSVRecord row = parse(pct.out()).get(0);
        assertEquals("99.8%", row.get("confidence"));
        assertEquals("percentage", row.get("statistic"));
        // the same Wilson interval at z = norm.ppf(0.999), times 100
        assertEquals(71.82331983127554, num(row, "lowercl"), 1e-9);
        assertEquals(98.58643641651717, num(row, "uppercl"), 1e-9);
    }

    @Test
    void oneConfidenceLevelGivesPheRateColumnsAndValues() throws Exception {
        Path in = csv("area,numerator,denominator\nLancashire,1882,255637\nFylde,7,20150\nWyre,0,1000\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "rate", in.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        // phe_rate(df, numerator, denominator) with confidence 0.95, multiplier 100000
        assertEquals(List.of("area", "numerator", "denominator", "value", "lowercl", "uppercl", "confidence",
                "statistic", "method", "note"), rows.get(0).getParser().getHeaderNames());
        // Byar's from 10 events: x(1 − 1/(9x) − z/(3√x))³ and (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³; below 10 exact:
        // chi2.ppf(0.025, 2x)/2 and chi2.ppf(0.975, 2x + 2)/2 (scipy), then ÷ n × 100000
        Object[][] expected = {
            {736.2001588189503, 703.3111420272396, 770.2301613120702, "Byars"},
            {34.7394540942928, 13.967062290421177, 71.57655266353537, "Exact"},
            {0.0, 0.0, 368.8879454113935, "Exact"},
        };
        for (int i = 0; i < expected.length; i++) {
            CSVRecord row = rows.get(i);
            assertEquals((double) expected[i][0], num(row, "value"), 1e-9);
            assertEquals((double) expected[i][1], num(row, "lowercl"), 1e-9);
            assertEquals((double) expected[i][2], num(row, "uppercl"), 1e-9);
            assertEquals("95%", row.get("confidence"));
            assertEquals("rate per 100000", row.get("statistic"));
            assertEquals(expected[i][3], row.get("method"));
        }
    }

    @Test
    void funnelOfProportionsGivesEachPeriodsLimitsAndLabels() throws Exception {
        Path in = csv("Area,Period,Numerator,Denominator\n"
                + "A,2021/22,600,1000\nB,2021/22,380,1000\nC,2021/22,2000,5000\nD,2021/22,100,400\n"
                + "E,2021/22,460,1000\nF,2021/22,30,60\n"
                + "A,2020/21,40,100\nB,2020/21,45,100\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "funnel", "--multiplier", "100", in.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        assertEquals(List.of("Area", "Period", "Numerator", "Denominator", "value", "lower_2s_limit", "upper_2s_limit",
                "lower_3s_limit", "upper_3s_limit", "baseline", "significance", "statistic", "method", "note"),
                rows.get(0).getParser().getHeaderNames());
        // pooled P = Σx/Σn per period; limits P ± z√(P(1 − P)/n) at z = norm.ppf(0.975) and norm.ppf(0.999),
        // cross-checked in python against PHEindicatormethods' sigma_adjustment quadratic to 1e-12
        Map<String, double[]> limits = Map.of(
                "A", new double[] {39.137560866648585, 45.25960225391879, 37.37233724562644, 47.02482587494094},
                "C", new double[] {40.82965148998336, 43.567511630584015, 40.040219487564585, 44.356943633002786},
                "D", new double[] {37.35868288188598, 47.03848023868139, 34.56761927090605, 49.82954384966132},
                "F", new double[] {29.7020169077733, 54.69514621279408, 22.49552165208609, 61.90164146848128});
        List<String> labels = List.of("High (0.001)", "Low (0.025)", "Low (0.001)", "Low (0.001)", "High (0.025)",
                "Not significant");
        for (int i = 0; i < 6; i++) {
            CSVRecord row = rows.get(i);
            assertEquals(42.198581560283685, num(row, "baseline"), 1e-9);
            assertEquals(labels.get(i), row.get("significance"), row.get("Area"));
            double[] l = limits.get(row.get("Area"));
            if (l != null) {
                assertEquals(l[0], num(row, "lower_2s_limit"), 1e-9);
                assertEquals(l[1], num(row, "upper_2s_limit"), 1e-9);
                assertEquals(l[2], num(row, "lower_3s_limit"), 1e-9);
                assertEquals(l[3], num(row, "upper_3s_limit"), 1e-9);
            }
            assertEquals("proportion", row.get("statistic"));
            assertEquals("Wilson", row.get("method"));
        }
        assertEquals(46.0, num(rows.get(4), "value"), 1e-12);
        CSVRecord earlier = rows.get(6);
        assertEquals(42.5, num(earlier, "baseline"), 1e-9, "each period has its own average");
        assertEquals(32.811055272594814, num(earlier, "lower_2s_limit"), 1e-9);
        assertEquals(57.776347037738084, num(earlier, "upper_3s_limit"), 1e-9);
        assertEquals("Not significant", earlier.get("significance"));
    }

    @Test
    void funnelOfRatesUsesExactPoissonLimitsAroundTheExpectedCount() throws Exception {
        Path in = csv("area,period,numerator,denominator\n"
                + "Burnley,2021/22,230,20225\nChorley,2021/22,150,24472\nFylde,2021/22,62,13955\n"
                + "Preston,2021/22,275,30946\nRibble Valley,2021/22,20,11725\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "funnel", "--of", "rate", "--multiplier", "10000",
                in.toString());
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        // E = pooled × n; lower λ = gammaincinv(E, α/2), upper λ = gammainccinv(E + 1, α/2) (scipy.special),
        // α = 0.05 and 0.002, then λ ÷ n × 10000
        double[][] expected = {
            {61.4588173336675, 85.48704482315335, 55.60423563413529, 93.24386581447847},
            {62.44436352383454, 84.24337338968093, 57.04702576521574, 91.21143355865816},
            {59.277913780997956, 88.34010522716004, 52.450963936505865, 97.92923091580683},
            {63.545119052208484, 82.88641480116094, 58.671320158053966, 89.0010857618055},
            {58.12334505044597, 89.9094794345475, 50.80412517905945, 100.51943025764325},
        };
        List<String> labels = List.of("High (0.001)", "Low (0.025)", "Low (0.001)", "High (0.025)", "Low (0.001)");
        for (int i = 0; i < expected.length; i++) {
            CSVRecord row = rows.get(i);
            assertEquals(72.73768048715495, num(row, "baseline"), 1e-9);
            assertEquals(expected[i][0], num(row, "lower_2s_limit"), 1e-9, row.get("area"));
            assertEquals(expected[i][1], num(row, "upper_2s_limit"), 1e-9, row.get("area"));
            assertEquals(expected[i][2], num(row, "lower_3s_limit"), 1e-9, row.get("area"));
            assertEquals(expected[i][3], num(row, "upper_3s_limit"), 1e-9, row.get("area"));
            assertEquals(labels.get(i), row.get("significance"), row.get("area"));
            assertEquals("rate (crude per 10,000)", row.get("statistic"));
            assertEquals("Poisson", row.get("method"));
        }
    }

    @Test
    void aBadRowStopsItsPeriodsFunnelAndSaysWhichRowToMend() throws Exception {
        Path in = csv("area,period,numerator,denominator\n"
                + "A,2021/22,60,100\n"
                + "B,2021/22,,100\n"
                + "C,2021/22,30,80\n"
                + "\n"
                + "A,2020/21,40,100\n"
                + "B,2020/21,45,100\n"
                + "A,2019/20,40,100\n"
                + "A,2019/20,41,100\n"
                + "X,2018/19,5,9\n"
                + ",2018/19,5,10\n"
                + "Y,,5,10\n"
                + "Z,2017/18,12,10\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "funnel", in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("9 of 11 rows could not be computed"), r.err());
        List<CSVRecord> rows = parse(r.out());
        assertEquals(11, rows.size(), "every row comes out, in order");
        assertEquals("no numerator", rows.get(1).get("note"));
        assertEquals("not computed: the average in 2021/22 needs every area's figures; mend row 3",
                rows.get(0).get("note"));
        assertEquals("", rows.get(0).get("baseline"));
        assertEquals("", rows.get(2).get("significance"));
        assertEquals("", rows.get(3).get("note"), "a period with good rows is computed");
        assertEquals(0.425, num(rows.get(3), "baseline"), 1e-12);
        assertEquals("A appears more than once in 2019/20 (rows 8 and 9)", rows.get(5).get("note"),
                "the blank line 5 still counts as a line of the file");
        assertEquals(rows.get(5).get("note"), rows.get(6).get("note"));
        assertEquals("no area", rows.get(8).get("note"));
        assertTrue(rows.get(7).get("note").contains("mend row 11"), rows.get(7).get("note"));
        assertEquals("no period", rows.get(9).get("note"));
        assertTrue(rows.get(10).get("note").contains("more than the denominator"), rows.get(10).get("note"));

        CliRunner single = CliRunner.run("stats", "--statistic", "funnel",
                csv("area,period,numerator,denominator\nA,2021/22,5,10\n").toString());
        assertEquals(1, single.code());
        assertEquals("a funnel needs at least two areas in 2021/22", parse(single.out()).get(0).get("note"));

        CliRunner noColumn = CliRunner.run("stats", "--statistic", "funnel", csv("area,period,numerator\nA,1,2\n").toString());
        assertEquals(2, noColumn.code());
        assertTrue(noColumn.err().contains("no denominator column"), noColumn.err());
        assertEquals(2, CliRunner.run("stats", "--statistic", "funnel", "--confidence", "90", in.toString()).code());
        assertEquals(2, CliRunner.run("stats", "--statistic", "rate", "--of", "rate", in.toString()).code());
    }

    @Test
    void trendOfRatesFromTheFunnelsTableIsWeightedLeastSquaresOnByarsLimits() throws Exception {
        StringBuilder t = new StringBuilder("area,period,numerator,denominator\n");
        int[] events = {150, 175, 200, 225, 250};
        for (int k = 0; k < 5; k++) {
            t.append("Chorley,").append(2017 + k).append("/").append(18 + k).append(",").append(events[k]).append(",")
                    .append(24000 + 100 * k).append("\n");
        }
        t.append("Wyre,2017/18,10,100\nWyre,2018/19,10,100\nWyre,2019/20,10,0\nWyre,2020/21,10,100\nWyre,2021/22,10,100\n");
        CliRunner r = CliRunner.run("stats", "--statistic", "trend", "--of", "rate", "--multiplier", "10000",
                "--good-is", "low", csv(t.toString()).toString());
        assertEquals(1, r.code(), r.err());
        List<CSVRecord> rows = parse(r.out());
        CSVRecord chorley = rows.get(0);
        assertEquals("Weighted least squares", chorley.get("method"));
        // rate ÷ n × 10000 with Byar's 95% limits, SE = width / 3.92, weights 1/SE²; slope and its variance from
        // (XᵀWX)⁻¹XᵀWy in numpy; chi-squared = b² / var(b)
        assertEquals(9.996379899452462, num(chorley, "slope"), 1e-9);
        assertEquals(28.825703886603463, num(chorley, "chi_squared"), 1e-9);
        assertEquals("Increasing and getting worse", chorley.get("trend"));
        assertEquals("Cannot be calculated", rows.get(1).get("trend"));
        assertEquals("row 9: the denominator is zero: a rate needs a population of more than zero (2019/20)",
                rows.get(1).get("note"));
    }

    @Test
    void trendTakesTheCalculatorsOwnOutputButOnlyAt95Percent() throws Exception {
        StringBuilder t = new StringBuilder("area,period,numerator,denominator\n");
        for (int k = 0; k < 5; k++) {
            t.append("A,").append(2017 + k).append(",").append(100 + 20 * k).append(",1000\n");
        }
        Path counts = csv(t.toString());
        Path at95 = dir.resolve("at95.csv");
        assertEquals(0, CliRunner.run("stats", "--statistic", "proportion", counts.toString(), "-o", at95.toString()).code());
        Path at998 = dir.resolve("at998.csv");
        assertEquals(0, CliRunner.run("stats", "--statistic", "proportion", "--confidence", "99.8", counts.toString(),
                "-o", at998.toString()).code());
        // numerator and denominator come first: the chi-squared test for trend on the same rows
        CSVRecord fromCounts = parse(CliRunner.run("stats", "--statistic", "trend", counts.toString()).out()).get(0);
        CSVRecord fromOutput = parse(CliRunner.run("stats", "--statistic", "trend", at95.toString()).out()).get(0);
        assertEquals(fromCounts.get("chi_squared"), fromOutput.get("chi_squared"));

        Path limitsOnly = dir.resolve("limits.csv");
        Files.writeString(limitsOnly, Files.readString(at998).replace("numerator,denominator", "n,d"));
        CliRunner wrongLevel = CliRunner.run("stats", "--statistic", "trend", limitsOnly.toString());
        assertEquals(1, wrongLevel.code());
        assertEquals("row 2: the limits for 2017 are at 99.8%; the trend needs 95% limits",
                parse(wrongLevel.out()).get(0).get("note"));
        Path limits95 = dir.resolve("limits95.csv");
        Files.writeString(limits95, Files.readString(at95).replace("numerator,denominator", "n,d"));
        CSVRecord wls = parse(CliRunner.run("stats", "--statistic", "trend", limits95.toString()).out()).get(0);
        assertEquals("Weighted least squares", wls.get("method"));

        CliRunner noArea = CliRunner.run("stats", "--statistic", "trend",
                csv("area,period,value,lowercl,uppercl\n,2021,1,0,2\n").toString());
        assertEquals(1, noArea.code());
        assertEquals("row 2 has no area", parse(noArea.out()).get(0).get("note"));
    }

    @Test
    void aFunnelTableWithoutItsCountsSaysWhichColumnsAreMissingAndThatPeriodIsOptional() throws Exception {
        CliRunner r = CliRunner.run("stats", "--statistic", "funnel",
                csv("area,numerator\nChorley,10\nPreston,20\n").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("the header row has no denominator column (found: area, numerator)"), r.err());
        assertTrue(r.err().contains("(and period, to take each period on its own)"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }
}
