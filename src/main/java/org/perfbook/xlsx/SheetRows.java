package org.perfbook.xlsx;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.perfbook.model.Source;

/**
 * One sheet as the readers see it: its rows in order, each cell read as a {@link CellValue}, a
 * {@link CellReading} or the text it shows, and its merged regions. See {@link Workbooks} for why
 * the readers go through this rather than POI's {@code Sheet}.
 */
public final class SheetRows {

    private final Sheet sheet;
    private final boolean hidden;
    private Merges merges;

    SheetRows(Sheet sheet, boolean hidden) {
        this.sheet = sheet;
        this.hidden = hidden;
    }

    /** A sheet already open in POI, such as a template being filled in. */
    public static SheetRows of(Sheet sheet) {
        return new SheetRows(sheet, false);
    }

    public String name() {
        return sheet.getSheetName();
    }

    /** Hidden or very hidden in the workbook. */
    public boolean hidden() {
        return hidden;
    }

    /** The last row with anything in it, zero-based; -1 for an empty sheet. */
    public int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    /** The rows that exist, top to bottom, from {@code from} (zero-based). */
    public Iterable<SheetRow> rows(int from) {
        return () -> new Iterator<>() {
            private int next = Math.max(from, Math.max(0, sheet.getFirstRowNum()));
            private SheetRow ahead = advance();

            private SheetRow advance() {
                int last = lastRow();
                while (next <= last) {
                    Row r = sheet.getRow(next++);
                    if (r != null) {
                        return new SheetRow(r);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public SheetRow next() {
                if (ahead == null) {
                    throw new NoSuchElementException();
                }
                SheetRow r = ahead;
                ahead = advance();
                return r;
            }
        };
    }

    public Iterable<SheetRow> rows() {
        return rows(0);
    }

    /** The row at zero-based {@code index}, or null when it does not exist. */
    public SheetRow row(int index) {
        Row r = index < 0 ? null : sheet.getRow(index);
        return r == null ? null : new SheetRow(r);
    }

    /** Built on first use, once per sheet. */
    public Merges merges() {
        if (merges == null) {
            merges = new Merges(sheet.getMergedRegions(), sheet.getLastRowNum());
        }
        return merges;
    }

    /** The text shown at (r, c), looking through a merge to its top-left cell; "" for nothing. */
    public String shownText(int r, int c) {
        return CellValues.strip(CellValues.format(shownCell(r, c)));
    }

    /** Whether the cell shown at (r, c) holds a formula, which holds something even without a saved result. */
    public boolean shownFormula(int r, int c) {
        Cell cell = shownCell(r, c);
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** The figure shown at (r, c), sourced where it actually sits: a merge's top-left cell. */
    public CellReading shownReading(String file, int r, int c) {
        Merges m = merges();
        int row = m.sourceRow(r, c);
        int col = m.sourceColumn(r, c);
        return CellValues.read(cell(row, col), file, name(), row, col);
    }

    private Cell shownCell(int r, int c) {
        if (c < 0) {
            return null;
        }
        Merges m = merges();
        return cell(m.sourceRow(r, c), m.sourceColumn(r, c));
    }

    private Cell cell(int r, int c) {
        Row x = sheet.getRow(r);
        return x == null ? null : x.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
    }

    /** One row of the sheet. */
    public static final class SheetRow {
        private final Row row;

        SheetRow(Row row) {
            this.row = row;
        }

        /** Zero-based. */
        public int index() {
            return row.getRowNum();
        }

        /** Hidden by the user (zero height). */
        public boolean hidden() {
            return row.getZeroHeight();
        }

        /** One past the last column with a cell; 0 for none. */
        public int width() {
            return Math.max(0, row.getLastCellNum());
        }

        /** The columns that hold a cell, left to right. */
        public int[] columns() {
            int[] out = new int[row.getPhysicalNumberOfCells()];
            int i = 0;
            for (Cell c : row) {
                if (i < out.length) {
                    out[i++] = c.getColumnIndex();
                }
            }
            return i == out.length ? out : Arrays.copyOf(out, i);
        }

        /** The cell at zero-based {@code column} as shown, stripped; "" for none. */
        public String text(int column) {
            return CellValues.strip(CellValues.format(cell(column)));
        }

        public CellValue value(int column) {
            return CellValues.value(cell(column), index(), column);
        }

        public CellReading reading(int column, Source source) {
            return CellValues.read(cell(column), source);
        }

        /** Every cell is blank (errors are not blank). */
        public boolean isBlank() {
            for (int c : columns()) {
                CellValue v = value(c);
                if (!v.blank() || v.error() != null) {
                    return false;
                }
            }
            return true;
        }

        private Cell cell(int column) {
            return column < 0 ? null : row.getCell(column, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        }
    }
}
