package org.perfbook.xlsx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.perfbook.xlsx.SheetRows.SheetRow;

/**
 * A table's heading row, found by its labels, and the column of each role it names. Every reader
 * compares labels the same way ({@link #normalise}), so "Value*", " value: " and "VALUE" name one column.
 *
 * @param <R> the roles the columns play, e.g. a reader's column enum, or the labels themselves
 */
public final class HeaderRow<R> {

    /** How far down a table's heading row may be. */
    public static final int SEARCH_DEPTH = 50;

    private final SheetRows sheet;
    private final int row;
    private final Map<R, Integer> columns;
    private final Map<String, Integer> byLabel;
    private final List<String> shown;
    private final int firstColumn;

    private HeaderRow(SheetRows sheet, int row, Map<R, Integer> columns, Map<String, Integer> byLabel,
            List<String> shown, int firstColumn) {
        this.sheet = sheet;
        this.row = row;
        this.columns = Collections.unmodifiableMap(columns);
        this.byLabel = Collections.unmodifiableMap(byLabel);
        this.shown = List.copyOf(shown);
        this.firstColumn = firstColumn;
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");

    /** Trimmed, inner white space (non-breaking too) collapsed, trailing "*" and ":" dropped, lower case. */
    public static String normalise(String label) {
        String t = SPACES.matcher(CellValues.strip(label)).replaceAll(" ");
        while (!t.isEmpty() && (t.endsWith("*") || t.endsWith(":"))) {
            t = CellValues.strip(t.substring(0, t.length() - 1));
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** Each label names the role of the same name. */
    public static Map<String, List<String>> labelled(Collection<String> labels) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        labels.forEach(l -> m.put(l, List.of(l)));
        return m;
    }

    /**
     * The first row within {@code depth} rows of the top that names every role in {@code anchors};
     * null when there is none. A role takes the leftmost column whose label is one of its own.
     */
    public static <R> HeaderRow<R> find(SheetRows sheet, Map<R, List<String>> labels, Collection<R> anchors,
            int depth) {
        Map<R, List<String>> normalised = normalised(labels);
        for (SheetRow r : sheet.rows()) {
            if (r.index() >= depth) {
                break;
            }
            HeaderRow<R> h = at(sheet, r, normalised);
            if (h.columns.keySet().containsAll(anchors)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The first row with anything in it, as a table's heading row (the catalogue's sheets, a statistics
     * table); null for an empty sheet. Roles not on that row are simply absent from {@link #columns()}.
     */
    public static <R> HeaderRow<R> first(SheetRows sheet, Map<R, List<String>> labels) {
        for (SheetRow r : sheet.rows()) {
            if (!r.isBlank()) {
                return at(sheet, r, normalised(labels));
            }
        }
        return null;
    }

    /** The labels as {@link #normalise} leaves them, worked out once for all the rows searched. */
    private static <R> Map<R, List<String>> normalised(Map<R, List<String>> labels) {
        Map<R, List<String>> out = new LinkedHashMap<>();
        labels.forEach((role, names) -> out.put(role, names.stream().map(HeaderRow::normalise).toList()));
        return out;
    }

    /** @param labels each role's labels, normalised */
    private static <R> HeaderRow<R> at(SheetRows sheet, SheetRow r, Map<R, List<String>> labels) {
        Map<String, Integer> byLabel = new HashMap<>();
        List<String> shown = new ArrayList<>();
        int firstColumn = -1;
        for (int c : r.columns()) {
            String text = r.text(c);
            if (!text.isEmpty()) {
                shown.add(text);
                byLabel.putIfAbsent(normalise(text), c);
                firstColumn = firstColumn < 0 ? c : firstColumn;
            }
        }
        Map<R, Integer> columns = new LinkedHashMap<>();
        for (Map.Entry<R, List<String>> role : labels.entrySet()) {
            role.getValue().stream().map(byLabel::get)
                    .filter(c -> c != null).min(Integer::compare)
                    .ifPresent(c -> columns.put(role.getKey(), c));
        }
        return new HeaderRow<>(sheet, r.index(), columns, byLabel, shown, firstColumn);
    }

    public SheetRows sheet() {
        return sheet;
    }

    /** Zero-based. */
    public int row() {
        return row;
    }

    /** The column of each role found, in the order the roles were given. */
    public Map<R, Integer> columns() {
        return columns;
    }

    /** The column of {@code role}, or null when the row does not name it. */
    public Integer column(R role) {
        return columns.get(role);
    }

    /** Every label on the row, normalised, to its leftmost column. */
    public Map<String, Integer> byLabel() {
        return byLabel;
    }

    /** The labels as shown, left to right: for messages that list what was found. */
    public List<String> shown() {
        return shown;
    }

    /** The leftmost column with a label; -1 when none. */
    public int firstColumn() {
        return firstColumn;
    }
}
