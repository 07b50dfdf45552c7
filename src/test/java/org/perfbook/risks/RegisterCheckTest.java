package org.perfbook.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.risks.RegisterFixture.Q3;
import static org.perfbook.risks.RegisterFixture.Q4;
import static org.perfbook.risks.RegisterFixture.cell;
import static org.perfbook.risks.RegisterFixture.entry;
import static org.perfbook.risks.RegisterFixture.only;
import static org.perfbook.risks.RegisterFixture.read;
import static org.perfbook.risks.RegisterFixture.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Confidence;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScore;
import org.perfbook.model.RiskStatus;
import org.perfbook.model.Source;

/** Each check on a register, each with its own broken register, the finding asserted at its cell. */
class RegisterCheckTest {

    @TempDir
    Path dir;

    private static Finding one(List<Finding> findings, FindingCode code) {
        List<Finding> f = findings.stream().filter(x -> x.is(code)).toList();
        assertEquals(1, f.size(), "one " + code + " in " + findings);
        return f.get(0);
    }

    private Map<RegisterColumn, String> with(String id, RegisterColumn c, String value) {
        Map<RegisterColumn, String> m = new LinkedHashMap<>(entry(id));
        m.put(c, value);
        return m;
    }

    @Test
    void aCorrectRegisterReadsCleanlyWithItsScoresAsTyped() throws IOException {
        Map<RegisterColumn, String> e = with("Corp2", RegisterColumn.CURRENT_SCORE, "12");
        RegisterReader.Result r = read(register(dir, "Children", Q4, List.of(e)), Q4);
        assertEquals(List.of(), r.findings());
        RiskEntry x = only(r);
        assertEquals(new RiskScore(3, 4), x.current());
        assertEquals(8, x.target().score());
        assertEquals(Confidence.GREEN, x.confidence());
        assertEquals("Children", x.directorate());
        assertEquals(cell(RegisterColumn.ID, 0), x.source().cell());
        assertEquals(java.time.LocalDate.of(2022, 3, 31), x.targetDate());
    }

    @Test
    void anUnknownScaleWordIsAnErrorAtItsCellAndTheEntryHasNoScore() throws IOException {
        RegisterReader.Result r = read(register(dir, "Children", Q4,
                List.of(with("Corp2", RegisterColumn.CURRENT_LIKELIHOOD, "Probable"))), Q4);
        Finding f = one(r.findings(), FindingCode.RISK_SCALE_WORD);
        assertEquals(cell(RegisterColumn.CURRENT_LIKELIHOOD, 0), f.source().cell());
        assertEquals("Register", f.source().sheet());
        assertTrue(f.message().startsWith("Corp2: 'Probable' is not a likelihood perfbook knows"), f.message());
        assertNull(only(r).current());
    }

    @Test
    void aScoreThatIsNotLikelihoodTimesImpactIsAnErrorAtTheScore() throws IOException {
        RegisterReader.Result r = read(register(dir, "Children", Q4,
                List.of(with("Corp2", RegisterColumn.TARGET_SCORE, "6"))), Q4);
        Finding f = one(r.findings(), FindingCode.RISK_SCORE_MISMATCH);
        assertEquals(cell(RegisterColumn.TARGET_SCORE, 0), f.source().cell());
        assertTrue(f.isError());
        assertTrue(f.message().contains("'6', is not Unlikely (2) \u00D7 Major (4) = 8. The register uses 8"), f.message());
        assertEquals(8, only(r).target().score());
    }

    @Test
    void aTargetWorseThanNowIsAWarningForARiskAboveAndAnOpportunityBelow() throws IOException {
        Map<RegisterColumn, String> risk = with("Corp2", RegisterColumn.TARGET_LIKELIHOOD, "Certain");
        Map<RegisterColumn, String> opp = with("CO1", RegisterColumn.TARGET_LIKELIHOOD, "Rare");
        Map<RegisterColumn, String> fine = with("CO2", RegisterColumn.TARGET_LIKELIHOOD, "Certain");
        RegisterReader.Result r = read(register(dir, "Adults", Q4, List.of(risk, opp, fine)), Q4);
        List<Finding> worse = r.findings().stream().filter(x -> x.is(FindingCode.TARGET_WORSE)).toList();
        assertEquals(2, worse.size(), worse.toString());
        assertEquals(cell(RegisterColumn.TARGET_LIKELIHOOD, 0), worse.get(0).source().cell());
        assertTrue(worse.get(0).message().contains("is higher than the current score 12"), worse.get(0).message());
        assertEquals(cell(RegisterColumn.TARGET_LIKELIHOOD, 1), worse.get(1).source().cell());
        assertTrue(worse.get(1).message().contains("is lower than the current score 12"), worse.get(1).message());
        assertEquals(RiskKind.OPPORTUNITY, r.entries().get(1).kind());
    }

    @Test
    void aTargetDateBeforeTheQuarterOnAnOpenEntryIsAWarningButNotOnAClosedOne() throws IOException {
        Map<RegisterColumn, String> open = with("Corp2", RegisterColumn.TARGET_DATE, "September 2021");
        Map<RegisterColumn, String> closed = with("CORP3", RegisterColumn.TARGET_DATE, "September 2021");
        closed.put(RegisterColumn.STATUS, "Closed");
        Map<RegisterColumn, String> thisQuarter = with("Corp4", RegisterColumn.TARGET_DATE, "Jan 2022");
        RegisterReader.Result r = read(register(dir, "Children", Q4, List.of(open, closed, thisQuarter)), Q4);
        Finding f = one(r.findings(), FindingCode.TARGET_DATE_PASSED);
        assertEquals(cell(RegisterColumn.TARGET_DATE, 0), f.source().cell());
        assertTrue(f.message().contains("the target date September 2021 passed before 2021/22 Q4 began, yet the risk "
                + "is still open"), f.message());
        assertEquals(RiskStatus.CLOSED, r.entries().get(1).status());
    }

    @Test
    void aMissingOwnerIsAnErrorAtTheOwnerCell() throws IOException {
        RegisterReader.Result r = read(register(dir, "Children", Q4, List.of(with("Corp2", RegisterColumn.OWNER, " "))), Q4);
        Finding f = one(r.findings(), FindingCode.MISSING_OWNER);
        assertEquals(cell(RegisterColumn.OWNER, 0), f.source().cell());
        assertTrue(f.message().startsWith("Corp2 has no owner."), f.message());
    }

    @Test
    void kindStatusAndConfidenceWordsAreChecked() throws IOException {
        Map<RegisterColumn, String> badKind = with("Corp2", RegisterColumn.KIND, "Threat");
        Map<RegisterColumn, String> badConfidence = with("Corp4", RegisterColumn.CONFIDENCE, "Purple");
        Map<RegisterColumn, String> noStatus = with("Corp5", RegisterColumn.STATUS, "");
        RegisterReader.Result r = read(register(dir, "Children", Q4, List.of(badKind, badConfidence, noStatus)), Q4);
        List<Finding> f = r.findings().stream().filter(x -> x.is(FindingCode.REGISTER_VALUE)).toList();
        assertEquals(3, f.size(), f.toString());
        assertEquals(cell(RegisterColumn.KIND, 0), f.get(0).source().cell());
        assertTrue(f.get(0).message().contains("'Threat' is not a kind of entry, so the entry is not used"));
        assertEquals(cell(RegisterColumn.CONFIDENCE, 1), f.get(1).source().cell());
        assertEquals(cell(RegisterColumn.STATUS, 2), f.get(2).source().cell());
        assertEquals(Finding.Severity.WARNING, f.get(2).severity());
        assertEquals(List.of("Corp4", "Corp5"), r.entries().stream().map(RiskEntry::id).toList());
        assertNull(r.entries().get(0).confidence());
    }

    @Test
    void aDuplicateIdAcrossDirectoratesIsAnErrorAtBothAndNeitherIsUsed() throws IOException {
        Path children = register(dir, "Children", Q4, List.of(entry("Corp7"), entry("Corp2")));
        Path adults = register(dir, "Adults", Q4, List.of(entry("CORP 7")));
        RegisterChecks.Quarter q = RegisterChecks.quarter(Q4, files(children, adults), List.of());
        List<Finding> dup = q.findings().stream().filter(x -> x.is(FindingCode.DUPLICATE_RISK_ID)).toList();
        assertEquals(2, dup.size(), dup.toString());
        assertEquals(cell(RegisterColumn.ID, 0), dup.get(0).source().cell());
        assertTrue(dup.get(0).message().contains("is also used at " + adults.getFileName() + " cell "
                + cell(RegisterColumn.ID, 0)), dup.get(0).message());
        assertEquals(List.of("Corp2"), q.entries().stream().map(RiskEntry::id).toList());
    }

    @Test
    void anEntryThatVanishedWithoutBeingClosedIsAnErrorOnItsDirectoratesRegister() throws IOException {
        Path children = register(dir, "Children", Q4, List.of(entry("Corp2")));
        RiskEntry corp3 = entryOf("CORP3", "Children", RiskStatus.OPEN);
        RiskEntry closedLastQuarter = entryOf("CORP9", "Children", RiskStatus.CLOSED);
        RegisterChecks.Quarter q = RegisterChecks.quarter(Q4, files(children), List.of(corp3, closedLastQuarter,
                entryOf("Corp2", "Children", RiskStatus.OPEN)));
        Finding f = one(q.findings(), FindingCode.VANISHED_ENTRY);
        assertEquals(children.getFileName().toString(), f.source().file());
        assertEquals("Register", f.source().sheet());
        assertTrue(f.message().startsWith("CORP3 (SEND) was on the Children register in 2021/22 Q3 but is on no "
                + "register for 2021/22 Q4."), f.message());
    }

    @Test
    void oneBrokenRegisterNeverStopsTheOthers() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path good = register(dir, "Children", Q4, List.of(entry("Corp2")));
        RegisterChecks.Quarter q = RegisterChecks.quarter(Q4, files(broken, good),
                List.of(entryOf("Corp7", "Adults", RiskStatus.OPEN)));
        assertEquals(List.of("Corp2"), q.entries().stream().map(RiskEntry::id).toList());
        Finding f = one(q.findings(), FindingCode.CORRUPT_FILE);
        assertEquals("broken.xlsx", f.source().file());
        // the entry of last quarter may be in the register that could not be read, and the finding says so
        Finding gone = one(q.findings(), FindingCode.VANISHED_ENTRY);
        assertTrue(gone.message().endsWith("It may be in broken.xlsx, which could not be read: see the finding there first."),
                gone.message());
    }

    @Test
    void aRegisterForAnotherQuarterIsNotUsed() throws IOException {
        RegisterReader.Result r = read(register(dir, "Children", Q3, List.of(entry("Corp2"))), Q4);
        assertEquals(List.of(), r.entries());
        assertTrue(one(r.findings(), FindingCode.WRONG_PERIOD).message().startsWith("This register is for 2021/22 Q3"));
    }

    private static RiskEntry entryOf(String id, String directorate, RiskStatus status) {
        return new RiskEntry(id, RiskKind.RISK, directorate, Q3, id.equals("CORP3") ? "SEND" : "Other", "", "", "",
                "Owner", new RiskScore(3, 4), new RiskScore(2, 4), "", null, Confidence.GREEN, "", "", "", "", "",
                status, new Source("last.xlsx", "Register", "A6"));
    }

    private static Map<Path, String> files(Path... paths) {
        Map<Path, String> m = new LinkedHashMap<>();
        for (Path p : paths) {
            m.put(p, p.getFileName().toString());
        }
        assertNotNull(m);
        return m;
    }
}
