package org.perfbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.perfbook.book.RiskRegisterWriter;
import org.perfbook.book.ScorecardText;
import org.perfbook.calc.RiskProfile;
import org.perfbook.model.Confidence;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.Status;

/**
 * The Corporate Risk and Opportunity Register in the committee report, as the seeds' 2021/22 papers give
 * it: on the cover, the quarter's update with the main changes since last quarter; Appendix 'B', the
 * Corporate Summary Risk Profile (risks, then opportunities) and the heat map.
 */
final class RiskRegisterSection {

    static final String APPENDIX = "Appendix 'B'";
    static final String HEADING = APPENDIX + " \u2013 Corporate Risk and Opportunity Register";
    static final String SUMMARY = "Corporate Summary Risk Profile";
    static final String MAIN_CHANGES = "The main changes since last quarter are the:";
    static final String NOT_GIVEN = "Not given";

    /** Column widths in twentieths of a point; the description takes what is left of the page. */
    private static final int[] WIDTHS = {900, 0, 1250, 1250, 1500, 1300, 1300, 1300, 1300, 1900};

    private RiskRegisterSection() {
    }

    /** "Corporate Risk and Opportunity Register – Quarter 3 update": what the registers say, and what changed. */
    static void cover(XWPFDocument doc, RiskRegisterPart part) {
        RiskProfile profile = part.profile();
        Period p = profile.period();
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(240);
        h.setKeepNext(true);
        ReportWriter.run(h, "Corporate Risk and Opportunity Register \u2013 Quarter " + p.number() + " update", true,
                ReportWriter.BODY_PT);
        long risks = profile.lines().stream().filter(l -> l.entry().kind() == RiskKind.RISK).count();
        long opportunities = profile.lines().size() - risks;
        ReportWriter.text(doc, "The risks and opportunities have been updated using the information provided in "
                + count(part.registers(), "directorate risk register", "directorate risk registers") + ". "
                + capitalised(count(risks, "risk", "risks")) + " and " + count(opportunities, "opportunity", "opportunities")
                + " are on the corporate register, which holds each open risk scoring " + profile.threshold()
                + " or more and each opportunity aiming for " + profile.threshold() + " or more.", false);
        if (!profile.compared()) {
            ReportWriter.text(doc, "There are no directorate registers for " + ReportWriter.quarterWords(p.previous())
                    + " to compare with, so no changes since last quarter are listed.", false);
        } else if (profile.changes().isEmpty()) {
            ReportWriter.text(doc, "No risk or opportunity was added or removed, and no score or confidence rating "
                    + "changed, since last quarter.", false);
        } else {
            ReportWriter.bullets(doc, MAIN_CHANGES, profile.changes().stream().map(RiskProfile.Change::text).toList());
        }
        if (part.errors() > 0) {
            ReportWriter.text(doc, "The directorate registers hold " + count(part.errors(), "error", "errors")
                    + " still to be corrected, listed on the Findings sheet of " + part.workbook()
                    + "; an entry with an error may be missing from the register until it is corrected.", false);
        }
        ReportWriter.text(doc, "The " + SUMMARY + " and the heat map are set out at " + APPENDIX
                + "; each entry's description, controls, actions and progress are in " + part.workbook() + ".", false)
                .setSpacingBefore(120);
    }

    /**
     * Appendix 'B': its heading, the Summary Risk Profile's two tables and the heat map.
     *
     * @param figure the number of the last figure before it
     */
    static void appendix(XWPFDocument doc, RiskRegisterPart part, int figure) {
        RiskProfile profile = part.profile();
        Period p = profile.period();
        ReportWriter.heading(doc, "Heading1", HEADING);
        ReportWriter.text(doc, SUMMARY + ", " + ReportWriter.quarterWords(p) + ": each entry's current and target "
                + "score (likelihood \u00D7 impact, 1 to 25), its target date, the owner's confidence of reaching the "
                + "target score by that date in each quarter of " + p.financialYear().label()
                + " (Green, Amber or Red, in colour and in words) and its direction of travel from last quarter's score.",
                false);
        for (RiskKind kind : RiskKind.values()) {
            List<RiskProfile.Line> lines = profile.lines().stream().filter(l -> l.entry().kind() == kind).toList();
            boolean risk = kind == RiskKind.RISK;
            XWPFParagraph label = doc.createParagraph();
            label.setSpacingBefore(120);
            label.setSpacingAfter(60);
            label.setKeepNext(true);
            ReportWriter.run(label, risk ? "Corporate risks" : "Corporate opportunities", true, ReportWriter.BODY_PT);
            if (lines.isEmpty()) {
                ReportWriter.text(doc, risk ? "No risk is on the corporate register this quarter."
                        : "No opportunity is on the corporate register this quarter.", false);
            } else {
                table(doc, p, kind, lines);
            }
        }
        if (part.heatMap() != null) {
            XWPFParagraph gap = doc.createParagraph();
            gap.setPageBreak(true);
            ReportWriter.chart(doc, part.heatMap(), figure + 1, "Heat map of the corporate register, "
                    + ReportWriter.quarterWords(p) + ": each entry at its current score (filled; a circle for a risk, a "
                    + "diamond for an opportunity) with a dashed arrow to its target score (hollow)");
        }
    }

    static List<String> headings(RiskKind kind) {
        boolean risk = kind == RiskKind.RISK;
        // "Opportunity Confidence Q1" would break inside a word in a column this wide; the table's label says which
        String c = risk ? "Risk Confidence Q" : "Confidence Q";
        return List.of(risk ? "Risk ID" : "Opp ID", risk ? "Risk Description" : "Opportunity Description",
                risk ? "Current Risk Rating" : "Current Rating", risk ? "Target Risk Rating" : "Target Rating",
                "Target Date", c + 1, c + 2, c + 3, c + 4, "Direction of travel");
    }

    private static void table(XWPFDocument doc, Period period, RiskKind kind, List<RiskProfile.Line> lines) {
        List<String> heads = headings(kind);
        XWPFTable t = doc.createTable(1 + lines.size(), heads.size());
        int[] w = WIDTHS.clone();
        int fixed = 0;
        for (int x : w) {
            fixed += x;
        }
        w[1] = ReportWriter.LANDSCAPE_TEXT - fixed;
        ReportWriter.widths(t, w);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < heads.size(); i++) {
            ReportWriter.cellText(head.getCell(i), heads.get(i), true, "FFFFFF");
            head.getCell(i).setColor("1F3864");
        }
        for (int r = 0; r < lines.size(); r++) {
            RiskProfile.Line line = lines.get(r);
            RiskEntry e = line.entry();
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = new ArrayList<>(List.of(e.id(), e.title(), score(e.current().likelihood(),
                    e.current().impact()), e.target() == null ? NOT_GIVEN : score(e.target().likelihood(),
                    e.target().impact()), e.targetDateText().isEmpty() ? NOT_GIVEN : e.targetDateText()));
            for (int c = 0; c < cells.size(); c++) {
                ReportWriter.cellText(row.getCell(c), cells.get(c), c == 0, null);
            }
            for (int q = 1; q <= 4; q++) {
                confidence(row.getCell(4 + q), q <= period.number() ? line.confidenceIn(q) : null, q <= period.number());
            }
            ReportWriter.cellText(row.getCell(9), RiskRegisterWriter.direction(line), false, null);
        }
        doc.createParagraph();
    }

    /** "16 (4 × 4)": the score with the likelihood and impact it is made of. */
    static String score(int likelihood, int impact) {
        return likelihood * impact + " (" + likelihood + " \u00D7 " + impact + ")";
    }

    /** The quarter's confidence shaded in the status colours and worded; "Not given" unshaded; a later quarter blank. */
    private static void confidence(XWPFTableCell cell, Confidence c, boolean reached) {
        if (c == null) {
            ReportWriter.cellText(cell, reached ? NOT_GIVEN : "", false, null);
            return;
        }
        String[] colours = ScorecardText.colours(switch (c) {
            case GREEN -> Status.GREEN;
            case AMBER -> Status.AMBER;
            case RED -> Status.RED;
        });
        ReportWriter.cellText(cell, c.label(), true, colours[1]);
        cell.setColor(colours[0]);
    }

    private static String count(long n, String one, String many) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + (n == 1 ? one : many);
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
