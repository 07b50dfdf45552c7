package org.perfbook.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.perfbook.book.Book;
import org.perfbook.book.ScorecardText;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Outturn;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.RecoveryAction;
import org.perfbook.text.Display;
import org.perfbook.text.PeriodWords;

/**
 * The recovery plans at the end of Appendix 'A', one for each indicator below the desired level (Red,
 * or Amber two periods running), in the seeds' template: the description with baseline and target; the
 * year-end target and current performance, newest first; "Why is this indicator under-performing?"
 * with the service's commentary; and "What actions are required to put it back on track?" with the
 * actions its return lists.
 */
final class RecoveryPlanSection {

    static final String HEADING = "Performance Indicator Recovery Plans";
    static final String PLAN = "Performance Indicator Recovery Plan";
    static final String DESCRIPTION = "Performance Indicator Description:";
    static final String WHY = "Why is this indicator under-performing?";
    static final String ACTIONS = "What actions are required to put it back on track?";
    static final List<String> ACTION_HEADINGS = List.of("Action to be taken", "Lead", "Completion date");
    static final String NOT_GIVEN = "Not given";
    static final String NO_ACTIONS = "The service's return lists no actions for this indicator.";

    private static final int BODY_PT = 10;
    /** Text width of a landscape A4 page with the appendix's margins, in twentieths of a point. */
    private static final int WIDTH = 16838 - 2 * 720;

    private RecoveryPlanSection() {
    }

    /** Writes the plans, or says there are none; each plan starts a page. */
    static void write(XWPFDocument doc, Book book) {
        List<Assessment> exceptions = book.assessments().stream().filter(Assessment::isException).toList();
        XWPFParagraph h = heading(doc, HEADING);
        h.setPageBreak(true);
        if (exceptions.isEmpty()) {
            text(doc, "No indicator is below the desired level this period, so there are no recovery plans.", false);
            return;
        }
        text(doc, "A recovery plan follows for each indicator performing below the desired level (Red, or Amber "
                + "two periods running), with the actions its service's return lists.", false);
        List<RecoveryAction> actions = book.recoveryActions();
        boolean first = true;
        for (Assessment a : exceptions) {
            plan(doc, book.period(), a, actions.stream()
                    .filter(x -> x.indicatorId().equalsIgnoreCase(a.indicator().id())).toList(), !first);
            first = false;
        }
    }

    private static void plan(XWPFDocument doc, Period period, Assessment a, List<RecoveryAction> actions,
            boolean newPage) {
        Indicator ind = a.indicator();
        XWPFParagraph title = heading(doc, PLAN + ": " + ind.name());
        title.setPageBreak(newPage);

        label(doc, DESCRIPTION);
        text(doc, description(period, a), false);

        XWPFTable box = doc.createTable(2, 2);
        ReportWriter.widths(box, new int[] {WIDTH / 3, WIDTH - WIDTH / 3});
        header(box.getRow(0), List.of("Year end target", "Current performance"));
        String target = ScorecardText.target(a);
        cell(box.getRow(1).getCell(0), target.isEmpty() ? "No target is set for the year." : "Year end target is "
                + target, false);
        cell(box.getRow(1).getCell(1), String.join("\n", performance(period, a)), false);
        box.getRow(1).setCantSplitRow(true);
        doc.createParagraph();

        label(doc, WHY);
        String why = ScorecardText.commentary(a);
        text(doc, why.isBlank() ? "No commentary was given in the service's return." : why, false);

        label(doc, ACTIONS);
        if (actions.isEmpty()) {
            text(doc, NO_ACTIONS, false);
            return;
        }
        XWPFTable t = doc.createTable(1 + actions.size(), 3);
        ReportWriter.widths(t, new int[] {WIDTH - 3000 - 2200, 3000, 2200});
        header(t.getRow(0), ACTION_HEADINGS);
        t.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < actions.size(); i++) {
            RecoveryAction x = actions.get(i);
            XWPFTableRow row = t.getRow(i + 1);
            row.setCantSplitRow(true);
            cell(row.getCell(0), x.action(), false);
            cell(row.getCell(1), x.lead().isBlank() ? NOT_GIVEN : x.lead(), false);
            cell(row.getCell(2), x.completionDate() == null ? NOT_GIVEN : PeriodWords.day(x.completionDate()), false);
        }
        doc.createParagraph();
    }

    /** "Percentage of emergency defects repaired within 4 hours. Good is High; baseline 88.10% (2020/21 outturn); target 95%." */
    static String description(Period period, Assessment a) {
        Indicator ind = a.indicator();
        Period lastYear = period.financialYear().previous();
        String baseline = ScorecardText.outturn(ind, a.yearOutturns().get(lastYear));
        String target = ScorecardText.target(a);
        String name = ind.name().strip();
        StringBuilder s = new StringBuilder(name.endsWith(".") ? name : name + ".");
        s.append(" Good is ").append(ind.polarity().label());
        s.append("; baseline ").append(baseline.isEmpty() ? "not known" : "(" + lastYear.label() + " outturn) " + baseline);
        s.append("; target ").append(target.isEmpty() ? "none set" : target).append('.');
        return s.toString();
    }

    /** This year's figures, newest first, then the earlier years' outturns, newest first. */
    static List<String> performance(Period period, Assessment a) {
        Indicator ind = a.indicator();
        List<String> lines = new ArrayList<>();
        List<Evaluation> year = new ArrayList<>(a.thisYear());
        for (int i = year.size() - 1; i >= 0; i--) {
            Evaluation e = year.get(i);
            String shown = Display.evaluation(ind, e);
            if (!shown.isEmpty()) {
                lines.add(e.observation().period().label() + ": " + shown);
            }
        }
        if (year.isEmpty() && a.current() != null && !Display.evaluation(ind, a.current()).isEmpty()) {
            lines.add(a.period().label() + ": " + Display.evaluation(ind, a.current()));
        }
        Period y = period.financialYear().previous();
        for (int i = 0; i < 2; i++, y = y.previous()) {
            Outturn o = a.yearOutturns().get(y);
            String shown = ScorecardText.outturn(ind, o);
            if (!shown.isEmpty()) {
                lines.add(y.label() + " outturn: " + shown);
            }
        }
        if (lines.isEmpty()) {
            lines.add("No figures yet this year.");
        }
        return lines;
    }

    // ---- paragraphs and cells -----------------------------------------------------------------------

    private static XWPFParagraph heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setKeepNext(true);
        p.createRun().setText(text);
        return p;
    }

    private static void label(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        p.setSpacingAfter(60);
        // POI's setKeepNext needs the paragraph properties the spacing has just made
        p.setKeepNext(true);
        run(p, text, true);
    }

    private static void text(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        run(p, text, bold);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        return ReportWriter.run(p, text, bold, BODY_PT);
    }

    private static void header(XWPFTableRow row, List<String> labels) {
        row.setCantSplitRow(true);
        for (int i = 0; i < labels.size(); i++) {
            XWPFTableCell c = row.getCell(i);
            c.setColor("1F3864");
            run(c.getParagraphs().get(0), labels.get(i), true).setColor("FFFFFF");
        }
    }

    private static void cell(XWPFTableCell c, String text, boolean bold) {
        run(c.getParagraphs().get(0), text, bold);
    }

}
