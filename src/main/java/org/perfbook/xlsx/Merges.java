package org.perfbook.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's merged regions, indexed by cell, so a value in a merged region is read from its top-left
 * cell without scanning every region for every cell.
 */
public final class Merges {

    /** One merged region, zero-based and inclusive. */
    public record Region(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    }

    private final Map<Long, Region> byCell = new HashMap<>();

    /** Indexes {@code regions} of a sheet whose last row is {@code lastRow}. */
    Merges(List<CellRangeAddress> regions, int lastRow) {
        for (CellRangeAddress m : regions) {
            Region region = new Region(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
            // Cap the area indexed: a merge over a whole column would otherwise cost a million entries.
            int to = Math.min(m.getLastRow(), lastRow);
            int right = Math.min(m.getLastColumn(), m.getFirstColumn() + 255);
            for (int r = m.getFirstRow(); r <= to; r++) {
                for (int c = m.getFirstColumn(); c <= right; c++) {
                    byCell.put(key(r, c), region);
                }
            }
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    public boolean isEmpty() {
        return byCell.isEmpty();
    }

    /** The region covering (r, c), or null. */
    public Region regionAt(int r, int c) {
        return byCell.get(key(r, c));
    }

    /** The row of the cell whose value shows at (r, c): the region's top-left, or r itself. */
    public int sourceRow(int r, int c) {
        Region m = regionAt(r, c);
        return m == null ? r : m.firstRow();
    }

    /** The column of the cell whose value shows at (r, c). */
    public int sourceColumn(int r, int c) {
        Region m = regionAt(r, c);
        return m == null ? c : m.firstColumn();
    }
}
