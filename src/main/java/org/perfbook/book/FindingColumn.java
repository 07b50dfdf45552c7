package org.perfbook.book;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.perfbook.model.FindingContext;

/**
 * The Findings sheet's columns in order, each with its heading, width and value: first what a finding is
 * about, so a service can filter for its own, then what is wrong, then where to look.
 */
public enum FindingColumn {
    // widths (in characters) that print one A4 landscape page wide with 8 pt text; service, message and file wrap
    PERIOD("Period", 11, f -> f.period() == null ? "" : f.period().label()),
    SERVICE("Service", 20, FindingContext::service),
    INDICATOR("Indicator", 10, FindingContext::indicatorId),
    BREAKDOWN("Breakdown", 12, FindingContext::breakdown),
    SEVERITY("Severity", 9, f -> f.finding().severity().label()),
    CODE("Code", 22, f -> f.finding().code()),
    MESSAGE("Message", 52, f -> f.finding().message()),
    FILE("File", 33, f -> f.finding().source().file()),
    SHEET("Sheet", 8, f -> f.finding().source().sheet()),
    CELL("Cell", 7, f -> f.finding().source().cell());

    private final String heading;
    private final int width;
    private final Function<FindingContext, String> value;

    FindingColumn(String heading, int width, Function<FindingContext, String> value) {
        this.heading = heading;
        this.width = width;
        this.value = value;
    }

    /** The header cell's text, which is also the name of the table column. */
    public String heading() {
        return heading;
    }

    /** The column's index, from 0. */
    public int index() {
        return ordinal();
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    String value(FindingContext f) {
        return value.apply(f);
    }

    public static List<String> headings() {
        return Arrays.stream(values()).map(FindingColumn::heading).toList();
    }

    static int[] widths() {
        return Arrays.stream(values()).mapToInt(FindingColumn::width).toArray();
    }
}
