package org.perfbook.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet read in a single StAX pass over its XML: the rows and cells that exist (blank ones
 * too, as POI keeps them), which rows are hidden, and the merged regions. A return's sheet is small
 * (the readers stop 5,000 rows under the headings and a sheet over 32 MB is refused before it is
 * opened), so the rows are kept; what is dropped is POI's object for every XML element.
 */
final class StreamedSheet implements SheetRows.Backend {

    /** One row: its cells by column. */
    static final class StreamedRow implements SheetRows.RowSource {
        private final int index;
        private final boolean hidden;
        private final NavigableMap<Integer, StreamedCell> cells = new TreeMap<>();

        StreamedRow(int index, boolean hidden) {
            this.index = index;
            this.hidden = hidden;
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public boolean hidden() {
            return hidden;
        }

        @Override
        public int lastCellNum() {
            return cells.isEmpty() ? -1 : cells.lastKey() + 1;
        }

        @Override
        public int[] columns() {
            return cells.keySet().stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public Cell cell(int column) {
            StreamedCell c = cells.get(column);
            return c == null || c.getCellType() == CellType.BLANK ? null : c;
        }
    }

    private final String name;
    private final NavigableMap<Integer, StreamedRow> rows = new TreeMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();

    private StreamedSheet(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int physicalRows() {
        return rows.size();
    }

    @Override
    public int firstRow() {
        return rows.isEmpty() ? -1 : rows.firstKey();
    }

    @Override
    public int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    @Override
    public SheetRows.RowSource row(int index) {
        return rows.get(index);
    }

    @Override
    public List<CellRangeAddress> mergedRegions() {
        return merged;
    }

    /** A cell's parts as the XML gives them, before the array formulas of the sheet are known. */
    private record Parsed(StreamedRow owner, int row, int column, StreamedCell.Stored stored, String value, boolean formula, int style) {
    }

    /**
     * The column of a cell reference such as {@code AB12}, read in one pass: POI's CellReference (regular
     * expressions for every cell) was a fifth of reading a sheet. Anything but letters then digits is
     * left to CellReference, which knows every form.
     */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length() && i < 4; i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else {
                break;
            }
        }
        if (i == 0 || i == ref.length()) {
            return new CellReference(ref).getCol();
        }
        for (int j = i; j < ref.length(); j++) {
            char ch = ref.charAt(j);
            if (ch < '0' || ch > '9') {
                return new CellReference(ref).getCol();
            }
        }
        return col - 1;
    }

    /** Reads the sheet XML in {@code in}; XML errors and malformed references throw. */
    static StreamedSheet read(String name, InputStream in, NumberFormats styles, StreamedWorkbook.Strings strings)
            throws XMLStreamException {
        StreamedSheet sheet = new StreamedSheet(name);
        List<Parsed> cells = new ArrayList<>();
        List<CellRangeAddress> arrays = new ArrayList<>();
        XMLStreamReader x = PackageZip.xml(in);
        try {
            int rowIndex = -1;
            int column = -1;
            StreamedRow row = null;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                        row = new StreamedRow(rowIndex, isTrue(x.getAttributeValue(null, "hidden")));
                        sheet.rows.put(rowIndex, row);
                        column = -1;
                    }
                    case "c" -> {
                        if (row == null) {
                            throw new XMLStreamException("A cell outside a row");
                        }
                        String ref = x.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : column(ref);
                        String s = x.getAttributeValue(null, "s");
                        Parsed p = cell(x, row, column, x.getAttributeValue(null, "t"),
                                s == null ? 0 : Integer.parseInt(s), arrays);
                        cells.add(p);
                    }
                    case "mergeCell" -> {
                        String ref = x.getAttributeValue(null, "ref");
                        if (ref != null) {
                            sheet.merged.add(CellRangeAddress.valueOf(ref));
                        }
                    }
                    default -> {
                        // other parts of the sheet (columns, views, print set-up) are not read
                    }
                }
            }
        } finally {
            x.close();
        }
        boolean anyStyles = styles != null && !styles.isEmpty();
        for (Parsed p : cells) {
            // As XSSF does: a cell inside an array formula's range is a formula cell.
            boolean formula = p.formula() || inAny(arrays, p.row(), p.column());
            CellStyle style = anyStyles ? styles.at(p.style()) : null;
            p.owner().cells.put(p.column(),
                    new StreamedCell(p.row(), p.column(), p.stored(), p.value(), formula, style, strings));
        }
        return sheet;
    }

    /** Reads one {@code <c>} element to its end. */
    private static Parsed cell(XMLStreamReader x, StreamedRow row, int column, String t, int style, List<CellRangeAddress> arrays)
            throws XMLStreamException {
        StreamedCell.Stored stored = stored(t);
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (x.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
                continue;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "v" -> value = x.getElementText();
                case "f" -> {
                    String ft = x.getAttributeValue(null, "t");
                    String ref = x.getAttributeValue(null, "ref");
                    formula = formula || !"dataTable".equals(ft);
                    if ("array".equals(ft) && ref != null) {
                        arrays.add(CellRangeAddress.valueOf(ref));
                    }
                    x.getElementText();
                }
                case "is" -> {
                    inline = new StringBuilder();
                    depth++;
                }
                case "rPh" -> {
                    phonetic = true;
                    depth++;
                }
                case "t" -> {
                    String text = x.getElementText();
                    if (inline != null && !phonetic) {
                        inline.append(text);
                    }
                }
                default -> depth++;
            }
        }
        if (stored == StreamedCell.Stored.INLINE_STRING && inline != null) {
            value = inline.toString();
        }
        return new Parsed(row, row.index, column, stored, value, formula, style);
    }

    private static StreamedCell.Stored stored(String t) {
        if (t == null) {
            return StreamedCell.Stored.NUMBER;
        }
        return switch (t) {
            case "n" -> StreamedCell.Stored.NUMBER;
            case "s" -> StreamedCell.Stored.SHARED_STRING;
            case "inlineStr" -> StreamedCell.Stored.INLINE_STRING;
            case "str" -> StreamedCell.Stored.FORMULA_STRING;
            case "b" -> StreamedCell.Stored.BOOLEAN;
            case "e" -> StreamedCell.Stored.ERROR;
            default -> StreamedCell.Stored.OTHER;
        };
    }

    private static boolean inAny(List<CellRangeAddress> ranges, int row, int column) {
        for (CellRangeAddress r : ranges) {
            if (r.isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrue(String xsdBoolean) {
        return "1".equals(xsdBoolean) || "true".equals(xsdBoolean);
    }

}
