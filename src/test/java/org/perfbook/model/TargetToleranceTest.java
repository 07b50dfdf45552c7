package org.perfbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetToleranceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        95                      | 95       | 95      | ''
        95%                     | 95       | 95      | ''
        1,400,000               | 1400000  | 1400000 | ''
        £11.25                  | 11.25    | 11.25   | ''
        600-680                 | 600      | 680     | ''
        600 - 680               | 600      | 680     | ''
        600 to 680              | 600      | 680     | ''
        -1 to 1                 | -1       | 1       | ''
        0%                      | 0        | 0       | ''
        9.83 (pending review)   | 9.83     | 9.83    | pending review
        65% (2035 long-term)    | 65       | 65      | 2035 long-term
        """)
    void parsesTargetsAsTheCatalogueWritesThem(String text, double low, double high, String caveat) {
        Target t = Target.parse(text);
        assertEquals(low, t.low());
        assertEquals(high, t.high());
        assertEquals(caveat, t.caveat());
        assertEquals(caveat.isEmpty(), t.rates());
    }

    @Test
    void targetsPrintAsTyped() {
        assertEquals("600-680", Target.parse("600 - 680").toString());
        assertEquals("9.83 (pending review)", Target.parse("9.83 (pending review)").toString());
        assertTrue(Target.parse("600-680").isRange());
        assertFalse(Target.parse("95").isRange());
        assertNull(Target.parse("  "));
    }

    @Test
    void badTargetsSayWhatIsWrong() {
        var e = assertThrows(IllegalArgumentException.class, () -> Target.parse("about ninety"));
        assertTrue(e.getMessage().contains("'about ninety' is not a target"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("680-600"));
    }

    @Test
    void tolerancesRelativeOrAbsolute() {
        assertEquals(Tolerance.DEFAULT, Tolerance.parse(""));
        assertEquals(Tolerance.relative(0.02), Tolerance.parse("2%"));
        assertEquals(Tolerance.absolute(0.5), Tolerance.parse("0.5"));
        assertEquals(4.75, Tolerance.parse("5%").band(95), 1e-12);
        assertEquals(0.5, Tolerance.parse("0.5").band(95), 1e-12);
        assertEquals("5%", Tolerance.DEFAULT.toString());
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("-2"));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("some"));
    }

    @Test
    void enumsReadTheCataloguesWords() {
        assertEquals(Polarity.LOW, Polarity.parse(" low "));
        assertEquals(Polarity.NONE, Polarity.parse("On target"));
        assertEquals(Measure.RATE, Measure.parse("Rate"));
        assertEquals(Frequency.QUARTERLY, Frequency.parse("Quarterly"));
        var e = assertThrows(IllegalArgumentException.class, () -> Measure.parse("Percent-ish"));
        assertTrue(e.getMessage().contains("Count, Percentage, Rate"));
    }
}
