package org.perfbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.perfbook.model.Period;

class PeriodWordsTest {

    @Test
    void theBookWritesMonthsInFull() {
        assertEquals("October 2021 to December 2021", PeriodWords.months(Period.quarter(2021, 3)));
        assertEquals("April 2021 to March 2022", PeriodWords.months(Period.year(2021)));
    }

    @Test
    void theBookAndTheChartsAbbreviateSeptemberDifferently() {
        assertEquals("Jul–Sept", PeriodWords.bookQuarterMonths(Period.quarter(2021, 2)));
        assertEquals("Jul–Sep", PeriodWords.chartQuarterMonths(Period.quarter(2021, 2)));
        assertEquals("Oct–Dec", PeriodWords.bookQuarterMonths(Period.quarter(2021, 3)));
        assertEquals("Oct–Dec", PeriodWords.chartQuarterMonths(Period.quarter(2021, 3)));
        assertEquals("Apr–Jun", PeriodWords.bookQuarterMonths(Period.quarter(2021, 1)));
        assertEquals("Jan–Mar", PeriodWords.chartQuarterMonths(Period.quarter(2021, 4)));
    }

    @Test
    void chartsLabelQuartersShortly() {
        assertEquals("Q3 21/22", PeriodWords.chartLabel(Period.quarter(2021, 3)));
        assertEquals("Q4 99/00", PeriodWords.chartLabel(Period.quarter(2099, 4)));
        assertEquals("2021/22", PeriodWords.chartLabel(Period.year(2021)));
    }
}
