package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.testing.Indicators;

/** The checks made on statuses after assessment. */
class ChecksTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Indicator DEFECTS = Indicators.percentage("HIG-01").target(95).build();
    static final Indicator VISITS = Indicators.count("LIB-01").target(1_400_000).cumulative().build();
    static final Catalogue CATALOGUE = new Catalogue(List.of(DEFECTS, VISITS), List.of(), List.of(), List.of(),
            List.of());

    private static Observation figure(String id, double value, String breakdown, String commentary, String cell) {
        return new Observation(id, Q3, breakdown, value, null, null, commentary, new Source("r.xlsx", "Return", cell));
    }

    private static List<Finding> check(Observation... observations) {
        return Checks.noCommentary(CATALOGUE, new Assessor(CATALOGUE, List.of(observations)).evaluateAll());
    }

    @Test
    void aRedTotalWithoutCommentaryIsQueriedAtItsCell() {
        List<Finding> f = check(figure("HIG-01", 60, "", "", "J8"));
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).is(FindingCode.NO_COMMENTARY));
        assertEquals("J8", f.get(0).source().cell());
        assertTrue(f.get(0).message().startsWith("HIG-01 is below the desired level"), f.get(0).message());
    }

    @Test
    void withCommentaryOnTargetOrCumulativeAFigureIsNotQueried() {
        assertEquals(List.of(), check(figure("HIG-01", 60, "", "Staff shortages; agency crews from May.", "J8")));
        assertEquals(List.of(), check(figure("HIG-01", 97, "", "", "J8")));
        assertEquals(List.of(), check(figure("LIB-01", 10, "", "", "J9")));
    }

    private static List<Finding> plans(java.util.Map<String, java.util.Set<String>> planned, Observation... observations) {
        return Checks.noRecoveryPlan(CATALOGUE, new Assessor(CATALOGUE, List.of(observations)).evaluateAll(), planned);
    }

    @Test
    void aRedTotalWhoseReturnListsNoActionForItIsAWarningAtItsCell() {
        List<Finding> f = plans(java.util.Map.of("r.xlsx", java.util.Set.of("LIB-01")),
                figure("HIG-01", 60, "", "Staff shortages.", "J8"));
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).is(FindingCode.NO_RECOVERY_PLAN));
        assertEquals(Finding.Severity.WARNING, f.get(0).severity());
        assertEquals("J8", f.get(0).source().cell());
        assertTrue(f.get(0).message().startsWith("HIG-01 is Red (requires improvement) but the Actions sheet lists "
                + "no action for it"), f.get(0).message());
    }

    @Test
    void anActionOnTargetAReturnWithoutTheSheetOrABreakdownIsNotQueried() {
        var planned = java.util.Map.of("r.xlsx", java.util.Set.of("HIG-01"));
        assertEquals(List.of(), plans(planned, figure("HIG-01", 60, "", "", "J8")), "an action is listed");
        assertEquals(List.of(), plans(java.util.Map.of("r.xlsx", java.util.Set.<String>of()),
                figure("HIG-01", 97, "", "", "J8")), "on target");
        assertEquals(List.of(), plans(java.util.Map.of(), figure("HIG-01", 60, "", "", "J8")),
                "a return with no Actions sheet had nowhere to list one");
        assertEquals(List.of(), plans(java.util.Map.of("r.xlsx", java.util.Set.<String>of()),
                figure("HIG-01", 60, "Burnley", "", "J9")), "a district's figure");
    }

    @Test
    void aFindingCodeMustBeOneOfTheDocumentedCodes() {
        assertThrows(IllegalArgumentException.class,
                () -> new Finding(Source.of("r.xlsx"), Finding.Severity.ERROR, "made-up-code", "x"));
    }
}
