package org.perfbook.stats;

import java.util.List;

/**
 * A plain rectangular table: a header row and data rows. A cell is a {@link String}, a
 * {@link Double} (numbers kept at full precision) or null for an empty cell.
 */
public record Table(List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    /** Index of the column whose header matches {@code name} ignoring case and surrounding spaces, or -1. */
    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The cell, or null past the end of a short row. */
    public static Object cell(List<Object> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : null;
    }
}
