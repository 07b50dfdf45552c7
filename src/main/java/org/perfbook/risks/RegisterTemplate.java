package org.perfbook.risks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.files.FileNames;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScale;
import org.perfbook.xlsx.CellStyles;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.xlsx.Protection;

/**
 * Writes the register template a directorate fills in each quarter: a protected {@code Register} sheet
 * whose only unlocked cells are the entries' inputs, with drop-down lists of the Key to Scores' words,
 * last quarter's entries filled in to update, and last quarter's score and confidence beside them.
 */
public final class RegisterTemplate {

    static final String SHEET = "Register";
    static final int HEADER_ROW = 4;
    /** Blank rows left under last quarter's entries for new ones. */
    static final int SPARE_ROWS = 10;
    static final String PROP_DIRECTORATE = "perfbook.register.directorate";
    static final String PROP_PERIOD = "perfbook.register.period";

    private RegisterTemplate() {
    }

    /** {@code risk-register-<directorate>-<period>.xlsx}. */
    public static String fileName(String directorate, Period period) {
        return "risk-register-" + FileNames.slug(directorate, "directorate") + "-" + period.fileName() + ".xlsx";
    }

    /**
     * @param lastQuarter this directorate's entries of last quarter, closed ones left out here; may be empty
     */
    public static Path write(String directorate, Period period, List<RiskEntry> lastQuarter, Path dir) throws IOException {
        Objects.requireNonNull(directorate, "directorate");
        Objects.requireNonNull(period, "period");
        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(directorate, period));
        SafeFiles.write(target, out -> {
            try (XSSFWorkbook wb = build(directorate, period, lastQuarter.stream().filter(e -> !e.closed()).toList())) {
                wb.write(out);
            }
        });
        return target;
    }

    private static XSSFWorkbook build(String directorate, Period period, List<RiskEntry> last) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet(SHEET);
        Font bold = CellStyles.bold(wb);
        CellStyle title = wb.createCellStyle();
        title.setFont(CellStyles.bold(wb, 14));
        CellStyle label = wb.createCellStyle();
        label.setFont(bold);
        CellStyle heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyles.fill(heading, IndexedColors.PALE_BLUE);
        CellStyles.thinBorder(heading, IndexedColors.GREY_50_PERCENT);
        CellStyle input = wb.createCellStyle();
        input.setLocked(false);
        input.setWrapText(true);
        input.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyles.fill(input, IndexedColors.LIGHT_YELLOW);
        CellStyles.thinBorder(input, IndexedColors.GREY_50_PERCENT);
        CellStyle context = wb.createCellStyle();
        context.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyles.fill(context, IndexedColors.GREY_25_PERCENT);
        CellStyles.thinBorder(context, IndexedColors.GREY_50_PERCENT);

        text(sheet.createRow(0), 0, "Risk and opportunity register: " + directorate + ", " + period.label(), title);
        Row r1 = sheet.createRow(1);
        text(r1, 0, "Directorate", label);
        text(r1, 1, directorate, null);
        Row r2 = sheet.createRow(2);
        text(r2, 0, "Period", label);
        text(r2, 1, period.label(), null);
        text(sheet.createRow(3), 0, "Update each entry in the yellow cells and add new ones below. To take an entry off "
                + "the register, set its Status to Closed and say why in Progress; do not delete its row. Grey cells are "
                + "last quarter's, for reference.", null);

        Row h = sheet.createRow(HEADER_ROW);
        h.setHeightInPoints(45);
        for (RegisterColumn c : RegisterColumn.values()) {
            text(h, c.index(), c.label, heading);
            sheet.setColumnWidth(c.index(), c.width * 256);
        }
        int r = HEADER_ROW + 1;
        for (RiskEntry e : last) {
            Row row = sheet.createRow(r++);
            // tall enough to show a few lines of last quarter's text; the row heights are the directorate's to change
            row.setHeightInPoints(60);
            fill(row, e, input, context);
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            Row row = sheet.createRow(r++);
            for (RegisterColumn c : RegisterColumn.values()) {
                row.createCell(c.index()).setCellStyle(c.input ? input : context);
            }
        }
        int lastRow = r - 1;
        validations(sheet, HEADER_ROW + 1, lastRow);

        sheet.createFreezePane(2, HEADER_ROW + 1);
        PrintSetUp.landscape(sheet);
        PrintSetUp.repeatRows(sheet, HEADER_ROW, HEADER_ROW);
        // 23 columns on one page would print too small to read: three pages across, ID, Kind and Title on each
        sheet.getPrintSetup().setFitWidth((short) 3);
        sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 2));
        PrintSetUp.sideMargins(sheet, 0.4);
        PrintSetUp.printArea(sheet, RegisterColumn.values().length - 1, lastRow);
        Protection.withoutPassword(sheet);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);

        var custom = wb.getProperties().getCustomProperties();
        custom.addProperty(PROP_DIRECTORATE, directorate);
        custom.addProperty(PROP_PERIOD, period.label());
        wb.getProperties().getCoreProperties().setTitle("Risk register: " + directorate + ", " + period.label());
        wb.getProperties().getCoreProperties().setCreator("perfbook");
        wb.lockStructure();
        return wb;
    }

    private static void fill(Row row, RiskEntry e, CellStyle input, CellStyle context) {
        for (RegisterColumn c : RegisterColumn.values()) {
            Cell cell = row.createCell(c.index());
            cell.setCellStyle(c.input ? input : context);
            String v = switch (c) {
                case ID -> e.id();
                case KIND -> e.kind().label();
                case TITLE -> e.title();
                case DESCRIPTION -> e.description();
                case CONSEQUENCES -> e.consequences();
                case RISK_TYPE -> e.riskType();
                case OWNER -> e.owner();
                case CURRENT_LIKELIHOOD -> e.current() == null ? "" : RiskScale.likelihood(e.current().likelihood());
                case CURRENT_IMPACT -> e.current() == null ? "" : RiskScale.impact(e.current().impact(), e.kind());
                case TARGET_LIKELIHOOD -> e.target() == null ? "" : RiskScale.likelihood(e.target().likelihood());
                case TARGET_IMPACT -> e.target() == null ? "" : RiskScale.impact(e.target().impact(), e.kind());
                case TARGET_DATE -> e.targetDateText();
                case CONTROLS -> e.controls();
                case CONTROL_OWNER -> e.controlOwner();
                case ACTIONS -> e.actions();
                case ACTION_OWNER -> e.actionOwner();
                case PROGRESS -> e.progress();
                case STATUS -> e.status().label();
                case LAST_CONFIDENCE -> e.confidence() == null ? "" : e.confidence().label();
                // this quarter's scores and confidence are for the directorate to give afresh
                default -> "";
            };
            if (c == RegisterColumn.LAST_SCORE && e.current() != null) {
                cell.setCellValue(e.current().score());
            } else if (!v.isEmpty()) {
                cell.setCellValue(v);
            }
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** Drop-downs of the scale's words; Warning style, so "4" or "Possible" typed by hand is still accepted. */
    private static void validations(XSSFSheet sheet, int first, int last) {
        List<String> likelihood = List.of(RiskScale.likelihood(1), RiskScale.likelihood(2), RiskScale.likelihood(3),
                RiskScale.likelihood(4), RiskScale.likelihood(5));
        List<String> impact = List.of(RiskScale.impact(1, RiskKind.RISK), RiskScale.impact(2, RiskKind.RISK),
                RiskScale.impact(3, RiskKind.RISK), RiskScale.impact(4, RiskKind.RISK), RiskScale.impact(5, RiskKind.RISK),
                RiskScale.impact(5, RiskKind.OPPORTUNITY));
        list(sheet, first, last, RegisterColumn.KIND, List.of("Risk", "Opportunity"));
        list(sheet, first, last, RegisterColumn.CURRENT_LIKELIHOOD, likelihood);
        list(sheet, first, last, RegisterColumn.TARGET_LIKELIHOOD, likelihood);
        list(sheet, first, last, RegisterColumn.CURRENT_IMPACT, impact);
        list(sheet, first, last, RegisterColumn.TARGET_IMPACT, impact);
        list(sheet, first, last, RegisterColumn.CONFIDENCE, List.of("Green", "Amber", "Red"));
        list(sheet, first, last, RegisterColumn.STATUS, List.of("Open", "Proposed", "Closed"));
        DataValidationHelper h = sheet.getDataValidationHelper();
        for (RegisterColumn c : List.of(RegisterColumn.CURRENT_SCORE, RegisterColumn.TARGET_SCORE)) {
            DataValidation v = h.createValidation(h.createIntegerConstraint(
                    org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN, "1", "25"),
                    new CellRangeAddressList(first, last, c.index(), c.index()));
            box(v, c, "Type a whole number from 1 to 25: the likelihood times the impact.");
            sheet.addValidationData(v);
        }
    }

    private static void list(XSSFSheet sheet, int first, int last, RegisterColumn c, List<String> values) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidation v = h.createValidation(h.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(first, last, c.index(), c.index()));
        box(v, c, "Choose one of: " + String.join(", ", values) + ".");
        sheet.addValidationData(v);
    }

    private static void box(DataValidation v, RegisterColumn c, String error) {
        v.setEmptyCellAllowed(true);
        v.setShowPromptBox(true);
        v.createPromptBox(c.label, c.prompt);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.createErrorBox("Not on the list", error);
    }
}
