package org.perfbook.template;

import org.perfbook.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Target;

/**
 * Writes the quarterly return template a service fills in: a protected {@code Return} sheet whose
 * only unlocked cells are the inputs, a plain-English {@code Guidance} sheet, and the template's
 * {@link TemplateIdentity} in custom document properties and a very hidden sheet.
 */
public final class TemplateWriter {

    /** The heading labels of the indicator table, in column order. */
    public static final List<String> HEADINGS = List.of("ID", "Indicator", "Breakdown", "Measure", "Good is", "Target",
            "Last period", "Numerator", "Denominator", "Value", "Commentary", "Data note");
    static final int COL_ID = 0;
    static final int COL_NAME = 1;
    static final int COL_BREAKDOWN = 2;
    static final int COL_MEASURE = 3;
    static final int COL_GOOD_IS = 4;
    static final int COL_TARGET = 5;
    static final int COL_LAST = 6;
    static final int COL_NUMERATOR = 7;
    static final int COL_DENOMINATOR = 8;
    static final int COL_VALUE = 9;
    static final int COL_COMMENTARY = 10;
    static final int COL_DATA_NOTE = 11;
    private static final int[] WIDTHS = {10, 50, 16, 26, 9, 12, 12, 13, 13, 12, 60, 30};

    static final int ROW_SERVICE = 1;
    static final int ROW_PERIOD = 2;
    static final int ROW_DUE = 3;
    static final int ROW_CONTACT = 4;
    /** Zero-based: a blank row separates the header block from the table. */
    static final int HEADER_ROW = 6;

    private static final int GUIDANCE_WIDTH = 90;
    /** One line of 11-point Calibri. */
    private static final float LINE_POINTS = 15f;

    static final int WORKING_DAYS_TO_RETURN = 15;
    static final int MAX_COMMENTARY = 2000;

    /**
     * Protection only stops accidental edits (design §3.2, pitfall W8); it is not security, so there is
     * no password and a service can unprotect a sheet (Review, Unprotect Sheet) if BI asks it to.
     */
    static final String SHEET_PASSWORD = "";

    private static final String NOT_AVAILABLE_HINT =
            " If you do not have the figure, leave it blank or type n/a and say why in the commentary.";

    private TemplateWriter() {
    }

    /** {@code <slug>-<period>.xlsx}, e.g. {@code childrens-social-care-2021-22-Q3.xlsx}. */
    public static String fileName(String service, Period period) {
        return slug(service) + "-" + period.fileName() + ".xlsx";
    }

    /** Lower case, apostrophes dropped, every other run of non-alphanumerics a single hyphen. */
    static String slug(String service) {
        String s = Normalizer.normalize(service == null ? "" : service, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019\u2018`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "service" : s;
    }

    /**
     * Writes the template for {@code service} into {@code dir} (created if needed) and returns its path.
     *
     * @param lastValues indicator ID to last period's whole-authority value; may be empty
     * @throws IllegalArgumentException when the service has no indicators due for the period (annual ones are due in Q4)
     */
    public static Path write(Catalogue catalogue, String service, Period period, Path dir,
            Map<String, Double> lastValues) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dir, "dir");
        List<Indicator> indicators = catalogue.indicatorsDue(service, period);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("The catalogue has no indicators due from the service '" + service
                    + "' for " + period.label() + ".");
        }
        Map<String, Double> last = lastValues == null ? Map.of() : lastValues;

        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(service, period)).normalize();
        if (!folder.equals(target.getParent())) {
            // The slug allows only [a-z0-9-], so this is a guard against future changes to it.
            throw new IllegalStateException("template name escapes the output folder: " + target);
        }

        SafeFiles.write(target, out -> {
            try (XSSFWorkbook wb = build(catalogue, service, period, indicators, last)) {
                wb.write(out);
            }
        });
        return target;
    }

    private static XSSFWorkbook build(Catalogue catalogue, String service, Period period,
            List<Indicator> indicators, Map<String, Double> last) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        String serviceName = indicators.get(0).service().isEmpty() ? service : indicators.get(0).service();

        XSSFSheet sheet = wb.createSheet(TemplateLayout.RETURN_SHEET);
        writeHeaderBlock(sheet, st, serviceName, period);

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int c = 0; c < HEADINGS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADINGS.get(c));
            cell.setCellStyle(st.heading);
        }

        List<String> areas = catalogue.areas();
        Validations dv = new Validations(sheet);
        int r = HEADER_ROW + 1;
        for (Indicator ind : indicators) {
            writeIndicatorRow(sheet.createRow(r), st, dv, catalogue, ind, period, "", last.get(ind.id()));
            r++;
            if (ind.hasBreakdown()) {
                for (String area : areas) {
                    writeIndicatorRow(sheet.createRow(r), st, dv, catalogue, ind, period, area, null);
                    r++;
                }
            }
        }
        int lastRow = r - 1;
        dv.addAll();

        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        printSetUp(sheet, lastRow);
        protect(sheet);
        // Services resize columns and rows to read long commentary; that changes nothing we read.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);

        writeGuidance(wb, st, serviceName, period);
        TemplateIdentity.issued(serviceName, period, indicators).writeTo(wb);

        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.lockStructure();
        wb.getProperties().getCoreProperties().setTitle("Performance return: " + serviceName + ", " + period.label());
        wb.getProperties().getCoreProperties().setCreator("perfbook");
        return wb;
    }

    private static void writeHeaderBlock(XSSFSheet sheet, Styles st, String service, Period period) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(22);
        text(title, 0, "Performance return", st.title);

        Row s = sheet.createRow(ROW_SERVICE);
        text(s, 0, "Service", st.label);
        text(s, 1, service, st.plain);

        Row p = sheet.createRow(ROW_PERIOD);
        text(p, 0, "Period", st.label);
        text(p, 1, period.label() + ", " + months(period), st.plain);

        Row d = sheet.createRow(ROW_DUE);
        text(d, 0, "Due by", st.label);
        Cell due = d.createCell(1);
        due.setCellValue(dueDate(period));
        due.setCellStyle(st.date);

        Row c = sheet.createRow(ROW_CONTACT);
        text(c, 0, "Contact", st.label);
        Cell contact = c.createCell(1);
        contact.setCellStyle(st.inputText);
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidation v = h.createValidation(h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "500", null),
                new CellRangeAddressList(ROW_CONTACT, ROW_CONTACT, 1, 1));
        prompt(v, "Contact", "Your name, and a phone number or email address, so the BI team can ask about the figures.");
        error(v, DataValidation.ErrorStyle.STOP, "Too long", "Keep the contact to 500 characters or fewer.");
        sheet.addValidationData(v);
    }

    /** "October to December 2021", "April 2021 to March 2022", "December 2021". */
    static String months(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        String from = start.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        String to = end.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        if (start.getMonth() == end.getMonth() && start.getYear() == end.getYear()) {
            return to + " " + end.getYear();
        }
        if (start.getYear() == end.getYear()) {
            return from + " to " + to + " " + end.getYear();
        }
        return from + " " + start.getYear() + " to " + to + " " + end.getYear();
    }

    /** Fifteen working days (Monday to Friday; bank holidays are not known) after the period's end. */
    static LocalDate dueDate(Period period) {
        LocalDate d = period.end();
        int left = WORKING_DAYS_TO_RETURN;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** What the service is asked for in an input cell. */
    enum Role {
        /** Fill this in. */
        WANTED,
        /** perfbook works it out; the cell stays open for a figure the service was given. */
        COMPUTED,
        /** perfbook takes it from the population estimates. */
        FROM_POPULATION,
        /** Welcome but not needed. */
        OPTIONAL
    }

    static Role numeratorRole(Indicator ind) {
        return ind.measure().isQuotient() ? Role.WANTED : Role.OPTIONAL;
    }

    static Role denominatorRole(Indicator ind) {
        if (ind.measure() == Measure.RATE && ind.usesPopulation()) {
            return Role.FROM_POPULATION;
        }
        return ind.measure().isQuotient() ? Role.WANTED : Role.OPTIONAL;
    }

    static Role valueRole(Indicator ind) {
        return ind.measure().isQuotient() ? Role.COMPUTED : Role.WANTED;
    }

    /** "Percentage", "Rate per 10,000 aged 0-17", "Money (£)", "Count". */
    static String measureText(Indicator ind) {
        return switch (ind.measure()) {
            case RATE -> "Rate " + ind.unit();
            case MONEY -> "Money (£)";
            default -> ind.measure().label();
        };
    }

    private static void writeIndicatorRow(Row row, Styles st, Validations dv, Catalogue catalogue, Indicator ind,
            Period period, String area, Double lastValue) {
        boolean whole = area.isEmpty();
        text(row, COL_ID, ind.id(), st.plain);
        text(row, COL_NAME, ind.name(), st.wrapped);
        text(row, COL_BREAKDOWN, area, st.plain);
        text(row, COL_MEASURE, measureText(ind), st.wrapped);
        text(row, COL_GOOD_IS, ind.polarity().label(), st.plain);
        Target t = whole ? catalogue.targetFor(ind, period) : null;
        text(row, COL_TARGET, t == null ? "" : t.toString(), st.plain);
        Cell lastCell = row.createCell(COL_LAST);
        lastCell.setCellStyle(st.number(ind.decimals()));
        if (whole && lastValue != null && Double.isFinite(lastValue)) {
            lastCell.setCellValue(lastValue);
        }

        input(row, COL_NUMERATOR, numeratorRole(ind), st);
        input(row, COL_DENOMINATOR, denominatorRole(ind), st);
        input(row, COL_VALUE, valueRole(ind), st);
        row.createCell(COL_COMMENTARY).setCellStyle(st.inputText);
        row.createCell(COL_DATA_NOTE).setCellStyle(st.inputText);

        // Neither POI nor LibreOffice grows a row for wrapped text, so size it here.
        int lines = Math.max(wrappedLines(ind.name(), WIDTHS[COL_NAME]),
                wrappedLines(measureText(ind), WIDTHS[COL_MEASURE]));
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS);
        }

        int r = row.getRowNum();
        dv.add(COL_NUMERATOR, r, Validations.numerator(ind));
        dv.add(COL_DENOMINATOR, r, Validations.denominator(ind));
        dv.add(COL_VALUE, r, Validations.value(ind));
        dv.add(COL_COMMENTARY, r, Validations.text("Commentary",
                "What the figure shows and why it has changed; what is being done if it is off target."));
        dv.add(COL_DATA_NOTE, r, Validations.text("Data note",
                "Anything about the data: provisional, estimated, a change of definition or source."));
    }

    /** Lines a wrapped text takes in a column {@code width} characters wide (word wrap, a little generous). */
    static int wrappedLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > width) {
                    lines++;
                    used = len;
                } else {
                    used += (used > 0 ? 1 : 0) + len;
                }
                while (used > width) {
                    lines++;
                    used -= width;
                }
            }
        }
        return Math.max(1, lines);
    }

    private static void input(Row row, int col, Role role, Styles st) {
        row.createCell(col).setCellStyle(role == Role.WANTED ? st.inputWanted : st.inputGreyed);
    }

    private static void printSetUp(XSSFSheet sheet, int lastRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setAutobreaks(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet),
                0, HEADINGS.size() - 1, 0, Math.max(lastRow, HEADER_ROW));
    }

    /** Protects without a password, as Excel does when the password box is left empty. */
    static void protect(XSSFSheet sheet) {
        sheet.protectSheet(SHEET_PASSWORD);
        // POI writes the legacy hash of "" (password="0000"); Excel writes no hash at all for an empty password.
        var p = sheet.getCTWorksheet().getSheetProtection();
        if (p.isSetPassword()) {
            p.unsetPassword();
        }
    }

    // ---------------------------------------------------------------- guidance

    private static void writeGuidance(XSSFWorkbook wb, Styles st, String service, Period period) {
        XSSFSheet g = wb.createSheet(TemplateLayout.GUIDANCE_SHEET);
        // Fits a portrait A4 page at full size.
        g.setColumnWidth(0, GUIDANCE_WIDTH * 256);
        List<String[]> lines = guidance(service, period);
        int r = 0;
        for (String[] line : lines) {
            Row row = g.createRow(r++);
            CellStyle style = switch (line[0]) {
                case "title" -> st.title;
                case "heading" -> st.label;
                default -> st.wrapped;
            };
            text(row, 0, line[1], style);
            if (line[0].equals("text")) {
                row.setHeightInPoints(wrappedLines(line[1], GUIDANCE_WIDTH) * LINE_POINTS);
            } else if (line[0].equals("heading")) {
                row.setHeightInPoints(LINE_POINTS + 6);
            } else if (line[0].equals("title")) {
                row.setHeightInPoints(22);
            }
        }
        g.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        g.setFitToPage(true);
        g.getPrintSetup().setFitWidth((short) 1);
        g.getPrintSetup().setFitHeight((short) 0);
        protect(g);
    }

    static List<String[]> guidance(String service, Period period) {
        String due = dueDate(period).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        List<String[]> l = new ArrayList<>();
        l.add(new String[] {"title", "How to fill in this return"});
        l.add(new String[] {"text", "This is the " + service + " performance return for " + period.label() + " ("
                + months(period) + "). Please fill it in and send it back by " + due + "."});
        l.add(new String[] {"text", ""});
        l.add(new String[] {"heading", "What to fill in"});
        l.add(new String[] {"text", "On the Return sheet, type your name and a phone number or email address next to "
                + "Contact. Then, on each indicator's row, fill in the yellow cells. Grey cells are not needed: "
                + "perfbook works those figures out, but you can still type in them if you have been given a figure."});
        l.add(new String[] {"text", "Only the cells you need to fill in can be changed; the rest of the sheet is "
                + "locked so that it cannot be changed by accident. You can still make columns wider and rows taller."});
        l.add(new String[] {"text", "Rows with a Breakdown (for example a district) ask for the same figures for "
                + "that area only. The row above them, with no breakdown, is for the whole county."});
        l.add(new String[] {"text", ""});
        l.add(new String[] {"heading", "Numerator and denominator"});
        l.add(new String[] {"text", "For a percentage, the numerator is the number that met the measure and the "
                + "denominator is the total it is out of. For example, if 40 of 43 emergency defects were repaired "
                + "within 4 hours: Numerator 40, Denominator 43; perfbook works out 93.0%. Please type the two "
                + "numbers rather than the percentage, so that the committee can see the actual numbers."});
        l.add(new String[] {"text", "For a rate per 10,000 people (or per 1,000 or per 100,000), type the count as the "
                + "numerator, for example the number of children. Where the Denominator cell is grey, perfbook takes "
                + "the population from the official estimates and works out the rate."});
        l.add(new String[] {"text", "For counts, averages, money and other figures, type the figure in the Value "
                + "column. Type numbers only: 1234 rather than \"1,234 approx\", and 300000 rather than \"£0.3m\"."});
        l.add(new String[] {"text", ""});
        l.add(new String[] {"heading", "When a figure is not available"});
        l.add(new String[] {"text", "Type n/a in the cell and explain in the Commentary why the figure is not "
                + "available and when it will be. If Excel asks whether to continue, click Yes. Do not type 0 "
                + "unless the figure really is zero."});
        l.add(new String[] {"text", "Use the Commentary for what the figure shows and why it has changed, and what "
                + "is being done if it is off target. Use the Data note for anything about the data itself, for "
                + "example that it is provisional or estimated."});
        l.add(new String[] {"text", ""});
        l.add(new String[] {"heading", "Please do not"});
        l.add(new String[] {"text", "Add, delete or move rows or columns; rename, add or delete sheets; or copy the "
                + "figures into a different file. perfbook reads this file by its layout and its hidden details, and "
                + "a changed layout may mean your figures cannot be read."});
        l.add(new String[] {"text", ""});
        l.add(new String[] {"heading", "Saving and sending it back"});
        l.add(new String[] {"text", "Save the file as an Excel Workbook (.xlsx), keeping its name. Do not add a "
                + "password. Send it to the Business Intelligence team at the address in the email that came with "
                + "this template."});
        l.add(new String[] {"text", "You can check the file before you send it: the BI team, or anyone with perfbook, "
                + "can run \"perfbook validate\" on it. It lists anything that needs another look, with the cell."});
        return l;
    }

    // ---------------------------------------------------------------- helpers

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && !value.isEmpty()) {
            // Always a string cell: an indicator name starting with "=" must stay text.
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    static void prompt(DataValidation v, String title, String text) {
        v.setShowPromptBox(true);
        v.createPromptBox(title, text);
    }

    static void error(DataValidation v, int style, String title, String text) {
        v.setShowErrorBox(true);
        v.setErrorStyle(style);
        v.createErrorBox(title, text);
    }

    /** One validation rule for an input cell; equal rules on one column are written as one range list. */
    record Rule(int type, int operator, String low, String high, int errorStyle, String promptTitle,
            String promptText, String errorTitle, String errorText) {
    }

    /** Collects the rows of each rule and column, so a long template gets a few validations, not hundreds. */
    static final class Validations {
        private final XSSFSheet sheet;
        private final Map<Integer, Map<Rule, List<Integer>>> byColumn = new LinkedHashMap<>();

        Validations(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        void add(int col, int row, Rule rule) {
            byColumn.computeIfAbsent(col, k -> new LinkedHashMap<>())
                    .computeIfAbsent(rule, k -> new ArrayList<>()).add(row);
        }

        void addAll() {
            DataValidationHelper h = sheet.getDataValidationHelper();
            byColumn.forEach((col, rules) -> rules.forEach((rule, rows) -> {
                CellRangeAddressList ranges = new CellRangeAddressList();
                int start = rows.get(0);
                int prev = start;
                for (int i = 1; i <= rows.size(); i++) {
                    if (i < rows.size() && rows.get(i) == prev + 1) {
                        prev = rows.get(i);
                        continue;
                    }
                    ranges.addCellRangeAddress(start, col, prev, col);
                    if (i < rows.size()) {
                        start = rows.get(i);
                        prev = start;
                    }
                }
                DataValidationConstraint c = switch (rule.type()) {
                    case DataValidationConstraint.ValidationType.INTEGER ->
                            h.createIntegerConstraint(rule.operator(), rule.low(), rule.high());
                    case DataValidationConstraint.ValidationType.TEXT_LENGTH ->
                            h.createTextLengthConstraint(rule.operator(), rule.low(), rule.high());
                    default -> h.createDecimalConstraint(rule.operator(), rule.low(), rule.high());
                };
                DataValidation v = h.createValidation(c, ranges);
                v.setEmptyCellAllowed(true);
                prompt(v, rule.promptTitle(), rule.promptText());
                error(v, rule.errorStyle(), rule.errorTitle(), rule.errorText());
                sheet.addValidationData(v);
            }));
        }

        private static boolean wholeNumbers(Indicator ind) {
            Measure m = ind.measure();
            return m == Measure.COUNT || m == Measure.PERCENTAGE || m == Measure.RATE;
        }

        /*
         * Number rules use the Warning style: a Stop would refuse the "n/a" the guidance asks for when a
         * figure is not available, and the reader reports anything odd anyway.
         */
        private static Rule number(boolean whole, String title, String prompt) {
            if (whole) {
                return new Rule(DataValidationConstraint.ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL,
                        "0", null, DataValidation.ErrorStyle.WARNING, title, prompt, "Not a whole number",
                        "Type a whole number of 0 or more, e.g. 1234." + NOT_AVAILABLE_HINT);
            }
            return new Rule(DataValidationConstraint.ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL,
                    "0", null, DataValidation.ErrorStyle.WARNING, title, prompt, "Not a number",
                    "Type a number of 0 or more, e.g. 12.5." + NOT_AVAILABLE_HINT);
        }

        static Rule numerator(Indicator ind) {
            String p = switch (numeratorRole(ind)) {
                case WANTED -> ind.measure() == Measure.PERCENTAGE
                        ? "The number that met the measure, e.g. 40 if 40 of 43 defects were repaired in time."
                        : ind.usesPopulation()
                                ? "The count for the period, e.g. the number of children. perfbook works out "
                                        + "the rate from the population estimates."
                                : "The count for the period. Type the total it is a rate of as the denominator.";
                default -> "Optional: the number behind the value, if it has one.";
            };
            return number(wholeNumbers(ind), "Numerator", p);
        }

        static Rule denominator(Indicator ind) {
            String p = switch (denominatorRole(ind)) {
                case WANTED -> "The total it is out of, e.g. 43 if 40 of 43 defects were repaired in time.";
                case FROM_POPULATION -> "Leave this blank: perfbook takes the denominator from the population "
                        + "estimates.";
                default -> "Optional: the total behind the value, if it has one.";
            };
            return number(wholeNumbers(ind), "Denominator", p);
        }

        static Rule value(Indicator ind) {
            if (valueRole(ind) == Role.COMPUTED) {
                // A percentage or rate has decimals even though its counts are whole.
                return number(false, "Value",
                        "Leave this blank: perfbook works the value out from the numerator and denominator. "
                                + "Type a value only if you were given it without them.");
            }
            if (ind.measure() == Measure.MONEY) {
                return new Rule(DataValidationConstraint.ValidationType.DECIMAL, OperatorType.BETWEEN,
                        "-1000000000000", "1000000000000", DataValidation.ErrorStyle.WARNING, "Value",
                        "The amount in pounds, e.g. 300000. A minus sign is fine for an underspend or a loss.",
                        "Not an amount", "Type an amount in pounds, e.g. 300000 or -2500." + NOT_AVAILABLE_HINT);
            }
            return new Rule(DataValidationConstraint.ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL,
                    "0", null, DataValidation.ErrorStyle.WARNING, "Value",
                    "The figure for the period, as described in the Measure column.", "Not a number",
                    "Type a number of 0 or more, e.g. 12.5." + NOT_AVAILABLE_HINT);
        }

        static Rule text(String title, String prompt) {
            return new Rule(DataValidationConstraint.ValidationType.TEXT_LENGTH, OperatorType.LESS_OR_EQUAL,
                    Integer.toString(MAX_COMMENTARY), null, DataValidation.ErrorStyle.STOP, title, prompt,
                    "Too long", "Keep this to " + String.format(Locale.UK, "%,d", MAX_COMMENTARY)
                            + " characters or fewer. Send anything longer to the BI team by email.");
        }
    }

    /** Every style once (pitfall W2). */
    static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle heading;
        final CellStyle date;
        final CellStyle inputWanted;
        final CellStyle inputGreyed;
        final CellStyle inputText;
        private final XSSFWorkbook wb;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);

            title = wb.createCellStyle();
            title.setFont(big);
            label = wb.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);

            heading = wb.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(heading);

            date = wb.createCellStyle();
            date.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            date.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy"));

            inputWanted = input(IndexedColors.LIGHT_YELLOW, false);
            inputGreyed = input(IndexedColors.GREY_25_PERCENT, false);
            inputText = input(IndexedColors.LIGHT_YELLOW, true);
        }

        private CellStyle input(IndexedColors fill, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setLocked(false);
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(s);
            return s;
        }

        private static void border(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            s.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            s.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            s.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }

        /** Locked number with the indicator's decimals, e.g. #,##0.0. */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle s = wb.createCellStyle();
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return s;
            });
        }
    }
}
