package org.perfbook.template;

import static org.perfbook.template.TemplateLayout.ACTIONS_HEADER_ROW;
import static org.perfbook.template.TemplateLayout.ACTION_HEADINGS;
import static org.perfbook.template.TemplateLayout.ACTION_ROWS;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Indicator;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.xlsx.Protection;

/**
 * The template's optional {@code Actions} sheet: Indicator ID | Action | Lead | Completion date, the
 * "What actions are required to put it back on track?" table of the committee's recovery plans. The ID
 * is picked from the service's own indicators, listed beside the table; the date must be a date.
 */
final class ActionsSheet {

    static final int COL_ID = 0;
    static final int COL_ACTION = 1;
    static final int COL_LEAD = 2;
    static final int COL_DATE = 3;
    /** The service's indicators, for the ID list: ID and name, two columns right of the table. */
    static final int COL_LIST_ID = 5;
    static final int MAX_ACTION = 2000;
    static final int MAX_LEAD = 200;
    private static final int[] WIDTHS = {13, 70, 28, 18, 3, 10, 60};

    private ActionsSheet() {
    }

    static void write(XSSFWorkbook wb, TemplateStyles st, List<Indicator> indicators) {
        XSSFSheet sheet = wb.createSheet(TemplateLayout.ACTIONS_SHEET);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(22);
        TemplateLayout.text(title, 0, "Actions to put indicators back on track", st.title);
        TemplateLayout.text(sheet.createRow(1), 0, "Optional. For an indicator that is off target, list what is "
                + "being done, who leads it and when it will be done: the committee's recovery plan shows them.",
                st.plain);

        Row head = sheet.createRow(ACTIONS_HEADER_ROW);
        head.setHeightInPoints(TemplateLayout.LINE_POINTS + 6);
        for (int c = 0; c < ACTION_HEADINGS.size(); c++) {
            TemplateLayout.text(head, c, ACTION_HEADINGS.get(c), st.heading);
        }
        TemplateLayout.text(head, COL_LIST_ID, "Your indicators", st.label);
        for (int i = 0; i < ACTION_ROWS; i++) {
            Row row = sheet.createRow(ACTIONS_HEADER_ROW + 1 + i);
            // room for an action of a few sentences; a service can make a row taller
            row.setHeightInPoints(3 * TemplateLayout.LINE_POINTS);
            row.createCell(COL_ID).setCellStyle(st.inputText);
            row.createCell(COL_ACTION).setCellStyle(st.inputText);
            row.createCell(COL_LEAD).setCellStyle(st.inputText);
            Cell date = row.createCell(COL_DATE);
            date.setCellStyle(st.inputDate);
        }
        int listFirst = ACTIONS_HEADER_ROW + 1;
        for (int i = 0; i < indicators.size(); i++) {
            Row row = sheet.getRow(listFirst + i) == null ? sheet.createRow(listFirst + i) : sheet.getRow(listFirst + i);
            TemplateLayout.text(row, COL_LIST_ID, indicators.get(i).id(), st.plain);
            TemplateLayout.text(row, COL_LIST_ID + 1, indicators.get(i).name(), st.plain);
        }
        rules(sheet, listFirst, indicators.size());

        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, ACTIONS_HEADER_ROW + 1);
        PrintSetUp.landscape(sheet);
        PrintSetUp.repeatRows(sheet, ACTIONS_HEADER_ROW, ACTIONS_HEADER_ROW);
        PrintSetUp.sideMargins(sheet, 0.4);
        PrintSetUp.printArea(sheet, COL_DATE, ACTIONS_HEADER_ROW + ACTION_ROWS);
        Protection.withoutPassword(sheet);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static void rules(XSSFSheet sheet, int first, int indicators) {
        int last = first + ACTION_ROWS - 1;
        DataValidationHelper h = sheet.getDataValidationHelper();
        String list = "$" + (char) ('A' + COL_LIST_ID) + "$" + (first + 1) + ":$" + (char) ('A' + COL_LIST_ID) + "$"
                + (first + indicators);
        DataValidation id = h.createValidation(h.createFormulaListConstraint(list),
                new CellRangeAddressList(first, last, COL_ID, COL_ID));
        InputRules.prompt(id, "Indicator ID", "Pick the indicator the action is for, from the list of your indicators.");
        InputRules.error(id, DataValidation.ErrorStyle.STOP, "Not one of your indicators",
                "Pick an ID from the list: your indicators are listed on the right of this sheet.");
        sheet.addValidationData(id);

        text(sheet, h, first, last, COL_ACTION, MAX_ACTION, "Action",
                "What will be done, in a sentence or two. An expected outcome can follow on a new line.");
        text(sheet, h, first, last, COL_LEAD, MAX_LEAD, "Lead", "Who leads the action: a team or a post.");

        DataValidation date = h.createValidation(
                h.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2099,12,31)", null),
                new CellRangeAddressList(first, last, COL_DATE, COL_DATE));
        date.setEmptyCellAllowed(true);
        InputRules.prompt(date, "Completion date", "When the action will be done, as a date, e.g. 31/03/2022.");
        InputRules.error(date, DataValidation.ErrorStyle.STOP, "Not a date",
                "Type the completion date as a date, e.g. 31/03/2022.");
        sheet.addValidationData(date);
    }

    private static void text(XSSFSheet sheet, DataValidationHelper h, int first, int last, int col, int max,
            String title, String prompt) {
        DataValidation v = h.createValidation(
                h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, Integer.toString(max), null),
                new CellRangeAddressList(first, last, col, col));
        v.setEmptyCellAllowed(true);
        InputRules.prompt(v, title, prompt);
        InputRules.error(v, DataValidation.ErrorStyle.STOP, "Too long", "Keep this to " + max + " characters or fewer.");
        sheet.addValidationData(v);
    }
}
