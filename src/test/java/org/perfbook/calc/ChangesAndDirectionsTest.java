package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.perfbook.model.Direction;
import org.perfbook.model.Measure;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;

class ChangesAndDirectionsTest {

    @Test
    void relativeChangesFromTheSeeds() {
        // teenage conceptions 26.1 -> 20.0 "down 23.3%" (the seed truncated 23.37)
        assertEquals(-23.37, Change.between(20.0, 26.1, Measure.RATE).relativePercent(), 0.005);
        // reablement referrals 1,492 -> 1,827 +22.5%
        assertEquals(22.45, Change.between(1827, 1492, Measure.COUNT).relativePercent(), 0.005);
        // e-book downloads 28,960 -> 53,023 "+83%"
        assertEquals(83.09, Change.between(53023, 28960, Measure.COUNT).relativePercent(), 0.005);
        // adoption 272 -> 237 days "a decrease in 35 days"
        assertEquals(-35, Change.between(237, 272, Measure.AVERAGE).absolute(), 1e-9);
    }

    @Test
    void percentagesChangeInPercentagePoints() {
        // waste diversion 56% -> 50% is -6 points, -10.7% relative: the seed's "6% reduction" is wrong
        Change c = Change.between(50, 56, Measure.PERCENTAGE);
        assertTrue(c.points());
        assertEquals(-6, c.absolute(), 1e-9);
        assertEquals(-10.714, c.relativePercent(), 0.001);
        assertEquals("-6.0 percentage points", c.describe(1));
        assertFalse(Change.between(50, 56, Measure.COUNT).points());
        assertEquals("+1,494 (+20.3%)", Change.between(8862, 7368, Measure.COUNT).describe(0));
    }

    @Test
    void noRelativeChangeFromZero() {
        assertNull(Change.between(5, 0, Measure.COUNT).relativePercent());
    }

    @Test
    void directionFollowsPolarity() {
        assertEquals(Direction.IMPROVING, Directions.of(87.4, 85.2, Polarity.HIGH, null));
        assertEquals(Direction.WORSENING, Directions.of(61.4, 66.9, Polarity.HIGH, null));
        // fewer children looked after, fewer adoption days: improvement for Good is Low
        assertEquals(Direction.IMPROVING, Directions.of(258.0, 279.0, Polarity.LOW, null));
        assertEquals(Direction.WORSENING, Directions.of(12.68, 11.77, Polarity.LOW, null));
        assertEquals(Direction.NO_CHANGE, Directions.of(97.0, 97.0, Polarity.HIGH, null));
        assertEquals(Direction.HIGHER, Directions.of(420.0, 400.0, Polarity.NONE, null));
        assertEquals(Direction.NOT_AVAILABLE, Directions.of(1.0, null, Polarity.HIGH, null));
    }

    @Test
    void rangeDirectionIsCloserToTheRange() {
        Target range = Target.range(600, 680);
        assertEquals(Direction.IMPROVING, Directions.of(700.0, 736.2, Polarity.RANGE, range));
        assertEquals(Direction.WORSENING, Directions.of(560.0, 590.0, Polarity.RANGE, range));
        assertEquals(Direction.NO_CHANGE, Directions.of(610.0, 670.0, Polarity.RANGE, range));
    }

    @Test
    void swappingPolaritySwapsImprovingAndWorsening() {
        for (double[] pair : new double[][] {{1, 2}, {2, 1}, {736.2, 662.2}, {0.22, -2.28}}) {
            Direction high = Directions.of(pair[0], pair[1], Polarity.HIGH, null);
            Direction low = Directions.of(pair[0], pair[1], Polarity.LOW, null);
            assertEquals(high == Direction.IMPROVING ? Direction.WORSENING : Direction.IMPROVING, low);
        }
    }
}
