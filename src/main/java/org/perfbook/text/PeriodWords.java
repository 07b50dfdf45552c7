package org.perfbook.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.perfbook.model.Period;

/**
 * How periods are worded in the book and in the charts. The two abbreviate months differently
 * ("Jul–Sept" in the book, "Jul–Sep" in the charts); both are kept as members know them.
 */
public final class PeriodWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    /** Three letters each, where the JDK's UK locale writes "Sept". */
    private static final String[] CHART_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private PeriodWords() {
    }

    /** "October 2021 to December 2021": the book's title lines. */
    /** "14 January 2022": a due date or a day something was saved, as the papers write dates. */
    public static String day(LocalDate d) {
        return d.format(DAY);
    }

    public static String months(Period p) {
        return p.start().format(MONTH_YEAR) + " to " + p.end().format(MONTH_YEAR);
    }

    /** "Jul–Sept", "Oct–Dec": the scorecard's quarter headings, in the UK locale's abbreviations. */
    public static String bookQuarterMonths(Period q) {
        return q.start().format(SHORT_MONTH) + "–" + q.end().format(SHORT_MONTH);
    }

    /** "Jul–Sep", "Apr–Jun": the charts' quarter labels, three letters a month. */
    public static String chartQuarterMonths(Period q) {
        return CHART_MONTHS[q.start().getMonthValue() - 1] + "–" + CHART_MONTHS[q.end().getMonthValue() - 1];
    }

    /** "Q3 21/22" for a quarter, short enough for a chart's axis; other periods by their label. */
    public static String chartLabel(Period p) {
        return switch (p.kind()) {
            case QUARTER -> "Q" + p.number() + " " + String.format(Locale.ROOT, "%02d/%02d", p.year() % 100, (p.year() + 1) % 100);
            default -> p.label();
        };
    }
}
