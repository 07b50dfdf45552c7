package org.perfbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.perfbook.book.Picture;
import org.perfbook.book.ScorecardText;
import org.perfbook.calc.RiskProfile;
import org.perfbook.charts.ChartImage;
import org.perfbook.charts.RiskHeatMap;
import org.perfbook.model.Confidence;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScore;
import org.perfbook.model.RiskStatus;
import org.perfbook.model.Source;
import org.perfbook.model.Status;
import org.perfbook.testing.LibreOffice;
import org.perfbook.testing.RealClient;

/** The quarter's risk register in the committee report: the cover's update and Appendix 'B'. */
class RiskRegisterSectionTest {

    static final Period Q2 = Period.quarter(2021, 2);
    static final Period Q3 = ReportWriterTest.Q3;

    @TempDir
    Path dir;

    static RiskEntry e(String id, RiskKind kind, Period p, int l, int i, Confidence c, RiskStatus s, String title) {
        return new RiskEntry(id, kind, "Children", p, title, "", "", "", "Owner", new RiskScore(l, i),
                kind == RiskKind.RISK ? new RiskScore(2, 4) : new RiskScore(4, 5), "March 2022", null, c, "", "", "", "", "Improvement assessed. More.", s,
                Source.of("r.xlsx"));
    }

    /** Q2 and Q3 registers: SEND closed in Q3, Family Safeguarding's confidence from green to amber. */
    static RiskProfile profile(boolean withLastQuarter) {
        List<RiskEntry> q2 = List.of(
                e("CORP2", RiskKind.RISK, Q2, 4, 4, Confidence.GREEN, RiskStatus.OPEN, "Family Safeguarding Model"),
                e("CORP3", RiskKind.RISK, Q2, 3, 4, Confidence.GREEN, RiskStatus.OPEN, "SEND"),
                e("CO1", RiskKind.OPPORTUNITY, Q2, 3, 5, Confidence.GREEN, RiskStatus.OPEN, "Strengths Based Working"));
        List<RiskEntry> q3 = List.of(
                e("CORP2", RiskKind.RISK, Q3, 4, 4, Confidence.AMBER, RiskStatus.OPEN, "Family Safeguarding Model"),
                e("CORP3", RiskKind.RISK, Q3, 3, 4, null, RiskStatus.CLOSED, "SEND"),
                e("CO1", RiskKind.OPPORTUNITY, Q3, 3, 5, Confidence.GREEN, RiskStatus.OPEN, "Strengths Based Working"));
        return RiskProfile.of(Q3, withLastQuarter ? Map.of(Q2, q2, Q3, q3) : Map.of(Q3, q3), 12);
    }

    private RiskRegisterPart part(RiskProfile profile, long errors) throws Exception {
        ChartImage img = RiskHeatMap.plan(profile, "Lancashire").draw(dir.resolve("charts"));
        Picture pic = new Picture(img.name(), "", img.altText(), img.widthIn(), img.heightIn(), img.png());
        return new RiskRegisterPart(profile, pic, 2, errors, "risk-register-2021-22-Q3.xlsx");
    }

    private XWPFDocument write(RiskRegisterPart part, String name) throws Exception {
        Path file = dir.resolve(name);
        ReportWriter.write(ReportWriterTest.book(), ReportWriterTest.LANCASHIRE, part, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void theCoverListsTheRegistersChangesAsTheSeedsCoverWordsThem() throws Exception {
        try (XWPFDocument doc = write(part(profile(true), 0), "r.docx")) {
            List<String> t = texts(doc);
            assertTrue(t.contains("Corporate Strategy Monitoring report – Quarter 3 2021/22 Performance Update "
                    + "(Appendices 'A' and 'B' refer)"), t.toString());
            assertTrue(t.contains(ReportWriter.RISK_RECOMMENDATION), t.toString());
            int update = t.indexOf("Corporate Risk and Opportunity Register – Quarter 3 update");
            int detail = t.indexOf("Detail");
            int appendixA = t.indexOf("Key for performance:");
            assertTrue(detail < update && update < appendixA, "the update is in the cover's Detail: " + t);
            assertEquals("The risks and opportunities have been updated using the information provided in 2 directorate "
                    + "risk registers. 1 risk and 1 opportunity are on the corporate register, which holds each open "
                    + "risk scoring 12 or more and each opportunity aiming for 12 or more.", t.get(update + 1));
            assertEquals(RiskRegisterSection.MAIN_CHANGES, t.get(update + 2));
            assertEquals("• Removal of the risk relating to SEND (CORP3): closed this quarter. Improvement assessed.",
                    t.get(update + 3));
            assertEquals("• CORP2 Family Safeguarding Model: the risk confidence RAG rating has changed from green to "
                    + "amber.", t.get(update + 4));
            assertFalse(t.stream().anyMatch(x -> x.contains("errors still to be corrected")), t.toString());
        }
    }

    @Test
    void appendixBIsItsOwnLandscapeSectionWithItsPageHeader() throws Exception {
        try (XWPFDocument doc = write(part(profile(true), 0), "r.docx")) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(RiskRegisterSection.HEADING, headings.get(headings.size() - 1), headings.toString());
            assertEquals("Appendix 'B' – Corporate Risk and Opportunity Register", RiskRegisterSection.HEADING);
            List<CTSectPr> sections = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr()).toList();
            assertEquals(2, sections.size(), "the cover, then Appendix 'A', each ended by a paragraph");
            CTSectPr a = sections.get(1);
            CTSectPr b = doc.getDocument().getBody().getSectPr();
            assertEquals("Appendix 'A'", header(doc, a));
            assertEquals("Appendix 'B'", header(doc, b));
            assertEquals(0, sections.get(0).sizeOfHeaderReferenceArray());
            for (CTSectPr s : List.of(a, b)) {
                assertEquals(STPageOrientation.LANDSCAPE, s.getPgSz().getOrient());
                assertEquals(16838, ((BigInteger) s.getPgSz().getW()).intValue());
            }
            // Appendix 'B' starts after Appendix 'A' (and its recovery plans) ends
            List<IBodyElement> body = doc.getBodyElements();
            int aEnds = body.indexOf(doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr()
                    && p.getCTP().getPPr().getSectPr() == a).findFirst().orElseThrow());
            int bStarts = body.indexOf(doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals(RiskRegisterSection.HEADING)).findFirst().orElseThrow());
            int lastPlan = body.indexOf(doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith(RecoveryPlanSection.PLAN)).reduce((x, y) -> y).orElseThrow());
            assertTrue(lastPlan < aEnds && aEnds < bStarts, lastPlan + " " + aEnds + " " + bStarts);
        }
    }

    private static String header(XWPFDocument doc, CTSectPr s) {
        assertEquals(1, s.sizeOfHeaderReferenceArray());
        XWPFHeader h = (XWPFHeader) doc.getRelationById(s.getHeaderReferenceArray(0).getId());
        return h.getText().strip();
    }

    @Test
    void theSummaryRiskProfileShadesAndWordsEachConfidenceWithItsHeaderRepeated() throws Exception {
        try (XWPFDocument doc = write(part(profile(true), 0), "r.docx")) {
            XWPFTable risks = table(doc, "Risk ID");
            XWPFTable opportunities = table(doc, "Opp ID");
            assertEquals(RiskRegisterSection.headings(RiskKind.RISK), cells(risks.getRow(0)));
            assertTrue(risks.getRow(0).isRepeatHeader());
            for (XWPFTable t : List.of(risks, opportunities)) {
                t.getRows().forEach(r -> assertTrue(r.isCantSplitRow(), "no row split across pages"));
            }
            // CORP3 closed: not on the register; CORP2 16 now (4 x 4), 8 as its target
            assertEquals(2, risks.getRows().size());
            XWPFTableRow corp2 = risks.getRow(1);
            assertEquals(List.of("CORP2", "Family Safeguarding Model", "16 (4 × 4)", "8 (2 × 4)", "March 2022", "Not given",
                    "Green", "Amber", "", "No change (16 last quarter)"), cells(corp2));
            assertEquals(null, corp2.getCell(5).getColor(), "Q1 gave no rating: unshaded");
            assertEquals(ScorecardText.colours(Status.GREEN)[0], corp2.getCell(6).getColor());
            assertEquals(ScorecardText.colours(Status.AMBER)[0], corp2.getCell(7).getColor());
            assertEquals(ScorecardText.colours(Status.AMBER)[1],
                    corp2.getCell(7).getParagraphs().get(0).getRuns().get(0).getColor());
            assertEquals(null, corp2.getCell(8).getColor(), "Q4 is still to come");
            assertEquals("CO1", opportunities.getRow(1).getCell(0).getText());
        }
    }

    private static XWPFTable table(XWPFDocument doc, String firstHeading) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeading)).findFirst()
                .orElseThrow();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void theHeatMapIsSixteenCentimetresWideWithItsAltTextAndANumberedCaption() throws Exception {
        RiskRegisterPart part = part(profile(true), 0);
        try (XWPFDocument doc = write(part, "r.docx")) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph caption = ps.stream().filter(p -> p.getText().startsWith("Figure 2:")).findFirst().orElseThrow();
            XWPFParagraph pic = ps.get(ps.indexOf(caption) - 1);
            var inline = pic.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
            assertEquals(part.heatMap().altText(), inline.getDocPr().getDescr());
            assertTrue(inline.getDocPr().getDescr().contains("CORP2 (risk) at 16"), inline.getDocPr().getDescr());
            assertEquals(Units.toEMU(16 / 2.54 * 72), ((Number) inline.getExtent().getCx()).longValue(), 1);
            assertEquals("Caption", caption.getStyle());
            // Appendix 'A' places one chart (HIG-01's): the heat map is Figure 2
            assertTrue(caption.getText().startsWith("Figure 2: Heat map of the corporate register, Q3 2021/22"),
                    caption.getText());
        }
    }

    @Test
    void theFirstQuarterWithRegistersAndRegisterErrorsAreSaidPlainly() throws Exception {
        try (XWPFDocument doc = write(part(profile(false), 3), "first.docx")) {
            List<String> t = texts(doc);
            assertTrue(t.contains("There are no directorate registers for Q2 2021/22 to compare with, so no changes "
                    + "since last quarter are listed."), t.toString());
            assertFalse(t.contains(RiskRegisterSection.MAIN_CHANGES));
            assertTrue(t.contains("The directorate registers hold 3 errors still to be corrected, listed on the Findings "
                    + "sheet of risk-register-2021-22-Q3.xlsx; an entry with an error may be missing from the register "
                    + "until it is corrected."), t.toString());
        }
    }

    @Test
    void withoutRegistersNothingIsAddedNorSaid() throws Exception {
        try (XWPFDocument doc = write(null, "none.docx")) {
            List<String> t = texts(doc);
            assertFalse(t.stream().anyMatch(x -> x.contains("Appendix 'B'") || x.contains("Risk")), t.toString());
            assertTrue(t.contains("Corporate Strategy Monitoring report – Quarter 3 2021/22 Performance Update "
                    + "(Appendix 'A' refers)"));
            assertEquals(1, doc.getHeaderList().size());
            assertFalse(doc.getTables().stream().anyMatch(x -> x.getRow(0).getCell(0).getText().equals("Risk ID")));
        }
    }

    @Test
    @RealClient
    void libreOfficePrintsAppendixBOnLandscapePages() throws Exception {
        LibreOffice.assumeInstalled();
        Path file = dir.resolve("lo.docx");
        ReportWriter.write(ReportWriterTest.book(), ReportWriterTest.LANCASHIRE, part(profile(true), 0), file);
        Path pdf = LibreOffice.convert(file, "pdf", dir);
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes()).replaceAll("\\s+", " ");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        for (String s : List.of(RiskRegisterSection.HEADING, "Risk Confidence Q3", "Direction of travel",
                "Family Safeguarding Model", "Figure 2: Heat map of the corporate register", "changed from green to amber")) {
            assertTrue(text.contains(s), s + " not in\n" + text);
        }
        assertNotNull(pdf);
    }
}
