package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/** A monthly indicator in a quarterly book: reported at its latest month, with an XmR chart from 15 months. */
class MonthlyAssessmentTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Indicator SICKNESS = new Indicator("HR-04", "Sickness days per FTE", "Better services", "CEDR", "HR",
            Frequency.MONTHLY, Measure.AVERAGE, 1, "", Polarity.LOW, Target.of(11.0), Tolerance.DEFAULT, false, 2, "");
    static final Indicator QUARTERLY = new Indicator("HR-01", "Sickness, quarterly", "Better services", "CEDR", "HR",
            Frequency.QUARTERLY, Measure.AVERAGE, 1, "", Polarity.LOW, null, Tolerance.DEFAULT, false, 2, "");
    static final Catalogue CATALOGUE = new Catalogue(List.of(SICKNESS, QUARTERLY), List.of(), List.of(), List.of(),
            List.of());

    /** {@code values} for consecutive months ending at {@code last}. */
    private static List<Observation> months(String id, Period last, double... values) {
        List<Observation> out = new ArrayList<>();
        Period p = last;
        for (int i = 1; i < values.length; i++) {
            p = p.previous();
        }
        for (double v : values) {
            out.add(AssessorTest.obs(id, p, v, null, null));
            p = p.next();
        }
        return out;
    }

    private static final double[] SIXTEEN = {10.8, 10.9, 10.7, 10.8, 10.6, 10.9, 10.8, 10.7, 10.9, 10.8, 10.7,
            10.8, 10.9, 10.6, 10.8, 10.7};

    @Test
    void theLatestMonthIsTheCurrentFigureAndEachQuarterShowsItsLatestMonth() {
        Assessment a = new Assessor(CATALOGUE, months("HR-04", Period.parse("Dec 2021"), SIXTEEN)).assess(SICKNESS, Q3);
        assertEquals(Period.parse("Dec 2021"), a.period());
        assertEquals(10.7, a.current().observation().value());
        assertEquals(Period.parse("Nov 2021"), a.figureFor(Period.parse("Nov 2021")).observation().period());
        assertEquals(Period.parse("Sep 2021"), a.figureFor(Period.quarter(2021, 2)).observation().period());
        assertEquals(Period.parse("Dec 2021"), a.figureFor(Q3).observation().period());
        assertNull(a.figureFor(Period.quarter(2021, 4)));
    }

    @Test
    void aQuarterWithoutItsLastMonthIsReportedAtTheLatestMonthItHas() {
        double[] fifteen = java.util.Arrays.copyOf(SIXTEEN, 15);
        Assessment a = new Assessor(CATALOGUE, months("HR-04", Period.parse("Nov 2021"), fifteen)).assess(SICKNESS, Q3);
        assertEquals(Period.parse("Nov 2021"), a.period());
        assertEquals(fifteen[14], a.current().observation().value());
    }

    @Test
    void fifteenMonthsGiveAnXmrChartWithTheTargetAssured() {
        Assessment a = new Assessor(CATALOGUE, months("HR-04", Period.parse("Dec 2021"), SIXTEEN)).assess(SICKNESS, Q3);
        Spc spc = a.spc();
        assertNotNull(spc);
        assertEquals(16, spc.points().size());
        assertEquals(Period.parse("Sep 2020"), spc.points().get(0).period());
        // numpy from the definitions: mean 10.775, limits 10.367133333333332 to 11.18286666666667, no special cause
        assertEquals(10.775, spc.mean(), 1e-9);
        assertEquals(10.367133333333332, spc.lower(), 1e-9);
        assertEquals(11.18286666666667, spc.upper(), 1e-9);
        assertEquals(Spc.Variation.COMMON, spc.variation());
        // the target of 11.0 lies within the limits
        assertEquals(Spc.Assurance.INCONSISTENT, spc.assurance());

        Assessment short14 = new Assessor(CATALOGUE,
                months("HR-04", Period.parse("Dec 2021"), java.util.Arrays.copyOf(SIXTEEN, 14))).assess(SICKNESS, Q3);
        assertNull(short14.spc());
    }

    @Test
    void aQuarterlySeriesTakesOnlyItsQuarters() {
        List<Observation> obs = new ArrayList<>();
        Period p = Q3;
        for (int i = 0; i < 14; i++) {
            p = p.previous();
        }
        for (int i = 0; i < 15; i++) {
            obs.add(AssessorTest.obs("HR-01", p, 11.0 + 0.1 * (i % 3), null, null));
            p = p.next();
        }
        assertEquals(15, new Assessor(CATALOGUE, obs).assess(QUARTERLY, Q3).spc().points().size());
        // a whole year's figure in the same series is not a quarter
        obs.add(AssessorTest.obs("HR-01", Period.year(2020), 11.2, null, null));
        assertEquals(15, new Assessor(CATALOGUE, obs).assess(QUARTERLY, Q3).spc().points().size());
        assertNull(new Assessor(CATALOGUE, obs.subList(1, 15)).assess(QUARTERLY, Q3).spc());
    }
}
