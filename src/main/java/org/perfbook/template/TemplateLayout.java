package org.perfbook.template;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Target;
import org.perfbook.text.DisplayNumbers;

/**
 * Where things sit in a return template and what each input cell asks for: its sheets, and on the
 * {@code Return} sheet the header block, the headings, one row per indicator (and area), and the
 * column widths and row heights. The reader finds the table by its headings, so only the writer and
 * the sample filler rely on these positions.
 */
public final class TemplateLayout {

    /** The sheet the service fills in; the reader looks here first. */
    public static final String RETURN_SHEET = "Return";
    static final String GUIDANCE_SHEET = "Guidance";
    /** The optional sheet where a service lists its actions for indicators off track. */
    public static final String ACTIONS_SHEET = "Actions";
    /** The headings of the actions table, in column order (from column A). */
    public static final List<String> ACTION_HEADINGS = List.of("Indicator ID", "Action", "Lead", "Completion date");
    /** Zero-based row of the actions table's headings. */
    static final int ACTIONS_HEADER_ROW = 3;
    /** Empty action rows a template offers; a service with more can ask for the sheet to be unprotected. */
    static final int ACTION_ROWS = 30;

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
    /** The column the header block's values (and the contact input) sit in. */
    static final int COL_HEADER_VALUE = 1;
    /** Zero-based: a blank row separates the header block from the table. */
    static final int HEADER_ROW = 6;

    /** One line of 11-point Calibri. */
    static final float LINE_POINTS = 15f;

    static final int WORKING_DAYS_TO_RETURN = 15;

    private TemplateLayout() {
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

    /**
     * What span of time the figure covers, said plainly where it could be taken either way: "This quarter
     * only (October to December 2021), not the year to date" for a cumulative indicator, "The year to
     * date (April to December 2021), not this quarter alone" where each figure is the year so far; else empty.
     */
    static String periodCovered(Indicator ind, Period period) {
        if (period.kind() == Period.Kind.YEAR || ind.frequency() == Frequency.ANNUAL) {
            return "";
        }
        String unit = period.kind() == Period.Kind.MONTH ? "month" : "quarter";
        if (ind.cumulative()) {
            return "This " + unit + " only (" + months(period) + "), not the year to date";
        }
        if (ind.outturnRule() == OutturnRule.YEAR_TO_DATE) {
            return "The year to date (" + months(period.financialYear().start(), period.end()) + "), not this "
                    + unit + " alone";
        }
        return "";
    }

    /** "Year to date so far (April to September 2021): 658,279", or empty in the year's first period or without it. */
    static String yearSoFar(Indicator ind, Period period, Double soFar) {
        if (soFar == null || !ind.cumulative() || period.kind() == Period.Kind.YEAR
                || !period.previous().financialYear().equals(period.financialYear())) {
            return "";
        }
        return "Year to date so far (" + months(period.financialYear().start(), period.previous().end()) + "): "
                + DisplayNumbers.plain(soFar, ind.decimals());
    }

    /** The Measure cell: the measure, then what span the figure covers and the year so far, each on a line. */
    static String measureCell(Indicator ind, Period period, Double soFar) {
        StringBuilder s = new StringBuilder(measureText(ind));
        for (String line : List.of(periodCovered(ind, period), yearSoFar(ind, period, soFar))) {
            if (!line.isEmpty()) {
                s.append('\n').append(line);
            }
        }
        return s.toString();
    }

    /** "October to December 2021", "April 2021 to March 2022", "December 2021". */
    static String months(Period period) {
        return months(period.start(), period.end());
    }

    static String months(LocalDate start, LocalDate end) {
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

    /**
     * Fifteen working days (Monday to Friday; bank holidays are not known) after the period's end. Kept
     * with the template rather than on {@link Period}: only the template says when a return is due.
     */
    public static LocalDate dueDate(Period period) {
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

    /** Title, service, period, due date and the contact input above the table. */
    static void writeHeaderBlock(XSSFSheet sheet, TemplateStyles st, String service, Period period) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(22);
        text(title, 0, "Performance return", st.title);

        Row s = sheet.createRow(ROW_SERVICE);
        text(s, 0, "Service", st.label);
        text(s, COL_HEADER_VALUE, service, st.plain);

        Row p = sheet.createRow(ROW_PERIOD);
        text(p, 0, "Period", st.label);
        text(p, COL_HEADER_VALUE, period.label() + ", " + months(period), st.plain);

        Row d = sheet.createRow(ROW_DUE);
        text(d, 0, "Due by", st.label);
        Cell due = d.createCell(COL_HEADER_VALUE);
        due.setCellValue(dueDate(period));
        due.setCellStyle(st.date);

        Row c = sheet.createRow(ROW_CONTACT);
        text(c, 0, "Contact", st.label);
        Cell contact = c.createCell(COL_HEADER_VALUE);
        contact.setCellStyle(st.inputText);
    }

    static void writeHeadings(XSSFSheet sheet, TemplateStyles st) {
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int c = 0; c < HEADINGS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADINGS.get(c));
            cell.setCellStyle(st.heading);
        }
    }

    /**
     * One indicator's row: the whole authority's when {@code area} is empty (with its target and last
     * period's value), else one area's.
     */
    static void writeIndicatorRow(Row row, TemplateStyles st, Catalogue catalogue, Indicator ind, Period period,
            String area, Double lastValue) {
        writeIndicatorRow(row, st, catalogue, ind, period, area, lastValue, null);
    }

    /** @param soFar the year to date before this period (whole authority), or null when not known */
    static void writeIndicatorRow(Row row, TemplateStyles st, Catalogue catalogue, Indicator ind, Period period,
            String area, Double lastValue, Double soFar) {
        writeRow(row, st, catalogue, ind, Catalogue.observationPeriod(ind, period), area, area.isEmpty(), lastValue,
                soFar);
    }

    /**
     * One month's row of a monthly indicator in a quarter's return: the whole authority's, the month named in
     * the Breakdown column (the reader tells the rows apart by it).
     *
     * @param lastValue the month before's figure, or null
     */
    static void writeMonthRow(Row row, TemplateStyles st, Catalogue catalogue, Indicator ind, Period month,
            Double lastValue) {
        writeRow(row, st, catalogue, ind, month, month.label(), true, lastValue, null);
    }

    private static void writeRow(Row row, TemplateStyles st, Catalogue catalogue, Indicator ind, Period observed,
            String breakdown, boolean whole, Double lastValue, Double soFar) {
        text(row, COL_ID, ind.id(), st.plain);
        text(row, COL_NAME, ind.name(), st.wrapped);
        text(row, COL_BREAKDOWN, breakdown, st.plain);
        String measure = measureCell(ind, observed, whole ? soFar : null);
        text(row, COL_MEASURE, measure, st.wrapped);
        text(row, COL_GOOD_IS, ind.polarity().label(), st.plain);
        Target t = whole ? catalogue.targetFor(ind, observed) : null;
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
                wrappedLines(measure, WIDTHS[COL_MEASURE]));
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS);
        }
    }

    private static void input(Row row, int col, Role role, TemplateStyles st) {
        row.createCell(col).setCellStyle(role == Role.WANTED ? st.inputWanted : st.inputGreyed);
    }

    static void setWidths(XSSFSheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
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

    static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && !value.isEmpty()) {
            // Always a string cell: an indicator name starting with "=" must stay text.
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }
}
