package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/**
 * Expected values come from a separate numpy implementation written from the definitions (mean; moving ranges;
 * their mean, again without those at 3.267 × it or more; limits mean ± 2.66 × that; two-sigma lines at
 * ⅔ of it; the four rules as NHSRplotthedots applies them), printed with repr().
 */
class SpcTest {

    private static final double[] SICKNESS = {9.85, 9.92, 10.04, 10.11, 10.20, 10.31, 10.28, 10.42, 10.55, 10.61,
            10.58, 10.70, 10.83, 10.95, 11.02, 11.10, 11.08, 11.21};
    private static final double[] MIXED = {52, 48, 55, 50, 47, 53, 51, 49, 80, 50, 52, 46, 54, 51, 48, 50, 53, 47, 49, 51};

    private static List<Period> months(int count) {
        List<Period> out = new ArrayList<>();
        for (Period p = Period.parse("Apr 2020"); out.size() < count; p = p.next()) {
            out.add(p);
        }
        return out;
    }

    private static Spc spc(double[] y, Polarity polarity, Double target) {
        return Spc.of(months(y.length), y, polarity, target);
    }

    private static Spc spc(double[] y) {
        return spc(y, Polarity.HIGH, null);
    }

    /** 10, 12, 10, 12, ... */
    private static double[] zig(int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = i % 2 == 0 ? 10 : 12;
        }
        return z;
    }

    private static double[] join(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** The special causes by position. */
    private static Map<Integer, Spc.Cause> causes(Spc s) {
        Map<Integer, Spc.Cause> m = new TreeMap<>();
        for (int i = 0; i < s.points().size(); i++) {
            if (s.points().get(i).cause() != Spc.Cause.NONE) {
                m.put(i, s.points().get(i).cause());
            }
        }
        return m;
    }

    private static Map<Integer, Spc.Cause> range(int from, int to, Spc.Cause cause) {
        Map<Integer, Spc.Cause> m = new TreeMap<>();
        for (int i = from; i <= to; i++) {
            m.put(i, cause);
        }
        return m;
    }

    @Test
    void limitsMatchTheDefinitions() {
        Spc s = spc(SICKNESS);
        assertEquals(10.542222222222222, s.mean(), 1e-9);
        assertEquals(0.08941176470588243, s.movingRange(), 1e-9);
        assertEquals(10.304386928104574, s.lower(), 1e-9);
        assertEquals(10.78005751633987, s.upper(), 1e-9);
        // numpy: BELOW_LIMIT x5, RUN_BELOW, BELOW_LIMIT, RUN_BELOW, RUN_ABOVE x4, ABOVE_LIMIT x6
        List<Spc.Cause> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(Spc.Cause.BELOW_LIMIT);
        }
        expected.addAll(List.of(Spc.Cause.RUN_BELOW, Spc.Cause.BELOW_LIMIT, Spc.Cause.RUN_BELOW));
        for (int i = 0; i < 4; i++) {
            expected.add(Spc.Cause.RUN_ABOVE);
        }
        for (int i = 0; i < 6; i++) {
            expected.add(Spc.Cause.ABOVE_LIMIT);
        }
        assertEquals(expected, s.points().stream().map(Spc.Point::cause).toList());
    }

    @Test
    void aLargeMovingRangeIsScreenedOutOfTheMeanMovingRange() {
        Spc s = spc(MIXED);
        assertEquals(51.8, s.mean(), 1e-9);
        // the two moving ranges either side of 80 (31 and 30) are left out
        assertEquals(3.8823529411764706, s.movingRange(), 1e-9);
        assertEquals(41.472941176470584, s.lower(), 1e-9);
        assertEquals(62.12705882352941, s.upper(), 1e-9);
        assertEquals(Map.of(8, Spc.Cause.ABOVE_LIMIT), causes(s));
        assertEquals(Spc.Variation.COMMON, s.variation());
    }

    @Test
    void sevenPointsOnOneSideOfTheMeanAreAShiftAndSixAreNot() {
        double[] seven = join(zig(7), new double[] {11.6, 12, 11.6, 12, 11.6, 12, 11.6}, zig(8));
        Spc s = spc(seven);
        assertEquals(11.200000000000001, s.mean(), 1e-9);
        assertEquals(1.5047619047619047, s.movingRange(), 1e-9);
        assertEquals(range(7, 13, Spc.Cause.RUN_ABOVE), causes(s));

        double[] six = join(zig(7), new double[] {11.6, 12, 11.6, 12, 11.6, 12}, zig(9));
        assertEquals(Map.of(), causes(spc(six)));
    }

    @Test
    void sixIncreasesAreATrendAndFiveAreNot() {
        double[] six = join(zig(7), new double[] {10.3, 10.6, 10.9, 11.2, 11.5, 11.8}, zig(8));
        Spc s = spc(six);
        assertEquals(10.966666666666667, s.mean(), 1e-9);
        assertEquals(1.48, s.movingRange(), 1e-9);
        assertEquals(range(6, 12, Spc.Cause.INCREASING_TREND), causes(s));

        double[] five = join(zig(7), new double[] {10.3, 10.6, 10.9, 11.2, 11.5}, zig(9));
        assertEquals(Map.of(), causes(spc(five)));
    }

    @Test
    void sixDecreasesAreATrendDownwards() {
        double[] y = join(zig(7), new double[] {11.8, 11.5, 11.2, 10.9, 10.6, 10.3, 10.0}, zig(8));
        // 10, 12, ..., 10 then 11.8 down to 10.0: the step 10 -> 11.8 is up, so the seven points from 11.8 decrease
        Map<Integer, Spc.Cause> c = causes(spc(y));
        assertEquals(range(7, 13, Spc.Cause.DECREASING_TREND), c);
    }

    @Test
    void twoOfThreeBeyondTwoSigmaOnOneSideAreASpecialCause() {
        double[] y = join(zig(8), new double[] {16.9, 12, 16.9}, zig(8));
        Spc s = spc(y);
        assertEquals(11.673684210526316, s.mean(), 1e-9);
        assertEquals(2.755555555555555, s.movingRange(), 1e-9);
        assertEquals(19.003461988304093, s.upper(), 1e-9);
        // only the two points beyond the line are flagged, not the one between them
        assertEquals(Map.of(8, Spc.Cause.TWO_OF_THREE_HIGH, 10, Spc.Cause.TWO_OF_THREE_HIGH), causes(s));

        // the point between them below the mean: the three are not on one side
        double[] split = join(zig(8), new double[] {16.9, 10, 16.9}, zig(8));
        assertEquals(Map.of(), causes(spc(split)));
    }

    @Test
    void fewerThanFifteenPointsGiveNoChart() {
        assertNull(spc(zig(14)));
        assertNotNull(spc(zig(15)));
        double[] gap = zig(15);
        gap[3] = Double.NaN;
        assertNull(spc(gap));
    }

    @Test
    void theLatestPointsCauseGivesTheVariationByPolarity() {
        // the last point is above the upper limit
        assertEquals(Spc.Variation.IMPROVING, spc(SICKNESS, Polarity.HIGH, null).variation());
        assertEquals(Spc.Variation.CONCERNING, spc(SICKNESS, Polarity.LOW, null).variation());
        assertEquals(Spc.Variation.NEITHER, spc(SICKNESS, Polarity.NONE, null).variation());
        assertEquals("Special cause concerning variation", spc(SICKNESS, Polarity.LOW, null).words());
        // the first points, below the lower limit, read the other way
        assertEquals(Spc.Variation.CONCERNING, spc(SICKNESS, Polarity.HIGH, null).points().get(0).variation());
    }

    @Test
    void assuranceComparesTheTargetWithTheLimits() {
        // limits 10.3044 to 10.7801
        assertEquals(Spc.Assurance.HITS, spc(SICKNESS, Polarity.LOW, 11.0).assurance());
        assertEquals(Spc.Assurance.FAILS, spc(SICKNESS, Polarity.LOW, 10.0).assurance());
        assertEquals(Spc.Assurance.INCONSISTENT, spc(SICKNESS, Polarity.LOW, 10.5).assurance());
        assertEquals(Spc.Assurance.HITS, spc(SICKNESS, Polarity.HIGH, 10.0).assurance());
        assertEquals(Spc.Assurance.FAILS, spc(SICKNESS, Polarity.HIGH, 11.0).assurance());
        // a target on a limit is not beyond it
        Spc s = spc(SICKNESS, Polarity.HIGH, null);
        assertEquals(Spc.Assurance.INCONSISTENT, spc(SICKNESS, Polarity.HIGH, s.upper()).assurance());
        assertEquals(Spc.Assurance.NONE, spc(SICKNESS, Polarity.NONE, 10.0).assurance());
        assertEquals(Spc.Assurance.NONE, spc(SICKNESS, Polarity.HIGH, null).assurance());
        assertEquals("Special cause concerning variation; Consistently hits target",
                spc(SICKNESS, Polarity.LOW, 11.0).words());
    }
}
