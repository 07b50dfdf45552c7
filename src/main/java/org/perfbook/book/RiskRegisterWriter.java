package org.perfbook.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfbook.calc.RiskProfile;
import org.perfbook.files.PackageParts;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.Confidence;
import org.perfbook.model.Direction;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.xlsx.CellStyles;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.xlsx.Streaming;

/**
 * The corporate risk and opportunity register workbook for a quarter: the Register in the 2021/22 card
 * form, the Summary Risk Profile, the changes since last quarter, the heat map and the findings.
 */
public final class RiskRegisterWriter {

    /**
     * @param heatMap  the heat map's image, or null when there was none to draw
     * @param findings every finding of the registers of the quarters read
     */
    public record Register(Period period, String authority, RiskProfile profile, List<Finding> findings, Picture heatMap,
            ZonedDateTime built, String version) {
    }

    static final String REGISTER = "Register";
    static final String SUMMARY = "Summary Risk Profile";
    static final String CHANGES = "Changes";
    static final String HEAT_MAP = "Heat map";
    static final String FINDINGS = "Findings";

    private static final int[] CARD_WIDTHS = {20, 55, 20, 40};
    private static final int[] SUMMARY_WIDTHS = {9, 45, 12, 12, 16, 13, 13, 13, 13, 20};

    private RiskRegisterWriter() {
    }

    /** {@code risk-register-<period>.xlsx}. */
    public static String fileName(Period period) {
        return "risk-register-" + period.fileName() + ".xlsx";
    }

    public static void write(Register r, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SXSSFWorkbook wb = Streaming.newWorkbook(500, false, true);
        try {
            Styles st = new Styles(wb);
            register(wb, st, r);
            summary(wb, st, r);
            changes(wb, st, r);
            heatMap(wb, st, r);
            findings(wb, st, r);
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle("Corporate risk and opportunity register, "
                    + r.period().label());
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("perfbook " + r.version());
            // the heat map is placed as a stand-in, as the book's charts are, and streamed in as the file is saved
            Map<String, PackageParts.Content> pictures = Picture.parts(wb.getXSSFWorkbook().getPackage(),
                    r.heatMap() == null ? List.of() : List.of(r.heatMap()));
            SafeFiles.write(file, out -> PackageParts.write(o -> Streaming.write(wb, o), pictures, out));
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The styles of the register workbook, each made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle label;
        final CellStyle text;
        final CellStyle cardHead;
        final CellStyle section;
        final CellStyle green;
        final CellStyle amber;
        final CellStyle red;
        final CellStyle none;

        Styles(SXSSFWorkbook wb) {
            Font bold = CellStyles.bold(wb);
            title = wb.createCellStyle();
            title.setFont(CellStyles.bold(wb, 14));
            section = wb.createCellStyle();
            section.setFont(CellStyles.bold(wb, 12));
            heading = boxed(wb, true);
            heading.setFont(bold);
            CellStyles.fill(heading, IndexedColors.PALE_BLUE);
            label = boxed(wb, true);
            label.setFont(bold);
            CellStyles.fill(label, IndexedColors.GREY_25_PERCENT);
            text = boxed(wb, true);
            cardHead = boxed(wb, true);
            cardHead.setFont(CellStyles.bold(wb, 11));
            CellStyles.fill(cardHead, IndexedColors.PALE_BLUE);
            green = rag(wb, IndexedColors.BRIGHT_GREEN, false);
            amber = rag(wb, IndexedColors.LIGHT_ORANGE, false);
            red = rag(wb, IndexedColors.RED, true);
            none = boxed(wb, true);
        }

        private static CellStyle boxed(SXSSFWorkbook wb, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyles.thinBorder(s, IndexedColors.GREY_50_PERCENT);
            return s;
        }

        private static CellStyle rag(SXSSFWorkbook wb, IndexedColors fill, boolean whiteText) {
            CellStyle s = boxed(wb, true);
            CellStyles.fill(s, fill);
            Font f = CellStyles.bold(wb);
            if (whiteText) {
                f.setColor(IndexedColors.WHITE.getIndex());
            }
            s.setFont(f);
            return s;
        }

        CellStyle confidence(Confidence c) {
            if (c == null) {
                return none;
            }
            return switch (c) {
                case GREEN -> green;
                case AMBER -> amber;
                case RED -> red;
            };
        }
    }

    private static void register(SXSSFWorkbook wb, Styles st, Register r) {
        Sheet s = wb.createSheet(REGISTER);
        for (int i = 0; i < CARD_WIDTHS.length; i++) {
            s.setColumnWidth(i, CARD_WIDTHS[i] * 256);
        }
        int row = 0;
        Cells.text(s, row++, 0, title(r, "Corporate Risk and Opportunity Register"), st.title);
        Cells.text(s, row++, 0, "Entries scored " + r.profile().threshold() + " or more (risks on their current score, "
                + "opportunities on their target); score = likelihood \u00D7 impact.", null);
        for (RiskKind kind : RiskKind.values()) {
            List<RiskProfile.Line> lines = lines(r, kind);
            row++;
            Cells.text(s, row++, 0, kind == RiskKind.RISK ? "Corporate risks" : "Corporate opportunities", st.section);
            if (lines.isEmpty()) {
                Cells.text(s, row++, 0, "None on the register this quarter.", null);
            }
            int onPage = 0;
            for (RiskProfile.Line line : lines) {
                if (onPage == 2) {
                    // two cards to an A4 page, never one split across two
                    s.setRowBreak(row - 1);
                    onPage = 0;
                }
                row = card(s, st, line, row) + 1;
                onPage++;
            }
        }
        PrintSetUp.landscape(s);
        PrintSetUp.sideMargins(s, 0.4);
        PrintSetUp.printArea(s, CARD_WIDTHS.length - 1, Math.max(row, 1));
    }

    private static int card(Sheet s, Styles st, RiskProfile.Line line, int row) {
        RiskEntry e = line.entry();
        boolean risk = e.kind() == RiskKind.RISK;
        String what = risk ? "Risk" : "Opportunity";
        row = pair(s, st.cardHead, st.cardHead, row, what + " ID " + e.id(), e.title(),
                "Current " + what.toLowerCase(Locale.ROOT) + " score", e.current().describe(e.kind()));
        row = pair(s, st.label, st.text, row, what + " description", e.description(),
                "Target " + what.toLowerCase(Locale.ROOT) + " score", e.target() == null ? "Not given" : e.target().describe(e.kind()));
        row = pair(s, st.label, st.text, row, risk ? "Risk consequences" : "Opportunity benefits", e.consequences(),
                what + " owner", e.owner().isEmpty() ? "Not given (see the findings)" : e.owner());
        row = pair(s, st.label, st.text, row, "Directorate", e.directorate(), "Target date", e.targetDateText());
        Row conf = s.createRow(row);
        Cells.cell(conf, 0, "Current controls", st.label);
        Cells.cell(conf, 1, e.controls(), st.text);
        Cells.cell(conf, 2, "Target " + what.toLowerCase(Locale.ROOT) + " confidence", st.label);
        Cells.cell(conf, 3, e.confidence() == null ? "Not given" : e.confidence().label(), st.confidence(e.confidence()));
        Cells.fitHeight(conf, CARD_WIDTHS);
        row++;
        row = pair(s, st.label, st.text, row, "Control owner", e.controlOwner(), "Direction of travel", direction(line));
        row = pair(s, st.label, st.text, row, "Score by quarter", history(line), "Risk type", e.riskType());
        row = pair(s, st.label, st.text, row, risk ? "Mitigating actions" : "Maximising actions", e.actions(),
                risk ? "Mitigation owner" : "Action owner", e.actionOwner());
        Row p = s.createRow(row);
        Cells.cell(p, 0, "Progress", st.label);
        Cells.cell(p, 1, e.progress(), st.text);
        Cells.cell(p, 2, "", st.text);
        Cells.cell(p, 3, "", st.text);
        s.addMergedRegion(new CellRangeAddress(row, row, 1, 3));
        Cells.fitHeight(p, new int[] {CARD_WIDTHS[0], CARD_WIDTHS[1] + CARD_WIDTHS[2] + CARD_WIDTHS[3]});
        return row + 1;
    }

    private static int pair(Sheet s, CellStyle labelStyle, CellStyle textStyle, int row, String l1, String v1, String l2,
            String v2) {
        Row x = s.createRow(row);
        Cells.cell(x, 0, l1, labelStyle);
        Cells.cell(x, 1, v1, textStyle);
        Cells.cell(x, 2, l2, labelStyle);
        Cells.cell(x, 3, v2, textStyle);
        Cells.fitHeight(x, CARD_WIDTHS);
        return row + 1;
    }

    /** "Q1 16 (Green), Q2 16 (Green), Q3 12 (Green), Q4 12 (Amber)": this financial year so far. */
    static String history(RiskProfile.Line line) {
        return String.join(", ", line.history().stream().map(p -> "Q" + p.period().number() + " "
                + (p.score() == null ? "not read" : p.score()) + (p.confidence() == null ? "" : " (" + p.confidence().label()
                + ")")).toList());
    }

    /** "Improving (20 last quarter)", "No change", "New this quarter". */
    public static String direction(RiskProfile.Line line) {
        if (line.direction() == Direction.NOT_AVAILABLE) {
            return "New this quarter";
        }
        if (line.direction() == Direction.NO_CHANGE) {
            return "No change (" + line.lastScore() + " last quarter)";
        }
        return line.direction().label() + " (" + line.lastScore() + " last quarter)";
    }

    private static List<RiskProfile.Line> lines(Register r, RiskKind kind) {
        return r.profile().lines().stream().filter(l -> l.entry().kind() == kind).toList();
    }

    private static String title(Register r, String what) {
        return (r.authority().isEmpty() ? "" : r.authority() + ": ") + what + ", " + r.period().label();
    }

    private static void summary(SXSSFWorkbook wb, Styles st, Register r) {
        Sheet s = wb.createSheet(SUMMARY);
        for (int i = 0; i < SUMMARY_WIDTHS.length; i++) {
            s.setColumnWidth(i, SUMMARY_WIDTHS[i] * 256);
        }
        int row = 0;
        Cells.text(s, row++, 0, title(r, "Corporate Summary Risk Profile"), st.title);
        Cells.text(s, row++, 0, "Confidence of reaching the target score by the target date, each quarter of "
                + r.period().financialYear().label() + ": Green, Amber or Red, in colour and in words.", null);
        for (RiskKind kind : RiskKind.values()) {
            row++;
            boolean risk = kind == RiskKind.RISK;
            String c = risk ? "Risk Confidence Q" : "Opportunity Confidence Q";
            Cells.header(s, row++, List.of(risk ? "Risk ID" : "Opp ID", risk ? "Risk Description" : "Opportunity Description",
                    risk ? "Current Risk Rating" : "Current Rating", risk ? "Target Risk Rating" : "Target Rating",
                    "Target Date", c + 1, c + 2, c + 3, c + 4, "Direction of travel"), st.heading);
            s.getRow(row - 1).setHeightInPoints(42);
            for (RiskProfile.Line line : lines(r, kind)) {
                RiskEntry e = line.entry();
                Row x = s.createRow(row++);
                Cells.cell(x, 0, e.id(), st.text);
                Cells.cell(x, 1, e.title(), st.text);
                number(x, 2, e.current().score(), st.text);
                if (e.target() != null) {
                    number(x, 3, e.target().score(), st.text);
                } else {
                    Cells.cell(x, 3, "Not given", st.text);
                }
                Cells.cell(x, 4, e.targetDateText(), st.text);
                for (int q = 1; q <= 4; q++) {
                    Confidence cf = q <= r.period().number() ? line.confidenceIn(q) : null;
                    Cells.cell(x, 4 + q, cf == null ? (q <= r.period().number() ? "Not given" : "") : cf.label(),
                            st.confidence(cf));
                }
                Cells.cell(x, 9, direction(line), st.text);
                Cells.fitHeight(x, SUMMARY_WIDTHS);
            }
        }
        PrintSetUp.landscape(s);
        PrintSetUp.sideMargins(s, 0.4);
        PrintSetUp.printArea(s, SUMMARY_WIDTHS.length - 1, row);
    }

    private static void number(Row x, int c, int v, CellStyle style) {
        var cell = x.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private static void changes(SXSSFWorkbook wb, Styles st, Register r) {
        Sheet s = wb.createSheet(CHANGES);
        s.setColumnWidth(0, 16 * 256);
        s.setColumnWidth(1, 10 * 256);
        s.setColumnWidth(2, 110 * 256);
        int row = 0;
        Cells.text(s, row++, 0, title(r, "Changes since last quarter"), st.title);
        row++;
        Cells.header(s, row++, List.of("Change", "ID", "What changed"), st.heading);
        if (!r.profile().compared()) {
            Cells.text(s, row++, 0, "There are no registers for " + r.period().previous().label()
                    + " to compare with, so no changes are listed.", null);
        } else if (r.profile().changes().isEmpty()) {
            Cells.text(s, row++, 0, "No additions, removals, or changes of score or confidence this quarter.", null);
        }
        for (RiskProfile.Change c : r.profile().changes()) {
            Row x = s.createRow(row++);
            Cells.cell(x, 0, switch (c.kind()) {
                case ADDED -> "Addition";
                case REMOVED -> "Removal";
                case SCORE -> "Score";
                case CONFIDENCE -> "Confidence";
            }, st.text);
            Cells.cell(x, 1, c.id(), st.text);
            Cells.cell(x, 2, c.text(), st.text);
            Cells.fitHeight(x, new int[] {16, 10, 110});
        }
        PrintSetUp.landscape(s);
        PrintSetUp.printArea(s, 2, Math.max(row - 1, 0));
    }

    private static void heatMap(SXSSFWorkbook wb, Styles st, Register r) {
        Sheet s = wb.createSheet(HEAT_MAP);
        s.setColumnWidth(0, 100 * 256);
        Cells.text(s, 0, 0, title(r, "Heat map"), st.title);
        if (r.heatMap() == null) {
            Cells.text(s, 1, 0, "No heat map: no entry is on the register.", null);
        } else {
            Row pic = s.createRow(1);
            pic.setHeightInPoints(Pictures.heightPoints(r.heatMap(), 6.5));
            Row alt = s.createRow(2);
            Cells.cell(alt, 0, r.heatMap().altText(), st.text);
            Cells.fitHeight(alt, new int[] {100});
            Pictures pictures = new Pictures(wb, HEAT_MAP);
            pictures.place(r.heatMap(), 1, 0, 6.5);
            pictures.finish();
        }
        PrintSetUp.fitToWidth(s);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitHeight((short) 1);
    }

    private static void findings(SXSSFWorkbook wb, Styles st, Register r) {
        Sheet s = wb.createSheet(FINDINGS);
        int[] widths = {40, 10, 8, 9, 20, 80};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        int row = 0;
        Cells.text(s, row++, 0, title(r, "Findings in the directorate registers"), st.title);
        row++;
        Cells.header(s, row++, List.of("File", "Sheet", "Cell", "Severity", "Code", "Message"), st.heading);
        if (r.findings().isEmpty()) {
            Cells.text(s, row++, 0, "No findings.", null);
        }
        for (Finding f : r.findings()) {
            Row x = s.createRow(row++);
            Cells.cell(x, 0, f.source().file(), st.text);
            Cells.cell(x, 1, f.source().sheet(), st.text);
            Cells.cell(x, 2, f.source().cell(), st.text);
            Cells.cell(x, 3, f.severity().label(), st.text);
            Cells.cell(x, 4, f.code(), st.text);
            Cells.cell(x, 5, f.message(), st.text);
            Cells.fitHeight(x, widths);
        }
        PrintSetUp.landscape(s);
        PrintSetUp.repeatRows(s, 2, 2);
        PrintSetUp.printArea(s, widths.length - 1, Math.max(row - 1, 2));
    }
}
