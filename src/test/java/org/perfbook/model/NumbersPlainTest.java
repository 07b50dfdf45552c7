package org.perfbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers written back as people typed them: no exponent, no trailing zeros, no binary noise. */
class NumbersPlainTest {

    @Test
    void plainNumbers() {
        assertEquals("1400000", Numbers.plain(1_400_000.0));
        assertEquals("87.4", Numbers.plain(87.4));
        assertEquals("0.07", Numbers.plain(0.07));
        assertEquals("0", Numbers.plain(0.0));
        assertEquals("-20", Numbers.plain(-20.0));
        assertEquals("0.0000001", Numbers.plain(1e-7));
        assertEquals("100000000000000000000", Numbers.plain(1e20));
    }

    @Test
    void plainPercentsShiftInDecimalNotInBinary() {
        assertEquals("7", Numbers.plainPercent(0.07));
        assertEquals("12.5", Numbers.plainPercent(0.125));
        assertEquals("7%", Tolerance.relative(0.07).toString());
        assertEquals("20", Tolerance.absolute(20).toString());
        assertEquals("600-680", Target.range(600, 680).toString());
    }
}
