package org.perfbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.perfbook.book.Book;
import org.perfbook.book.Picture;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Settings;
import org.perfbook.model.RecoveryAction;
import org.perfbook.model.Source;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.testing.LibreOffice;
import org.perfbook.testing.RealClient;

class ReportWriterTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String BETTER = "Delivering better services";
    static final String CARING = "Caring for the vulnerable";
    static final Indicator DEFECTS = new Indicator("HIG-01", "Emergency defects repaired within 4 hours", BETTER,
            "Growth, Environment & Transport", "Highways", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(95), Tolerance.DEFAULT, false, 2, "");
    static final Indicator LAMPS = new Indicator("HIG-02", "Lamp-out faults repaired within 5 working days", BETTER,
            "Growth, Environment & Transport", "Highways", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(90), Tolerance.DEFAULT, false, 0, "");
    static final Indicator SAFEGUARDING = new Indicator("ASQ-01", "Safeguarding outcomes fully met", CARING, "ASHW",
            "Adult Safeguarding", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "", Polarity.HIGH, Target.of(70),
            Tolerance.DEFAULT, false, 1, "");
    static final Settings LANCASHIRE = new Settings("Lancashire", "Cabinet Committee on Performance Improvement",
            "", "Michael Walder", "01772 533637", "bi@example.org", "Thursday 24 March 2022",
            "The committee is asked to note the report.", "OHID Fingertips");

    @TempDir
    static Path dir;
    static Path file;
    static Book book;
    static XWPFDocument doc;

    @BeforeAll
    static void writeTheReport() throws Exception {
        book = book();
        file = dir.resolve("out/committee-report.docx");
        ReportWriter.write(book, LANCASHIRE, file);
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    static Book book() {
        Catalogue c = new Catalogue(List.of(DEFECTS, LAMPS, SAFEGUARDING), List.of(), List.of(), List.of(), List.of());
        List<Observation> o = new ArrayList<>();
        o.add(new Observation("HIG-01", Q3.previous(), "", 88.71, null, null, "", Source.of("h.xlsx")));
        o.add(new Observation("HIG-01", Q3, "", 40.0 / 43 * 100, 40.0, 43.0,
                "Defects rose with a peak in November.", Source.of("h.xlsx")));
        o.add(new Observation("HIG-02", Q3, "", 97.0, 1772.0, 1819.0, "Targets met despite staff absence.",
                Source.of("h.xlsx")));
        o.add(new Observation("ASQ-01", Q3, "", 61.4, null, null, "Recording practice is being reviewed.",
                Source.of("s.xlsx")));
        Assessor assessor = new Assessor(c, o);
        List<Assessment> a = assessor.assess(Q3);
        byte[] png = org.perfbook.charts.Export.png(
                org.perfbook.charts.CommitteeCharts.statusSummary(a, c.priorities(), Q3), 6.5, 3);
        List<Picture> pictures = List.of(
                new Picture("summary-status", "", "Stacked bar chart of status", 6.5, 3, png),
                new Picture("HIG-01-trend", "HIG-01", "Line chart of emergency defects repaired within 4 hours",
                        6.5, 3, png));
        // the safeguarding return lists two actions for its Red indicator (one without a lead); an earlier
        // period's return lists one that must not reach this period's plan
        List<Book.ReturnRead> returns = List.of(
                new Book.ReturnRead("s.xlsx", "Adult Safeguarding", Q3, "", List.of(), List.of(
                        new RecoveryAction("ASQ-01", "Audit 40 closed enquiries a quarter", "Safeguarding Quality Lead",
                                LocalDate.of(2022, 3, 31), new Source("s.xlsx", "Actions", "B5")),
                        new RecoveryAction("ASQ-01", "Training on making safeguarding personal", "", null,
                                new Source("s.xlsx", "Actions", "B6")))),
                new Book.ReturnRead("s-q2.xlsx", "Adult Safeguarding", Q3.previous(), "", List.of(), List.of(
                        new RecoveryAction("ASQ-01", "An action from last quarter", "Lead", LocalDate.of(2021, 12, 1),
                                new Source("s-q2.xlsx", "Actions", "B5")))));
        return new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), a,
                assessor.evaluateAll(), List.of(), List.of(), returns, List.of(), pictures);
    }

    private static List<XWPFParagraph> paragraphs() {
        return doc.getParagraphs();
    }

    private static List<String> texts() {
        return paragraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> headings() {
        return paragraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void theFixtureHasEachStatus() {
        assertEquals(List.of(Status.AMBER, Status.GREEN, Status.RED),
                book.assessments().stream().map(Assessment::status).toList());
    }

    @Test
    void theCoverReportFollowsThePaper() {
        List<String> t = texts();
        assertEquals("Cabinet Committee on Performance Improvement", t.get(0));
        assertTrue(t.contains("Meeting to be held on Thursday 24 March 2022"), t.toString());
        assertTrue(t.contains("Part I"));
        assertTrue(t.contains("Electoral Division affected: (All Divisions)"));
        assertTrue(t.contains("Corporate Priorities: " + BETTER + "; " + CARING), t.toString());
        assertTrue(t.contains("Corporate Strategy Monitoring report – Quarter 3 2021/22 Performance Update "
                + "(Appendix 'A' refers)"), t.toString());
        assertTrue(t.contains("Contact for further information: Michael Walder, Tel: 01772 533637, bi@example.org"));
        assertTrue(t.contains("The committee is asked to note the report."));
        assertEquals(List.of("Brief Summary", "Recommendation", "Detail", BETTER, CARING, RecoveryPlanSection.HEADING,
                RecoveryPlanSection.PLAN + ": Safeguarding outcomes fully met"), headings());
    }

    @Test
    void theBriefSummaryCountsTheStatuses() {
        assertTrue(texts().contains("1 of 3 rated indicators (33%) are on track; 1 is slightly below the desired "
                + "level and 1 requires improvement."), texts().toString());
    }

    @Test
    void aMissingReturnIsSaidPlainlyAndCountsAgainstTheShare() {
        Catalogue c = new Catalogue(List.of(DEFECTS, LAMPS), List.of(), List.of(), List.of(), List.of());
        Assessor assessor = new Assessor(c, List.of(new Observation("HIG-02", Q3, "", 97.0, null, null, "",
                Source.of("h.xlsx"))));
        List<Assessment> a = assessor.assess(Q3, java.util.Set.of("HIG-01"));
        Book b = new Book(Q3, ZonedDateTime.now(), "test", c.priorities(), a, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertEquals(Status.NOT_REPORTED, a.get(0).status());
        assertEquals("1 of 2 rated indicators (50%) are on track; 1 is not reported because the return was not "
                + "received.", ReportWriter.summary(b));
    }

    @Test
    void theDetailListsGoodAndBelowByPriority() {
        List<String> t = texts();
        int good = t.indexOf(ReportWriter.HIGHLIGHTS);
        int below = t.indexOf(ReportWriter.BELOW);
        assertTrue(good > 0 && below > good, t.toString());
        List<String> goodList = t.subList(good + 1, below);
        assertEquals(List.of(BETTER, "• " + LAMPS.name()), goodList);
        assertEquals(List.of(CARING, "• " + SAFEGUARDING.name()), t.subList(below + 1, below + 3));
        assertFalse(t.subList(below, t.size()).stream().limit(4).anyMatch(x -> x.contains(DEFECTS.name())),
                "Amber once is in neither list");
    }

    private static List<String> textsOf(Book b) throws Exception {
        Path f = Files.createTempFile(dir, "report", ".docx");
        ReportWriter.write(b, LANCASHIRE, f);
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            return d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static List<String> after(List<String> t, String label) {
        int i = t.indexOf(label);
        assertTrue(i >= 0, label + " in " + t);
        List<String> items = new ArrayList<>();
        for (int j = i + 1; j < t.size() && t.get(j).startsWith("• "); j++) {
            items.add(t.get(j).substring(2));
        }
        return items;
    }

    @Test
    void changesSinceLastQuarterListNewlyRedAndOtherChangesOfStatus() {
        List<String> t = texts();
        assertTrue(t.indexOf(ReportWriter.CHANGES) > t.indexOf(ReportWriter.BELOW), t.toString());
        // safeguarding had no Q2 figure; defects went from 88.71% (Red against 95) to 93.02% (Amber)
        assertEquals(Status.RED, book.assessments().get(0).previousStatus());
        assertEquals(List.of(SAFEGUARDING.name() + " (no rating last quarter)"), after(t, ReportWriter.NEWLY_RED));
        assertEquals(List.of(DEFECTS.name() + ": Red to Amber"), after(t, ReportWriter.STATUS_CHANGED));
        assertFalse(t.contains(ReportWriter.RECOVERED), "no list without an indicator in it");
        assertFalse(t.contains(ReportWriter.REVISED));
    }

    @Test
    void changesSinceLastQuarterListRecoveredAndRevisedFigures() throws Exception {
        Catalogue c = new Catalogue(List.of(DEFECTS, LAMPS), List.of(), List.of(), List.of(), List.of());
        // lamps 80% at Q2 (Red against 90) and 97% at Q3 (Green); defects 95.35% (41 of 43) Green both quarters
        List<Observation> o = List.of(
                new Observation("HIG-02", Q3.previous(), "", 80.0, null, null, "", Source.of("h.xlsx")),
                new Observation("HIG-02", Q3, "", 97.0, null, null, "", Source.of("h.xlsx")),
                new Observation("HIG-01", Q3.previous(), "", 96.0, null, null, "", Source.of("h.xlsx")),
                new Observation("HIG-01", Q3, "", 41.0 / 43 * 100, 41.0, 43.0, "", Source.of("h.xlsx")));
        Assessor assessor = new Assessor(c, o);
        Book b = new Book(Q3, ZonedDateTime.now(), "test", c.priorities(), assessor.assess(Q3), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new org.perfbook.book.Revision("HIG-01",
                        Q3.previous(), 88.70967741935483, 96.0, "highways-2021-22-Q2.xlsx",
                        "highways-2021-22-Q2-v2.xlsx")));
        List<String> t = textsOf(b);
        assertEquals(List.of(LAMPS.name() + " (Red last quarter)"), after(t, ReportWriter.RECOVERED));
        assertEquals(List.of(DEFECTS.name() + ", Q2 2021/22: 88.71% in highways-2021-22-Q2.xlsx, now 96.00% from "
                + "highways-2021-22-Q2-v2.xlsx"), after(t, ReportWriter.REVISED));
        assertFalse(t.contains(ReportWriter.NEWLY_RED));
        assertFalse(t.contains(ReportWriter.STATUS_CHANGED), "Green both quarters is no change");
    }

    @Test
    void reportIndicatorsGetThePapersTableWithTheirScheduleAndNoFigure() throws Exception {
        Indicator levy = new Indicator("ECO-06", "Progress on the apprenticeship levy", BETTER,
                "Chief Executive and Director of Resources", "Economic Development", Frequency.ANNUAL, Measure.REPORT, 1,
                "", Polarity.NONE, null, Tolerance.DEFAULT, false, 1, "", true, null,
                "Annual Report – schedule to be confirmed (July 2022)");
        Catalogue c = new Catalogue(List.of(DEFECTS, levy), List.of(), List.of(), List.of(), List.of());
        Assessor assessor = new Assessor(c, List.of(new Observation("HIG-01", Q3, "", 40.0 / 43 * 100, 40.0, 43.0,
                "", Source.of("h.xlsx"))));
        Book b = new Book(Q3, ZonedDateTime.now(), "test", c.priorities(), assessor.assess(Q3), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertEquals("0 of 1 rated indicators (0%) are on track; 1 is slightly below the desired level. 1 indicator "
                + "is reported to the committee as a report on its own schedule (see the tables in Appendix 'A').",
                ReportWriter.summary(b));
        Path f = dir.resolve("reports.docx");
        ReportWriter.write(b, LANCASHIRE, f);
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable t = d.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText()
                    .equals("Performance Indicator") && x.getRow(0).getTableCells().size() == 4).findFirst().orElseThrow();
            assertEquals(ReportWriter.REPORT_HEADINGS, t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText)
                    .toList());
            assertEquals(List.of("Progress on the apprenticeship levy", "Annual", "Chief Executive and Director of "
                    + "Resources", "Annual Report – schedule to be confirmed (July 2022)"),
                    t.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(2, t.getRows().size());
            assertTrue(d.getTables().stream().filter(x -> x != t).flatMap(x -> x.getRows().stream())
                    .noneMatch(r -> r.getCell(0).getText().equals(levy.name())), "not in the KPI table");
        }
    }

    @Test
    void theCommentaryHasTheFiguresInASentenceBeforeTheServicesWords() {
        XWPFParagraph p = paragraphs().stream()
                .filter(x -> x.getText().startsWith("Emergency defects repaired within 4 hours."))
                .findFirst().orElseThrow();
        // 40 of 43 = 93.02%; Q2 88.71%: up 4.31 percentage points
        assertEquals("Emergency defects repaired within 4 hours. 93.02% (40 of 43) in Q3 2021/22, up 4.31 percentage "
                + "points on Q2 and below the 95% target. Defects rose with a peak in November.", p.getText());
    }

    private static XWPFTable kpiTable(String firstIndicator) {
        return doc.getTables().stream().filter(tb -> tb.getRows().size() > 1
                && tb.getRow(1).getCell(0).getText().equals(firstIndicator)).findFirst().orElseThrow();
    }

    @Test
    void theKpiTableHasThePapersColumnsAndARepeatedHeader() {
        XWPFTable t = kpiTable(DEFECTS.name());
        XWPFTableRow head = t.getRow(0);
        List<String> heads = head.getTableCells().stream().map(XWPFTableCell::getText).toList();
        assertEquals(List.of("Performance Indicator", "Frequency", "Directorate", "Good is", "2019/20 Outturn",
                "2020/21 Outturn", "Quarter 1 (Apr–Jun) 2021/22", "Quarter 2 (Jul–Sept) 2021/22",
                "Quarter 3 (Oct–Dec) 2021/22", "2021/22 Target"), heads);
        assertTrue(head.isRepeatHeader());
        for (XWPFTableRow row : t.getRows()) {
            assertTrue(row.isCantSplitRow(), "a row is never split across pages");
        }
        assertEquals(3, t.getRows().size(), "two indicators of the priority under the header");
        assertEquals("88.71%", t.getRow(1).getCell(7).getText());
    }

    @Test
    void theCurrentFigureIsShadedAndSaysItsStatusInWords() {
        XWPFTable t = kpiTable(DEFECTS.name());
        XWPFTableCell amber = t.getRow(1).getCell(8);
        assertEquals("FFEB9C", amber.getColor());
        assertEquals(List.of("93.02% (40 of 43)", "Slightly below desired level"),
                amber.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        XWPFTableCell green = t.getRow(2).getCell(8);
        assertEquals("C6EFCE", green.getColor());
        assertTrue(green.getText().contains("On track / good"), green.getText());
        XWPFTableCell red = kpiTable(SAFEGUARDING.name()).getRow(1).getCell(8);
        assertEquals("FFC7CE", red.getColor());
        assertTrue(red.getText().contains("Requires improvement"), red.getText());
        assertEquals(null, t.getRow(1).getCell(7).getColor(), "only the current figure is shaded");
    }

    @Test
    void eachIndicatorHasACommentaryBeginningWithABoldLabel() {
        XWPFParagraph p = paragraphs().stream()
                .filter(x -> x.getText().startsWith("Emergency defects repaired within 4 hours."))
                .findFirst().orElseThrow();
        XWPFRun label = p.getRuns().get(0);
        assertEquals("Emergency defects repaired within 4 hours.", label.text());
        assertTrue(label.isBold());
        assertFalse(p.getRuns().get(1).isBold());
        assertTrue(p.getText().endsWith("Defects rose with a peak in November."));
    }

    @Test
    void theAppendixIsALandscapeSectionWithItsNameInThePageHeader() {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        assertEquals(STPageOrientation.LANDSCAPE, body.getPgSz().getOrient());
        assertEquals(16838, ((java.math.BigInteger) body.getPgSz().getW()).intValue());
        assertEquals(1, body.sizeOfHeaderReferenceArray());
        List<XWPFHeader> headers = doc.getHeaderList();
        assertEquals(1, headers.size());
        assertEquals("Appendix 'A'", headers.get(0).getText().strip());
        CTSectPr cover = paragraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .map(p -> p.getCTP().getPPr().getSectPr()).findFirst().orElseThrow();
        assertEquals(0, cover.sizeOfHeaderReferenceArray(), "the cover report has no appendix header");
        assertEquals(11906, ((java.math.BigInteger) cover.getPgSz().getW()).intValue(), "the cover report is portrait");
        int coverEnds = doc.getBodyElements().indexOf(paragraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow());
        int firstPriority = doc.getBodyElements().indexOf(paragraphs().stream()
                .filter(p -> p.getText().equals(BETTER) && "Heading1".equals(p.getStyle())).findFirst().orElseThrow());
        assertTrue(coverEnds < firstPriority, "the priorities are in the appendix");
    }

    @Test
    void noTextIsSmallerThanNinePoints() {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                runs.addAll(p.getRuns());
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                        .forEach(p -> runs.addAll(p.getRuns()))));
            }
        }
        assertTrue(runs.size() > 40);
        for (XWPFRun r : runs) {
            Double size = r.getFontSizeAsDouble();
            assertTrue(size == null || size >= 9, r.text() + " is " + size + " pt");
        }
    }

    @Test
    void eachIndicatorsChartIsSixteenCentimetresWideWithAltTextAndANumberedCaption() {
        List<XWPFPicture> pictures = new ArrayList<>();
        paragraphs().forEach(p -> p.getRuns().forEach(r -> pictures.addAll(r.getEmbeddedPictures())));
        assertEquals(1, pictures.size(), "the indicator's chart; the summary chart is not an indicator's");
        assertEquals(16, pictures.get(0).getWidth() / 72 * 2.54, 0.01);
        var docPr = paragraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow()
                .getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        assertEquals("Line chart of emergency defects repaired within 4 hours", docPr.getDescr());
        assertTrue(texts().contains("Figure 1: Line chart of emergency defects repaired within 4 hours"));
    }

    @Test
    void eachIndicatorBelowTheDesiredLevelHasARecoveryPlanInTheSeedsTemplate() {
        List<String> t = texts();
        int plan = t.indexOf(RecoveryPlanSection.PLAN + ": Safeguarding outcomes fully met");
        assertTrue(plan > t.indexOf(RecoveryPlanSection.HEADING) && t.indexOf(RecoveryPlanSection.HEADING) > 0, t.toString());
        List<String> after = t.subList(plan, t.size());
        int description = after.indexOf(RecoveryPlanSection.DESCRIPTION);
        int why = after.indexOf(RecoveryPlanSection.WHY);
        int actions = after.indexOf(RecoveryPlanSection.ACTIONS);
        assertTrue(0 < description && description < why && why < actions, after.toString());
        assertEquals("Safeguarding outcomes fully met. Good is High; baseline not known; target 70.0%.",
                after.get(description + 1));
        // the service's commentary is the answer to "why", word for word
        assertEquals("Recording practice is being reviewed.", after.get(why + 1));
        // only Red (and Amber two periods running) get a plan: the Amber and Green indicators do not
        assertFalse(t.stream().anyMatch(x -> x.startsWith(RecoveryPlanSection.PLAN + ": Emergency")));
        assertFalse(t.stream().anyMatch(x -> x.startsWith(RecoveryPlanSection.PLAN + ": Lamp")));
    }

    @Test
    void theRecoveryPlanTablesGiveTargetPerformanceAndTheActionsOfThisPeriod() {
        List<XWPFTable> tables = doc.getTables();
        XWPFTable box = tables.get(tables.size() - 2);
        assertEquals("Year end target", box.getRow(0).getCell(0).getText());
        assertEquals("Current performance", box.getRow(0).getCell(1).getText());
        assertEquals("Year end target is 70.0%", box.getRow(1).getCell(0).getText());
        assertTrue(box.getRow(1).getCell(1).getText().startsWith("2021/22 Q3: 61.4%"), box.getRow(1).getCell(1).getText());

        XWPFTable actions = tables.get(tables.size() - 1);
        assertEquals(RecoveryPlanSection.ACTION_HEADINGS, actions.getRow(0).getTableCells().stream()
                .map(XWPFTableCell::getText).toList());
        assertTrue(actions.getRow(0).isRepeatHeader());
        assertEquals(3, actions.getNumberOfRows(), "two actions of Q3; last quarter's is not this plan's");
        assertEquals(List.of("Audit 40 closed enquiries a quarter", "Safeguarding Quality Lead", "31 March 2022"),
                actions.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());
        // a gap the service left is said, never filled in
        assertEquals(List.of("Training on making safeguarding personal", "Not given", "Not given"),
                actions.getRow(2).getTableCells().stream().map(XWPFTableCell::getText).toList());
    }

    @Test
    void aRedIndicatorWithoutActionsSaysSoInItsPlan(@TempDir Path tmp) throws Exception {
        Book without = new Book(Q3, book.builtAt(), "test", book.priorities(), book.assessments(), book.data(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Path f = tmp.resolve("r.docx");
        ReportWriter.write(without, LANCASHIRE, f);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(f))) {
            List<String> t = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int actions = t.indexOf(RecoveryPlanSection.ACTIONS);
            assertTrue(actions > 0, t.toString());
            assertEquals(RecoveryPlanSection.NO_ACTIONS, t.get(actions + 1));
        }
    }

    @Test
    void aFailedWriteLeavesTheEarlierReport(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("r.docx");
        Files.writeString(f, "earlier");
        Book broken = new Book(Q3, ZonedDateTime.now(), "test", List.of(BETTER), book.assessments(), List.of(),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new Picture("bad", "HIG-01", "alt", 6.5, 3, new byte[] {1, 2, 3})));
        try {
            ReportWriter.write(broken, LANCASHIRE, f);
        } catch (RuntimeException | java.io.IOException expected) {
            assertEquals("earlier", Files.readString(f));
            return;
        }
        // POI may accept bytes it cannot show; then the file is a complete report
        try (InputStream in = Files.newInputStream(f)) {
            assertNotNull(new XWPFDocument(in));
        }
    }

    @Test
    @RealClient
    void libreOfficePrintsTheSectionsAndTheTable(@TempDir Path tmp) throws Exception {
        LibreOffice.assumeInstalled();
        Path pdf = LibreOffice.convert(file, "pdf", tmp);
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        // words a cell wraps onto two lines read as one phrase
        String text = new String(p.getInputStream().readAllBytes()).replaceAll("\\s+", " ");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        for (String s : List.of("Brief Summary", "Recommendation", "Detail", "Appendix 'A'", BETTER, CARING,
                "Performance Indicator", "Key for performance:", "2021/22 Target", "Slightly below desired level",
                "Requires improvement", "Figure 1:", ReportWriter.CHANGES, ReportWriter.NEWLY_RED,
                RecoveryPlanSection.HEADING, RecoveryPlanSection.DESCRIPTION,
                RecoveryPlanSection.WHY, RecoveryPlanSection.ACTIONS, "Action to be taken", "Completion date",
                "Audit 40 closed enquiries a quarter", "Safeguarding Quality Lead", "31 March 2022")) {
            assertTrue(text.contains(s), s + " not in\n" + text);
        }
        Process info = new ProcessBuilder("pdfinfo", "-f", "1", "-l", "99", pdf.toString()).redirectErrorStream(true)
                .start();
        String pages = new String(info.getInputStream().readAllBytes());
        assertTrue(info.waitFor(60, TimeUnit.SECONDS));
        assertTrue(pages.contains("595.") && pages.contains("841.89 x 595."), "portrait cover, landscape appendix\n"
                + pages);
    }
}
