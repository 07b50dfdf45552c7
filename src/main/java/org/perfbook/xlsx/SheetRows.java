package org.perfbook.xlsx;

import java.util.Arrays;
import java.util.List;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfbook.model.Source;

/**
 * One sheet as the readers see it: its rows in order, each cell read as a {@link CellValue}, a
 * {@link CellReading} or the text it shows, and its merged regions. See {@link Workbooks} for why
 * the readers go through this rather than POI's {@code Sheet}. Backed by POI's usermodel or by a
 * sheet read in one streaming pass ({@link StreamedSheet}); both hand out cells that
 * {@link CellValues} reads the same way.
 */
public final class SheetRows {

    /** What a sheet backend gives: rows that exist by index, and merged regions. */
    interface Backend {
        String name();

        int physicalRows();

        /** -1 when there are no rows. */
        int firstRow();

        int lastRow();

        /** Null when the row does not exist. */
        RowSource row(int index);

        List<CellRangeAddress> mergedRegions();
    }

    /** One row of a backend. */
    interface RowSource {
        int index();

        boolean hidden();

        /** One past the last column with a cell; -1 for none. */
        int lastCellNum();

        /** The columns that hold a cell (blank ones too), left to right. */
        int[] columns();

        /** The cell at {@code column}, null when it does not exist or is blank. */
        Cell cell(int column);
    }

    private final Backend sheet;
    private final boolean hidden;
    private Merges merges;

    SheetRows(Backend sheet, boolean hidden) {
        this.sheet = sheet;
        this.hidden = hidden;
    }

    SheetRows(Sheet sheet, boolean hidden) {
        this(new PoiSheet(sheet), hidden);
    }

    /** A sheet already open in POI, such as a template being filled in. */
    public static SheetRows of(Sheet sheet) {
        return new SheetRows(sheet, false);
    }

    public String name() {
        return sheet.name();
    }

    /** Hidden or very hidden in the workbook. */
    public boolean hidden() {
        return hidden;
    }

    /** The last row with anything in it, zero-based; -1 for an empty sheet. */
    public int lastRow() {
        return sheet.physicalRows() == 0 ? -1 : sheet.lastRow();
    }

    /** The rows that exist, top to bottom, from {@code from} (zero-based). */
    public Iterable<SheetRow> rows(int from) {
        return () -> new Iterator<>() {
            private int next = Math.max(from, Math.max(0, sheet.firstRow()));
            private SheetRow ahead = advance();

            private SheetRow advance() {
                int last = lastRow();
                while (next <= last) {
                    RowSource r = sheet.row(next++);
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
        RowSource r = index < 0 ? null : sheet.row(index);
        return r == null ? null : new SheetRow(r);
    }

    /** Built on first use, once per sheet. */
    public Merges merges() {
        if (merges == null) {
            merges = new Merges(sheet.mergedRegions(), sheet.lastRow());
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
        RowSource x = r < 0 ? null : sheet.row(r);
        return x == null || c < 0 ? null : x.cell(c);
    }

    /** One row of the sheet. */
    public static final class SheetRow {
        private final RowSource row;

        SheetRow(RowSource row) {
            this.row = row;
        }

        /** Zero-based. */
        public int index() {
            return row.index();
        }

        /** Hidden by the user (zero height). */
        public boolean hidden() {
            return row.hidden();
        }

        /** One past the last column with a cell; 0 for none. */
        public int width() {
            return Math.max(0, row.lastCellNum());
        }

        /** The columns that hold a cell, left to right. */
        public int[] columns() {
            return row.columns();
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
            return column < 0 ? null : row.cell(column);
        }
    }

    /** A sheet open in POI's usermodel. */
    private record PoiSheet(Sheet sheet) implements Backend {
        @Override
        public String name() {
            return sheet.getSheetName();
        }

        @Override
        public int physicalRows() {
            return sheet.getPhysicalNumberOfRows();
        }

        @Override
        public int firstRow() {
            return sheet.getFirstRowNum();
        }

        @Override
        public int lastRow() {
            return sheet.getLastRowNum();
        }

        @Override
        public RowSource row(int index) {
            Row r = sheet.getRow(index);
            return r == null ? null : new PoiRow(r);
        }

        @Override
        public List<CellRangeAddress> mergedRegions() {
            return sheet.getMergedRegions();
        }
    }

    private record PoiRow(Row row) implements RowSource {
        @Override
        public int index() {
            return row.getRowNum();
        }

        @Override
        public boolean hidden() {
            return row.getZeroHeight();
        }

        @Override
        public int lastCellNum() {
            return row.getLastCellNum();
        }

        @Override
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

        @Override
        public Cell cell(int column) {
            return row.getCell(column, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        }
    }
}
