package org.perfbook.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A plain rectangular table: a header row and data rows. A cell is a {@link String}, a
 * {@link Double} (numbers kept at full precision) or null for an empty cell.
 *
 * @param rowNumbers where each data row was in its file (the line of a CSV, the row of a sheet), so a
 *                   note can point the reader at it
 */
public record Table(List<String> header, List<List<Object>> rows, List<Integer> rowNumbers) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        rowNumbers = List.copyOf(rowNumbers);
        if (rowNumbers.size() != rows.size()) {
            throw new IllegalArgumentException("one row number per row");
        }
    }

    /** A table whose rows follow its header row straight on, from row 2. */
    public Table(List<String> header, List<List<Object>> rows) {
        this(header, rows, IntStream.range(0, rows.size()).mapToObj(i -> i + 2).toList());
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

    /** Those of {@code names} that no column of the header matches, in the order given. */
    public List<String> missing(String... names) {
        return java.util.Arrays.stream(names).filter(n -> column(n) < 0).toList();
    }

    /** The file's row number of data row {@code index}. */
    public int rowNumber(int index) {
        return rowNumbers.get(index);
    }

    /** The cell, or null past the end of a short row. */
    public static Object cell(List<Object> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : null;
    }
}
