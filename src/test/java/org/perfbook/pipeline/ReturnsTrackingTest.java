package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.ReturnReceipt;
import org.perfbook.model.Source;
import org.perfbook.model.Status;
import org.perfbook.returns.ReturnFile;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.template.TemplateLayout;
import org.perfbook.testing.Indicators;

/** Who owes a return, who sent one, late or superseded, and what a missing one does to the book's counts. */
class ReturnsTrackingTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Indicator DEFECTS = Indicators.percentage("HIG-01").service("Highways").target(95).build();
    static final Indicator VISITS = Indicators.count("LIB-01").service("Libraries").target(400_000).build();
    static final Indicator SMOKING = Indicators.percentage("PH-01").service("Public Health").target(20).build();
    static final Indicator OBESITY = Indicators.percentage("PH-02").service("Public Health").target(30).build();
    /** Annual: due in Q4 only, so Parks owes nothing in Q3. */
    static final Indicator PARKS = Indicators.percentage("PK-01").service("Parks").frequency(Frequency.ANNUAL)
            .target(80).build();
    static final Catalogue CATALOGUE = new Catalogue(List.of(DEFECTS, VISITS, SMOKING, OBESITY, PARKS), List.of(),
            List.of(), List.of(), List.of());
    static final LocalDate DUE = TemplateLayout.dueDate(Q3);

    private static ReturnFile received(String name, String service, Instant saved) {
        return new ReturnFile(Path.of(name), name, new TemplateIdentity(1, service, Q3, List.of()), "Return",
                "Pat Jones", List.of(), List.of(), true, saved);
    }

    private static Instant onDay(LocalDate d, int hour) {
        return d.atTime(hour, 0).atZone(ReturnsTracking.COUNCIL_TIME).toInstant();
    }

    private static ReturnReceipt of(ReturnsTracking.Tracking t, String service, ReturnReceipt.State state) {
        return t.receipts().stream().filter(r -> r.service().equals(service) && r.state() == state).findFirst()
                .orElseThrow(() -> new AssertionError(service + " " + state + " not in " + t.receipts()));
    }

    @Test
    void everyServiceWithAnIndicatorDueIsTrackedAndAMissingOneIsAnError() {
        ReturnFile highways = received("highways.xlsx", "Highways", onDay(DUE.minusDays(3), 10));
        ReturnFile libraries = received("libraries.xlsx", "libraries ", onDay(DUE, 23));
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(highways, libraries), Map.of(), "returns/2021-22-Q3");

        assertEquals(3, t.receipts().size(), t.receipts()::toString);
        assertEquals("Pat Jones", of(t, "Highways", ReturnReceipt.State.RECEIVED).contact());
        assertEquals("libraries.xlsx", of(t, "Libraries", ReturnReceipt.State.RECEIVED).file());
        ReturnReceipt ph = of(t, "Public Health", ReturnReceipt.State.MISSING);
        assertEquals("", ph.file());
        assertNull(ph.saved());
        assertEquals(DUE, ph.due());
        assertTrue(t.receipts().stream().noneMatch(r -> r.service().equals("Parks")), "nothing due for Parks in Q3");

        assertEquals(1, t.findings().size());
        Finding f = t.findings().get(0);
        assertTrue(f.is(FindingCode.MISSING_RETURN) && f.isError());
        assertEquals("returns/2021-22-Q3", f.source().file());
        assertTrue(f.message().startsWith("No return from Public Health for 2021/22 Q3"), f.message());
        assertTrue(f.message().contains("PH-01, PH-02"), f.message());
        assertEquals(Set.of("PH-01", "PH-02"), t.notReported());
        assertEquals("2 of 3 returns received; missing: Public Health", t.summary());
    }

    @Test
    void aMissingReturnNamesItsServiceAndPeriodForTheFindingsSheet() {
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(received("highways.xlsx", "Highways", null)), Map.of(),
                "returns/2021-22-Q3");
        assertEquals(List.of("Libraries", "Public Health"),
                t.missingReturns().stream().map(FindingContext::service).toList());
        assertTrue(t.missingReturns().stream().allMatch(f -> Q3.equals(f.period()) && f.indicatorId().isEmpty()));
        assertEquals(t.findings(), t.missingReturns().stream().map(FindingContext::finding).toList());
    }

    @Test
    void aReturnSavedAfterItsDueDateIsLateAndOneSavedOnTheDayIsNot() {
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(
                received("highways.xlsx", "Highways", onDay(DUE.plusDays(1), 9)),
                received("libraries.xlsx", "Libraries", onDay(DUE, 23)),
                received("ph.xlsx", "Public Health", null)), Map.of(), "returns");
        assertEquals(ReturnReceipt.State.LATE, of(t, "Highways", ReturnReceipt.State.LATE).state());
        of(t, "Libraries", ReturnReceipt.State.RECEIVED);
        of(t, "Public Health", ReturnReceipt.State.RECEIVED);
        assertEquals(List.of(), t.findings());
        assertEquals("3 of 3 returns received; late: Highways", t.summary());
    }

    @Test
    void aSupersededReturnIsListedBesideTheOneUsedAndDoesNotCountTwice() {
        ReturnFile first = received("highways.xlsx", "Highways", onDay(DUE.minusDays(5), 9));
        ReturnFile second = received("highways-v2.xlsx", "Highways", onDay(DUE.minusDays(1), 9));
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(first, second), Map.of(first, second), "returns");
        assertEquals("highways-v2.xlsx", of(t, "Highways", ReturnReceipt.State.RECEIVED).file());
        assertEquals("highways.xlsx", of(t, "Highways", ReturnReceipt.State.SUPERSEDED).file());
        assertEquals("1 of 3 returns received; missing: Libraries, Public Health", t.summary());
    }

    @Test
    void aReturnIsMatchedToItsServiceWhateverItsCaseAndTheLastOfTwoIsUsed() {
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(
                received("highways.xlsx", " HIGHWAYS ", null),
                received("libraries-a.xlsx", "libraries", null),
                received("libraries-b.xlsx", "Libraries", null)), Map.of(), "returns");
        assertEquals("highways.xlsx", of(t, "Highways", ReturnReceipt.State.RECEIVED).file());
        assertEquals("libraries-b.xlsx", of(t, "Libraries", ReturnReceipt.State.RECEIVED).file());
        of(t, "Public Health", ReturnReceipt.State.MISSING);
    }

    @Test
    void aReturnForAnotherPeriodDoesNotCountForThisOne() {
        ReturnFile q2 = new ReturnFile(Path.of("h.xlsx"), "h.xlsx", new TemplateIdentity(1, "Highways", Q3.previous(),
                List.of()), "Return", "", List.of(), List.of(), true, null);
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(q2), Map.of(), "returns");
        of(t, "Highways", ReturnReceipt.State.MISSING);
    }

    @Test
    void errorsAndWarningsAreCountedPerReturn() {
        ReturnFile highways = received("highways.xlsx", "Highways", null);
        var t = ReturnsTracking.track(CATALOGUE, Q3, List.of(highways), Map.of(), "returns");
        List<Finding> findings = new ArrayList<>(t.findings());
        findings.add(Finding.error(new Source("highways.xlsx", "Return", "H8"), FindingCode.TEXT_IN_NUMBER, "x"));
        findings.add(Finding.warning(new Source("highways.xlsx", "Return", "J8"), FindingCode.NO_COMMENTARY, "x"));
        findings.add(Finding.warning(new Source("highways.xlsx", "Return", "J9"), FindingCode.NO_COMMENTARY, "x"));
        ReturnReceipt r = of(t.counting(findings), "Highways", ReturnReceipt.State.RECEIVED);
        assertEquals(1, r.errors());
        assertEquals(2, r.warnings());
    }

    @Test
    void theIndicatorsOfAMissingReturnAreNotReportedAndStillCounted() {
        List<Observation> figures = List.of(
                new Observation("HIG-01", Q3, "", 97.0, null, null, "", Source.of("h.xlsx")),
                new Observation("LIB-01", Q3, "", 300_000.0, null, null, "Closures.", Source.of("l.xlsx")));
        List<Assessment> a = new Assessor(CATALOGUE, figures).assess(Q3, Set.of("PH-01", "PH-02"));
        assertEquals(Status.GREEN, a.get(0).status());
        assertEquals(Status.RED, a.get(1).status());
        assertEquals(Status.NOT_REPORTED, a.get(2).status());
        assertEquals(Status.NOT_REPORTED, a.get(3).status());
        assertEquals("Return not received", a.get(2).status().wording());
        assertFalse(a.get(4).status() == Status.NOT_REPORTED, "an indicator not due is not 'not reported'");
        List<Assessment> without = new Assessor(CATALOGUE, figures).assess(Q3);
        assertEquals(Status.NOT_RATED, without.get(2).status());
    }
}
