package org.perfbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.perfbook.testing.Indicators;

class OutturnRuleTest {

    @Test
    void derivedFromTheMeasureAndTheCumulativeFlag() {
        assertEquals(OutturnRule.SUM, Indicators.count("LIB-01").cumulative().build().outturnRule(),
                "a cumulative count is a flow");
        assertEquals(OutturnRule.YEAR_END, Indicators.count("LIB-05").build().outturnRule(),
                "a count that does not add up is a snapshot");
        assertEquals(OutturnRule.RECOMPUTED, Indicators.percentage("HIG-01").build().outturnRule());
        assertEquals(OutturnRule.YEAR_END, Indicators.rate("CSC-01", 10000, "Aged 0-17").build().outturnRule(),
                "a population rate is a snapshot or a rolling year");
        assertEquals(OutturnRule.RECOMPUTED, Indicators.rate("CSC-01", 10000, "Aged 0-17").cumulative().build()
                .outturnRule());
        assertEquals(OutturnRule.YEAR_END, Indicators.of("HR-01", Measure.AVERAGE).build().outturnRule());
    }

    @Test
    void theCatalogueCanOverrideIt() {
        assertEquals(OutturnRule.SUM, Indicators.count("ECO-03").outturn(OutturnRule.SUM).build().outturnRule());
        assertEquals(OutturnRule.YEAR_TO_DATE, Indicators.count("ECO-03").build().withOutturn(OutturnRule.YEAR_TO_DATE)
                .outturnRule());
    }

    @Test
    void parsesTheCatalogueWords() {
        assertEquals(OutturnRule.YEAR_END, OutturnRule.parse(" year END "));
        assertEquals(OutturnRule.YEAR_TO_DATE, OutturnRule.parse("Year-to-date"));
        assertEquals(OutturnRule.RECOMPUTED, OutturnRule.parse("recomputed"));
        assertThrows(IllegalArgumentException.class, () -> OutturnRule.parse("Mean"));
    }
}
