package org.perfbook.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.perfbook.book.Book;
import org.perfbook.book.Picture;
import org.perfbook.book.Revision;
import org.perfbook.book.ScorecardText;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Status;
import org.perfbook.files.SafeFiles;
import org.perfbook.files.PackageParts;
import org.perfbook.text.Display;
import org.perfbook.text.PeriodWords;
import org.perfbook.text.ReturnWords;
import org.perfbook.text.Sentences;

/**
 * Writes the committee report as the seeds' Q3 2021/22 paper: the cover report (portrait) with the Brief
 * Summary, Recommendation and the Detail's two lists by priority, then Appendix 'A' (A4 landscape,
 * "Appendix 'A'" in every page's header) with one Heading per priority, the key, the KPI table and a
 * commentary paragraph per indicator, and each indicator's charts with a numbered caption; when the quarter has
 * risk registers, Appendix 'B' (its own section and page header) with the Corporate Risk and Opportunity Register.
 */
public final class ReportWriter {

    static final String APPENDIX = "Appendix 'A'";
    static final String APPENDICES = "Appendices 'A' and 'B'";
    static final String RISK_RECOMMENDATION = "The committee is also asked to note the updated Corporate Risk and "
            + "Opportunity Register and " + RiskRegisterSection.SUMMARY + " set out in " + RiskRegisterSection.APPENDIX + ".";
    static final String HIGHLIGHTS = "Highlights of good performance includes:";
    static final String BELOW = "Indicators performing below the desired level (Red, or Amber two periods running) include:";
    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 720;
    /** Text width of a landscape page, in twentieths of a point. */
    static final int LANDSCAPE_TEXT = A4_LONG - 2 * MARGIN;
    static final int BODY_PT = 11;
    static final int TABLE_PT = 9;
    static final double CHART_WIDTH_CM = 16;
    private static final String FONT = "Arial";

    private ReportWriter() {
    }

    /** Writes the report to {@code file}; on any failure the file is left as it was. */
    public static void write(Book book, Settings settings, Path file) throws IOException {
        write(book, settings, null, file);
    }

    /**
     * Writes the report with the quarter's Corporate Risk and Opportunity Register (its changes on the cover,
     * its Summary Risk Profile and heat map as Appendix 'B'), or without when {@code register} is null.
     */
    public static void write(Book book, Settings settings, RiskRegisterPart register, Path file) throws IOException {
        try (XWPFDocument doc = new ReportDocument()) {
            ReportStyles.add(doc, FONT);
            cover(doc, book, settings, register);
            endPortraitSection(doc);
            int figures = appendix(doc, book, settings);
            RecoveryPlanSection.write(doc, book);
            if (register == null) {
                landscapeBody(doc, APPENDIX);
            } else {
                CTSectPr appendixA = endSection(doc);
                RiskRegisterSection.appendix(doc, register, figures);
                landscapeBody(doc, APPENDIX);
                // Appendix 'A' ends with the paragraph just before 'B': its header moves there, 'B' has its own
                moveHeader(doc, appendixA);
                page(appendixA, true);
                landscapeBody(doc, RiskRegisterSection.APPENDIX);
            }
            // charts are saved as stand-ins and streamed in after, so the document never holds them all
            List<Picture> all = new ArrayList<>(book.pictures());
            if (register != null && register.heatMap() != null) {
                all.add(register.heatMap());
            }
            Map<String, PackageParts.Content> pictures = Picture.parts(doc.getPackage(), all);
            SafeFiles.write(file, out -> PackageParts.write(doc::write, pictures, out));
        }
    }

    // ---- cover report -------------------------------------------------------------------------------

    private static void cover(XWPFDocument doc, Book book, Settings s, RiskRegisterPart register) {
        Period p = book.period();
        text(doc, s.committee().isEmpty() ? "Cabinet Committee on Performance Improvement" : s.committee(), true);
        text(doc, s.meetingDate().isEmpty() ? "Meeting date to be confirmed" : "Meeting to be held on " + s.meetingDate(),
                false);
        text(doc, "Part I", true);
        text(doc, "Electoral Division affected: (All Divisions)", false);
        text(doc, "Corporate Priorities: " + String.join("; ", book.priorities()), false);
        heading(doc, "Title", register == null ? title(p, s) : title(p, s).replace("(" + APPENDIX + " refers)",
                "(" + APPENDICES + " refer)"));
        text(doc, contact(s), false);

        heading(doc, "Heading1", "Brief Summary");
        text(doc, summary(book), false);
        if (!book.receipts().isEmpty()) {
            text(doc, "Returns: " + ReturnWords.summary(book.receipts()) + ".", false);
        }
        long notReported = book.assessments().stream().filter(a -> a.status() == Status.NOT_REPORTED).count();
        if (notReported > 0) {
            text(doc, notReported + (notReported == 1 ? " indicator is" : " indicators are") + " shown as \"Not reported\""
                    + " because the service's return was not received; they count as not on track.", false);
        }
        text(doc, APPENDIX + " provides the latest performance against each Key Performance Indicator, with the "
                + "services' commentary.", false);
        if (register != null) {
            text(doc, RiskRegisterSection.APPENDIX + " provides the updated Corporate Risk and Opportunity Register for "
                    + quarterWords(p) + ": the " + RiskRegisterSection.SUMMARY + " and the heat map.", false);
        }

        heading(doc, "Heading1", "Recommendation");
        text(doc, s.recommendation().isEmpty()
                ? "The committee is asked to note and comment on the performance set out in " + APPENDIX + "."
                : s.recommendation(), false);
        if (register != null) {
            // the Settings' recommendation is about performance: the register's is the seeds' own wording
            text(doc, RISK_RECOMMENDATION, false);
        }

        heading(doc, "Heading1", "Detail");
        text(doc, "The report at " + APPENDIX + " provides the latest available " + periodWords(p)
                + " performance information and the commentary on the current position against each indicator.", false);
        text(doc, "Attention is drawn to the following key areas of performance.", false);
        list(doc, book, HIGHLIGHTS, a -> a.status() == Status.GREEN);
        list(doc, book, BELOW, Assessment::isException);
        changes(doc, book);
        if (register != null) {
            RiskRegisterSection.cover(doc, register);
        }
    }

    static final String CHANGES = "Changes since last quarter";
    static final String NEWLY_RED = "Newly Red (requires improvement):";
    static final String RECOVERED = "Recovered (Red or Amber last quarter, now Green):";
    static final String STATUS_CHANGED = "Other changes of status:";
    static final String REVISED = "Figures revised since they were first returned:";

    /**
     * What moved since last quarter, as one list per kind: newly Red, recovered, other changes of status,
     * and this year's earlier figures a later return changed. Only indicators reported for the book's own
     * period: an annual indicator's status has not moved since the last book.
     */
    private static void changes(XWPFDocument doc, Book book) {
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(240);
        h.setKeepNext(true);
        run(h, book.period().kind() == Period.Kind.QUARTER ? CHANGES : "Changes since the last period", true, BODY_PT);
        boolean any = false;
        any |= bullets(doc, NEWLY_RED, changed(book).stream().filter(a -> a.status() == Status.RED)
                .map(a -> a.indicator().name() + " (" + before(a) + ")").toList());
        any |= bullets(doc, RECOVERED, changed(book).stream().filter(a -> a.status() == Status.GREEN
                && (a.previousStatus() == Status.RED || a.previousStatus() == Status.AMBER))
                .map(a -> a.indicator().name() + " (" + a.previousStatus().label() + " last quarter)").toList());
        any |= bullets(doc, STATUS_CHANGED, changed(book).stream().filter(a -> rated(a.previousStatus())
                && a.status() != Status.RED && !(a.status() == Status.GREEN))
                .map(a -> a.indicator().name() + ": " + a.previousStatus().label() + " to " + a.status().label())
                .toList());
        List<String> revised = new ArrayList<>();
        for (Revision r : book.revisions()) {
            Indicator ind = book.assessments().stream().map(Assessment::indicator)
                    .filter(i -> i.id().equalsIgnoreCase(r.indicatorId())).findFirst().orElse(null);
            if (ind != null) {
                revised.add(ind.name() + ", " + quarterWords(r.period()) + ": " + Display.value(ind, r.was()) + " in "
                        + r.firstReturn() + ", now " + Display.value(ind, r.now()) + " from " + r.laterReturn());
            }
        }
        any |= bullets(doc, REVISED, revised);
        if (!any) {
            text(doc, "No indicator changed status since last quarter and no earlier figure was revised.", false);
        }
    }

    /** The indicators reported for the book's period whose status is one of the three and differs from last time. */
    private static List<Assessment> changed(Book book) {
        return book.assessments().stream().filter(a -> a.period().equals(book.period()) && rated(a.status())
                && a.status() != a.previousStatus()).toList();
    }

    private static boolean rated(Status s) {
        return s == Status.GREEN || s == Status.AMBER || s == Status.RED;
    }

    /** "Amber last quarter", or "no rating last quarter" when there was no rating. */
    private static String before(Assessment a) {
        return rated(a.previousStatus()) ? a.previousStatus().label() + " last quarter" : "no rating last quarter";
    }

    static String quarterWords(Period p) {
        return p.kind() == Period.Kind.QUARTER ? "Q" + p.number() + " " + p.financialYear().label() : p.label();
    }

    /** A bold label and its items as bullets; nothing at all when there are no items. */
    static boolean bullets(XWPFDocument doc, String label, List<String> items) {
        if (items.isEmpty()) {
            return false;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        run(p, label, true, BODY_PT);
        for (String item : items) {
            XWPFParagraph li = doc.createParagraph();
            li.setStyle("ListBullet");
            run(li, "• " + item, false, BODY_PT);
        }
        return true;
    }

    static String title(Period p, Settings s) {
        String name = s.reportTitle().isEmpty() ? "Corporate Strategy Monitoring report" : s.reportTitle();
        return name + " – " + periodWords(p) + " Performance Update (" + APPENDIX + " refers)";
    }

    /** "Quarter 3 2021/22", else the period's label. */
    static String periodWords(Period p) {
        return p.kind() == Period.Kind.QUARTER ? "Quarter " + p.number() + " " + p.financialYear().label() : p.label();
    }

    private static String contact(Settings s) {
        List<String> parts = new ArrayList<>();
        for (String x : List.of(s.contactName(), s.contactTelephone().isEmpty() ? "" : "Tel: " + s.contactTelephone(),
                s.contactEmail())) {
            if (!x.isEmpty()) {
                parts.add(x);
            }
        }
        return "Contact for further information: " + (parts.isEmpty() ? "to be confirmed" : String.join(", ", parts));
    }

    /**
     * "18 of 33 rated indicators (55%) are on track; 6 are slightly below the desired level, 4 require
     * improvement and 5 are not reported because their return was not received."
     */
    static String summary(Book book) {
        Map<Status, Integer> n = new EnumMap<>(Status.class);
        // a Report indicator has no figure to rate: said apart, not counted as lacking a target
        List<Assessment> figures = book.assessments().stream().filter(a -> !a.indicator().reportOnly()).toList();
        int reports = book.assessments().size() - figures.size();
        figures.forEach(a -> n.merge(a.status(), 1, Integer::sum));
        int green = n.getOrDefault(Status.GREEN, 0);
        int amber = n.getOrDefault(Status.AMBER, 0);
        int red = n.getOrDefault(Status.RED, 0);
        int missing = n.getOrDefault(Status.NOT_REPORTED, 0);
        int unrated = n.getOrDefault(Status.NOT_RATED, 0);
        // a missing return counts against the share: a gap must not make the picture look better
        int rated = green + amber + red + missing;
        String who = "of " + figures.size() + " indicators";
        if (rated == 0) {
            return "None " + who + " could be rated against a target this period.";
        }
        StringBuilder b = new StringBuilder(green + " of " + rated + " rated indicators (" + Math.round(100.0 * green / rated)
                + "%) are on track");
        List<String> rest = new ArrayList<>();
        if (amber > 0) {
            rest.add(amber + (amber == 1 ? " is" : " are") + " slightly below the desired level");
        }
        if (red > 0) {
            rest.add(red + " require" + (red == 1 ? "s" : "") + " improvement");
        }
        if (missing > 0) {
            rest.add(missing + (missing == 1 ? " is" : " are") + " not reported because the return was not received");
        }
        if (!rest.isEmpty()) {
            b.append("; ").append(joinWords(rest));
        }
        b.append('.');
        if (unrated > 0) {
            b.append(' ').append(unrated).append(unrated == 1 ? " indicator has" : " indicators have")
                    .append(" no target to be rated against.");
        }
        if (reports > 0) {
            b.append(' ').append(reports).append(reports == 1 ? " indicator is reported to the committee as a report on its"
                    + " own schedule" : " indicators are reported to the committee as reports on their own schedules")
                    .append(" (see the tables in ")
                    .append(APPENDIX).append(").");
        }
        return b.toString();
    }

    private static String joinWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A list's heading, then each priority that has an indicator in it with its indicators as bullets. */
    private static void list(XWPFDocument doc, Book book, String heading, java.util.function.Predicate<Assessment> in) {
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(240);
        h.setKeepNext(true);
        run(h, heading, true, BODY_PT);
        boolean any = false;
        for (String priority : book.priorities()) {
            List<Assessment> items = book.assessments().stream()
                    .filter(a -> a.indicator().priority().equals(priority) && in.test(a)).toList();
            if (items.isEmpty()) {
                continue;
            }
            any = true;
            XWPFParagraph p = doc.createParagraph();
            run(p, priority, true, BODY_PT);
            p.setSpacingBefore(120);
            for (Assessment a : items) {
                XWPFParagraph li = doc.createParagraph();
                li.setStyle("ListBullet");
                run(li, "• " + a.indicator().name(), false, BODY_PT);
            }
        }
        if (!any) {
            text(doc, "None this period.", false);
        }
    }

    // ---- Appendix 'A' -------------------------------------------------------------------------------

    /** Appendix 'A'; returns how many figures it numbered. */
    private static int appendix(XWPFDocument doc, Book book, Settings settings) {
        int[] figure = {0};
        for (String priority : book.priorities()) {
            List<Assessment> all = book.assessments().stream()
                    .filter(a -> a.indicator().priority().equals(priority)).toList();
            List<Assessment> items = all.stream().filter(a -> !a.indicator().reportOnly()).toList();
            List<Assessment> reports = all.stream().filter(a -> a.indicator().reportOnly()).toList();
            XWPFParagraph h = heading(doc, "Heading1", priority.isBlank() ? "Indicators" : priority);
            if (figure[0] > 0 || priority != book.priorities().get(0)) {
                h.setPageBreak(true);
            }
            if (!items.isEmpty()) {
                key(doc, book);
                kpiTable(doc, book, items);
            }
            for (Assessment a : items) {
                commentary(doc, a, settings);
            }
            if (!reports.isEmpty()) {
                reportsTable(doc, reports);
            }
            for (Assessment a : items) {
                for (Picture pic : book.pictures()) {
                    if (pic.indicatorId().equals(a.indicator().id())) {
                        chart(doc, pic, ++figure[0]);
                    }
                }
            }
        }
        if (book.priorities().isEmpty()) {
            heading(doc, "Heading1", "Indicators");
            text(doc, "No indicators in the catalogue.", false);
        }
        return figure[0];
    }

    /** The key for performance: each status's colour with its words, as the seeds print it. */
    private static void key(XWPFDocument doc, Book book) {
        XWPFParagraph p = doc.createParagraph();
        run(p, "Key for performance:", true, TABLE_PT + 1);
        List<Status> statuses = new ArrayList<>(List.of(Status.GREEN, Status.AMBER, Status.RED));
        if (book.assessments().stream().anyMatch(a -> a.status() == Status.NOT_REPORTED)) {
            statuses.add(Status.NOT_REPORTED);
        }
        XWPFTable t = doc.createTable(1, statuses.size());
        widths(t, statuses.stream().mapToInt(s -> 3000).toArray());
        for (int i = 0; i < statuses.size(); i++) {
            Status s = statuses.get(i);
            XWPFTableCell c = t.getRow(0).getCell(i);
            cellText(c, s.label() + ": " + s.wording(), true, ScorecardText.colours(s)[1]);
            c.setColor(ScorecardText.colours(s)[0]);
        }
        doc.createParagraph();
    }

    /** The table's headings, e.g. "2019/20 Outturn", "Quarter 1 (Apr–Jun) 2021/22", "2021/22 Target". */
    static List<String> headings(Period period) {
        Period year = period.financialYear();
        List<String> heads = new ArrayList<>(List.of("Performance Indicator", "Frequency", "Directorate", "Good is",
                year.previous().previous().label() + " Outturn", year.previous().label() + " Outturn"));
        for (Period q : quarters(period)) {
            heads.add("Quarter " + q.number() + " (" + PeriodWords.bookQuarterMonths(q) + ") " + year.label());
        }
        heads.add(year.label() + " Target");
        return heads;
    }

    private static List<Period> quarters(Period period) {
        List<Period> quarters = new ArrayList<>();
        if (period.kind() == Period.Kind.QUARTER) {
            for (int q = 1; q <= period.number(); q++) {
                quarters.add(Period.quarter(period.financialYear().year(), q));
            }
        }
        return quarters;
    }

    private static void kpiTable(XWPFDocument doc, Book book, List<Assessment> items) {
        Period year = book.period().financialYear();
        List<Period> quarters = quarters(book.period());
        List<String> heads = headings(book.period());
        XWPFTable t = doc.createTable(1 + items.size(), heads.size());
        int[] w = new int[heads.size()];
        // "Good is" wide enough for "Range" on one line at 9 pt
        int fixed = 1250 + 1650 + 1000 + 1500 * 2 + 1500 * quarters.size() + 1500;
        w[0] = Math.max(2600, LANDSCAPE_TEXT - fixed);
        w[1] = 1250;
        w[2] = 1650;
        w[3] = 1000;
        for (int i = 4; i < w.length; i++) {
            w[i] = 1500;
        }
        widths(t, w);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < heads.size(); i++) {
            cellText(head.getCell(i), heads.get(i), true, "FFFFFF");
            head.getCell(i).setColor("1F3864");
        }
        for (int r = 0; r < items.size(); r++) {
            Assessment a = items.get(r);
            Indicator ind = a.indicator();
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = new ArrayList<>(List.of(ind.name(), ind.frequency().label(), ind.directorate(),
                    ind.polarity().label(), ScorecardText.outturn(ind, a.yearOutturns().get(year.previous().previous())),
                    ScorecardText.outturn(ind, a.yearOutturns().get(year.previous()))));
            int currentColumn = -1;
            for (Period q : quarters) {
                Evaluation e = a.figureFor(q);
                if (q.contains(a.period())) {
                    currentColumn = cells.size();
                }
                cells.add(Display.evaluation(ind, e) + Display.monthOf(e));
            }
            cells.add(ScorecardText.target(a));
            if (currentColumn < 0) {
                // an annual indicator, or no quarters: the status goes with the latest outturn
                currentColumn = 5;
                cells.set(5, Display.evaluation(ind, a.current()).isEmpty() ? cells.get(5)
                        : Display.evaluation(ind, a.current()) + " (" + a.period().label() + ")");
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (c == currentColumn) {
                    String[] colours = ScorecardText.colours(a.status());
                    cellText(cell, cells.get(c), false, null);
                    XWPFParagraph words = cell.addParagraph();
                    run(words, ScorecardText.status(a), true, TABLE_PT).setColor(colours[1]);
                    cell.setColor(colours[0]);
                } else {
                    cellText(cell, cells.get(c), false, null);
                }
            }
        }
        doc.createParagraph();
    }

    static final List<String> REPORT_HEADINGS = List.of("Performance Indicator", "Frequency", "Directorate",
            "Current Performance");

    /**
     * The seeds' table of indicators reported to committee as a report rather than a figure: each with its
     * schedule, e.g. "Annual Report – schedule to be confirmed".
     */
    private static void reportsTable(XWPFDocument doc, List<Assessment> reports) {
        XWPFTable t = doc.createTable(1 + reports.size(), REPORT_HEADINGS.size());
        int[] w = {LANDSCAPE_TEXT - 1250 - 3000 - 5500, 1250, 3000, 5500};
        widths(t, w);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < REPORT_HEADINGS.size(); i++) {
            cellText(head.getCell(i), REPORT_HEADINGS.get(i), true, "FFFFFF");
            head.getCell(i).setColor("1F3864");
        }
        for (int r = 0; r < reports.size(); r++) {
            Indicator ind = reports.get(r).indicator();
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = List.of(ind.name(), ind.frequency().label(), ind.directorate(),
                    ind.schedule().isEmpty() ? "Report – no schedule given" : ind.schedule());
            for (int c = 0; c < cells.size(); c++) {
                cellText(row.getCell(c), cells.get(c), false, null);
            }
        }
        doc.createParagraph();
    }

    /**
     * "Emergency defects repaired within 4 hours." in bold, then the sentence made from the figures, then the
     * service's commentary, which the sentence never replaces.
     */
    private static void commentary(XWPFDocument doc, Assessment a, Settings settings) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        String label = a.indicator().name().strip();
        run(p, label.endsWith(".") ? label : label + ".", true, BODY_PT - 1);
        run(p, " " + Sentences.withoutName(a, settings), false, BODY_PT - 1);
        if (a.current() == null && a.withheldAt(a.period()) == null && a.notAvailableAt(a.period()) != null) {
            return; // the sentence gives the service's reason for no figure, word for word
        }
        String text = ScorecardText.commentary(a);
        run(p, " " + (text.isBlank() ? "No commentary was given." : text), false, BODY_PT - 1);
    }

    static void chart(XWPFDocument doc, Picture pic, int number) {
        chart(doc, pic, number, pic.altText());
    }

    /** The picture 16 cm wide with its alternative text, then "Figure n: caption". */
    static void chart(XWPFDocument doc, Picture pic, int number, String captionText) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        double heightCm = CHART_WIDTH_CM * pic.heightIn() / pic.widthIn();
        XWPFRun r = p.createRun();
        try {
            r.addPicture(new ByteArrayInputStream(pic.standIn()), Document.PICTURE_TYPE_PNG, pic.name() + ".png",
                    Units.toEMU(CHART_WIDTH_CM / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("chart " + pic.name() + " could not be added", e);
        }
        var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(pic.altText());
        inline.getDocPr().setName(pic.name());
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle("Caption");
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, "Figure " + number + ": " + captionText, false, TABLE_PT + 1);
    }

    // ---- sections -----------------------------------------------------------------------------------

    /** Ends the cover report: a portrait A4 section with no header. */
    private static void endPortraitSection(XWPFDocument doc) {
        XWPFParagraph last = doc.createParagraph();
        CTSectPr sect = last.getCTP().addNewPPr().addNewSectPr();
        page(sect, false);
    }

    /** Ends a landscape section at a new paragraph; its page size and header are set once the document is done. */
    private static CTSectPr endSection(XWPFDocument doc) {
        return doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
    }

    /**
     * Moves the header the document's last section has just been given to {@code sect}: POI gives a new header to
     * the document's last section only.
     */
    private static void moveHeader(XWPFDocument doc, CTSectPr sect) {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        while (body.sizeOfHeaderReferenceArray() > 0) {
            sect.addNewHeaderReference().set(body.getHeaderReferenceArray(0));
            body.removeHeaderReference(0);
        }
    }

    /** The document's last section: A4 landscape with {@code label} ("Appendix 'A'") in its header. */
    private static void landscapeBody(XWPFDocument doc, String label) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(sect, true);
        XWPFHeader header = new XWPFHeaderFooterPolicy(doc, sect).createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = header.getParagraphArray(0) == null ? header.createParagraph() : header.getParagraphArray(0);
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, label, true, BODY_PT);
    }

    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        m.setTop(margin);
        m.setBottom(margin);
        m.setLeft(margin);
        m.setRight(margin);
        m.setHeader(BigInteger.valueOf(360));
        m.setFooter(BigInteger.valueOf(360));
        // ECMA-376 requires the gutter (Word and LibreOffice default it, a validating reader does not)
        m.setGutter(BigInteger.ZERO);
    }

    // ---- paragraphs and cells -----------------------------------------------------------------------

    static XWPFParagraph text(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        run(p, text, bold, BODY_PT);
        return p;
    }

    static XWPFParagraph heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.setKeepNext(true);
        XWPFRun r = p.createRun();
        r.setText(text);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, int points) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setBold(bold);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    static void cellText(XWPFTableCell cell, String text, boolean bold, String colour) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        XWPFRun r = run(p, text, bold, TABLE_PT);
        if (colour != null) {
            r.setColor(colour);
        }
    }

    static void widths(XWPFTable t, int[] twips) {
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
        var tblPr = t.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int i = 0; i < twips.length; i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(String.valueOf(twips[i]));
            }
        }
    }
}
