package org.perfbook.book;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.perfbook.model.Finding;

/** The Findings sheet's columns in order, each with its heading, width and value. */
public enum FindingColumn {
    FILE("File", 44, f -> f.source().file()),
    SHEET("Sheet", 10, f -> f.source().sheet()),
    CELL("Cell", 8, f -> f.source().cell()),
    SEVERITY("Severity", 9, f -> f.severity().label()),
    CODE("Code", 24, Finding::code),
    MESSAGE("Message", 100, Finding::message);

    private final String heading;
    private final int width;
    private final Function<Finding, String> value;

    FindingColumn(String heading, int width, Function<Finding, String> value) {
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

    String value(Finding f) {
        return value.apply(f);
    }

    public static List<String> headings() {
        return Arrays.stream(values()).map(FindingColumn::heading).toList();
    }

    static int[] widths() {
        return Arrays.stream(values()).mapToInt(FindingColumn::width).toArray();
    }
}
