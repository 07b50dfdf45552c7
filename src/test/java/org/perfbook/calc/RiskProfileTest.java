package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Confidence;
import org.perfbook.model.Direction;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScore;
import org.perfbook.model.RiskStatus;
import org.perfbook.model.Source;

class RiskProfileTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Period Q4 = Period.quarter(2021, 4);

    static RiskEntry e(String id, RiskKind kind, Period p, int l, int i, int tl, int ti, Confidence c, RiskStatus s) {
        return new RiskEntry(id, kind, "D", p, id + " title", "", "", "", "Owner", new RiskScore(l, i),
                new RiskScore(tl, ti), "March 2022", null, c, "", "", "", "", "Done. More to say.", s, Source.of("f.xlsx"));
    }

    @Test
    void aRisksScoreGoingDownIsImprovingAndAnOpportunitysGoingUpIs() {
        assertEquals(Direction.IMPROVING, RiskProfile.direction(RiskKind.RISK, 16, 12));
        assertEquals(Direction.WORSENING, RiskProfile.direction(RiskKind.RISK, 12, 16));
        assertEquals(Direction.IMPROVING, RiskProfile.direction(RiskKind.OPPORTUNITY, 12, 15));
        assertEquals(Direction.WORSENING, RiskProfile.direction(RiskKind.OPPORTUNITY, 15, 12));
        assertEquals(Direction.NO_CHANGE, RiskProfile.direction(RiskKind.RISK, 16, 16));
        assertEquals(Direction.NOT_AVAILABLE, RiskProfile.direction(RiskKind.RISK, null, 16));
    }

    @Test
    void risksAreOnTheRegisterFromTheThresholdAndOpportunitiesByTheirTarget() {
        assertTrue(RiskProfile.included(e("A", RiskKind.RISK, Q4, 3, 4, 2, 4, null, RiskStatus.OPEN), 12));
        assertFalse(RiskProfile.included(e("A", RiskKind.RISK, Q4, 2, 5, 2, 4, null, RiskStatus.OPEN), 12));
        assertFalse(RiskProfile.included(e("A", RiskKind.RISK, Q4, 5, 5, 2, 4, null, RiskStatus.CLOSED), 12));
        assertTrue(RiskProfile.included(e("A", RiskKind.RISK, Q4, 2, 5, 2, 4, null, RiskStatus.OPEN), 10));
        // CO2: 6 now, 16 as its target
        assertTrue(RiskProfile.included(e("CO2", RiskKind.OPPORTUNITY, Q4, 3, 2, 4, 4, null, RiskStatus.OPEN), 12));
        assertFalse(RiskProfile.included(e("CO3", RiskKind.OPPORTUNITY, Q4, 3, 2, 3, 3, null, RiskStatus.OPEN), 12));
    }

    @Test
    void changesSinceLastQuarterAreWordedAsTheCoverReportWordsThem() {
        List<RiskEntry> q3 = List.of(
                e("Corp2", RiskKind.RISK, Q3, 3, 4, 2, 4, Confidence.GREEN, RiskStatus.OPEN),
                e("CORP3", RiskKind.RISK, Q3, 3, 4, 2, 4, Confidence.GREEN, RiskStatus.OPEN),
                e("Corp6", RiskKind.RISK, Q3, 5, 5, 3, 4, Confidence.AMBER, RiskStatus.OPEN),
                e("Corp10", RiskKind.RISK, Q3, 4, 4, 3, 4, Confidence.GREEN, RiskStatus.OPEN),
                e("CO1", RiskKind.OPPORTUNITY, Q3, 4, 3, 5, 4, Confidence.GREEN, RiskStatus.OPEN));
        List<RiskEntry> q4 = List.of(
                e("Corp2", RiskKind.RISK, Q4, 3, 4, 2, 4, Confidence.AMBER, RiskStatus.OPEN),
                e("CORP3", RiskKind.RISK, Q4, 2, 4, 2, 4, null, RiskStatus.CLOSED),
                e("Corp6", RiskKind.RISK, Q4, 5, 4, 3, 4, Confidence.AMBER, RiskStatus.OPEN),
                e("Corp10", RiskKind.RISK, Q4, 2, 4, 2, 4, Confidence.GREEN, RiskStatus.OPEN),
                e("Corp8", RiskKind.RISK, Q4, 4, 5, 3, 4, Confidence.RED, RiskStatus.PROPOSED),
                e("CO1", RiskKind.OPPORTUNITY, Q4, 5, 3, 5, 4, Confidence.GREEN, RiskStatus.OPEN));
        RiskProfile p = RiskProfile.of(Q4, Map.of(Q3, q3, Q4, q4), 12);
        assertEquals(List.of("Corp2", "Corp6", "Corp8", "CO1"), p.lines().stream().map(l -> l.entry().id()).toList());
        List<String> changes = p.changes().stream().map(RiskProfile.Change::text).toList();
        assertEquals(List.of(
                "Addition of the risk Corp8 Corp8 title, scored 20.",
                "Removal of the risk relating to CORP3 title (CORP3): closed this quarter. Done.",
                "Removal of the risk relating to Corp10 title (Corp10): its score is now 8, below the register's threshold of 12.",
                "Corp6 Corp6 title: the risk score has changed from 25 to 20 (improving).",
                "CO1 CO1 title: the opportunity score has changed from 12 to 15 (improving).",
                "Corp2 Corp2 title: the risk confidence RAG rating has changed from green to amber."), changes);
        RiskProfile.Line corp2 = p.lines().get(0);
        assertEquals(Confidence.GREEN, corp2.confidenceIn(3));
        assertEquals(Confidence.AMBER, corp2.confidenceIn(4));
        assertEquals(Direction.NO_CHANGE, corp2.direction());
        assertEquals(Direction.NOT_AVAILABLE, p.lines().get(2).direction());
    }

    @Test
    void withoutLastQuartersRegistersNoChangesAreListed() {
        RiskProfile p = RiskProfile.of(Q4, Map.of(Q4, List.of(
                e("Corp2", RiskKind.RISK, Q4, 3, 4, 2, 4, Confidence.AMBER, RiskStatus.OPEN))), 12);
        assertEquals(1, p.lines().size());
        assertFalse(p.compared());
        assertEquals(List.of(), p.changes());
        assertTrue(RiskProfile.of(Q4, Map.of(Q3, List.of(), Q4, List.of()), 12).compared());
    }

    @Test
    void idsSortByTheirNumber() {
        assertTrue(RiskProfile.byId("CORP2", "Corp10") < 0);
        assertTrue(RiskProfile.byId("Corp 7", "CORP7") == 0);
    }
}
