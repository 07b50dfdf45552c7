package org.perfbook.xlsx;

import java.time.LocalDateTime;
import java.util.Date;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * One cell read from a sheet's XML, answering the read-only half of POI's {@code Cell} exactly as
 * {@code XSSFCell} does for the same XML, so that {@link CellValues} and POI's {@code DataFormatter}
 * read it the same way whichever backend opened the workbook. Its style is POI's own
 * {@code XSSFCellStyle} from the workbook's styles table. Writing is not supported.
 */
final class StreamedCell implements Cell {

    /** The {@code t} attribute of a cell, as in the sheet XML. */
    enum Stored { NUMBER, SHARED_STRING, INLINE_STRING, FORMULA_STRING, BOOLEAN, ERROR, OTHER }

    private final int row;
    private final int column;
    private final Stored stored;
    private final String value;
    private final boolean formula;
    private final CellStyle style;
    private String text;
    private String shown;
    private final StreamedWorkbook.Strings strings;

    /**
     * @param value   the text of {@code <v>} (or of {@code <is>} for an inline string); null when the file saved none
     * @param formula whether the cell holds a formula (also inside an array formula's range)
     */
    StreamedCell(int row, int column, Stored stored, String value, boolean formula, CellStyle style,
            StreamedWorkbook.Strings strings) {
        this.row = row;
        this.column = column;
        this.stored = stored;
        this.value = value;
        this.formula = formula;
        this.style = style;
        this.strings = strings;
    }

    /** The cell as {@link CellValues#format} shows it, once it has; null before. */
    String shown() {
        return shown;
    }

    void shown(String formatted) {
        shown = formatted;
    }

    /** Whether the file saved a value (for a formula: its cached result). */
    boolean hasSavedValue() {
        return value != null;
    }

    /** The value as stored; null when none was saved. */
    String savedValue() {
        return value;
    }

    @Override
    public int getColumnIndex() {
        return column;
    }

    @Override
    public int getRowIndex() {
        return row;
    }

    /** A sheet that answers nothing: DataFormatter asks it only for the workbook's 1904 date system. */
    @Override
    public Sheet getSheet() {
        return StreamedWorkbook.NO_SHEET;
    }

    @Override
    public Row getRow() {
        throw readOnly();
    }

    @Override
    public CellType getCellType() {
        return formula ? CellType.FORMULA : baseType(true);
    }

    @Override
    public CellType getCachedFormulaResultType() {
        if (!formula) {
            throw new IllegalStateException("Only formula cells have cached results");
        }
        return baseType(false);
    }

    private CellType baseType(boolean blankCells) {
        return switch (stored) {
            case BOOLEAN -> CellType.BOOLEAN;
            case NUMBER -> value == null && blankCells ? CellType.BLANK : CellType.NUMERIC;
            case ERROR -> CellType.ERROR;
            case SHARED_STRING, INLINE_STRING, FORMULA_STRING -> CellType.STRING;
            case OTHER -> throw new IllegalStateException("Illegal cell type");
        };
    }

    @Override
    public String getCellFormula() {
        throw readOnly();
    }

    @Override
    public double getNumericCellValue() {
        CellType type = getCellType();
        if (type == CellType.BLANK) {
            return 0.0;
        }
        if (type != CellType.NUMERIC && !(type == CellType.FORMULA && baseType(false) == CellType.NUMERIC)) {
            throw new IllegalStateException("Cannot get a NUMERIC value from a " + type + " cell");
        }
        if (value == null || value.isEmpty()) {
            return 0.0;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Cannot get a NUMERIC value from a STRING cell", e);
        }
    }

    @Override
    public Date getDateCellValue() {
        return getCellType() == CellType.BLANK ? null : DateUtil.getJavaDate(getNumericCellValue(), false);
    }

    @Override
    public LocalDateTime getLocalDateTimeCellValue() {
        return getCellType() == CellType.BLANK ? null : DateUtil.getLocalDateTime(getNumericCellValue(), false);
    }

    @Override
    public RichTextString getRichStringCellValue() {
        CellType type = getCellType();
        CellType result = type == CellType.FORMULA ? baseType(false) : type;
        if (result == CellType.BLANK) {
            return new XSSFRichTextString("");
        }
        if (result != CellType.STRING) {
            throw new IllegalStateException("Cannot get a STRING value from a " + result + " cell");
        }
        if (stored == Stored.SHARED_STRING) {
            if (value == null) {
                return new XSSFRichTextString("");
            }
            return strings.at(Integer.parseInt(value));
        }
        return new XSSFRichTextString(value == null ? "" : value);
    }

    @Override
    public String getStringCellValue() {
        // read several times a cell (its text, its value, its shown form): worked out once, as POI would
        if (text == null) {
            CellType type = getCellType();
            CellType result = type == CellType.FORMULA ? baseType(false) : type;
            text = result == CellType.STRING && stored == Stored.SHARED_STRING && value != null
                    ? strings.text(Integer.parseInt(value)) : getRichStringCellValue().getString();
        }
        return text;
    }

    @Override
    public boolean getBooleanCellValue() {
        CellType type = getCellType();
        CellType result = type == CellType.FORMULA ? baseType(false) : type;
        if (result == CellType.BLANK) {
            return false;
        }
        if (result != CellType.BOOLEAN) {
            throw new IllegalStateException("Cannot get a BOOLEAN value from a " + result + " cell");
        }
        return "1".equals(value);
    }

    @Override
    public byte getErrorCellValue() {
        CellType type = getCellType();
        CellType result = type == CellType.FORMULA ? baseType(false) : type;
        if (result == CellType.BLANK) {
            return 0;
        }
        if (result != CellType.ERROR) {
            throw new IllegalStateException("Cannot get an ERROR value from a " + result + " cell");
        }
        if (value == null) {
            return 0;
        }
        try {
            return FormulaError.forString(value).getCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unexpected error code", e);
        }
    }

    @Override
    public CellStyle getCellStyle() {
        return style;
    }

    @Override
    public CellAddress getAddress() {
        return new CellAddress(row, column);
    }

    @Override
    public Comment getCellComment() {
        return null;
    }

    @Override
    public Hyperlink getHyperlink() {
        return null;
    }

    @Override
    public CellRangeAddress getArrayFormulaRange() {
        throw readOnly();
    }

    @Override
    public boolean isPartOfArrayFormulaGroup() {
        throw readOnly();
    }

    @Override
    public String toString() {
        return value == null ? "" : value;
    }

    // ------------------------------------------------------------ writing: not supported

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A streamed cell is read-only");
    }

    @Override
    public void setCellType(CellType cellType) {
        throw readOnly();
    }

    @Override
    public void setBlank() {
        throw readOnly();
    }

    @Override
    public void setCellValue(double value) {
        throw readOnly();
    }

    @Override
    public void setCellValue(Date value) {
        throw readOnly();
    }

    @Override
    public void setCellValue(LocalDateTime value) {
        throw readOnly();
    }

    @Override
    public void setCellValue(java.util.Calendar value) {
        throw readOnly();
    }

    @Override
    public void setCellValue(RichTextString value) {
        throw readOnly();
    }

    @Override
    public void setCellValue(String value) {
        throw readOnly();
    }

    @Override
    public void setCellFormula(String formula) throws FormulaParseException, IllegalStateException {
        throw readOnly();
    }

    @Override
    public void removeFormula() throws IllegalStateException {
        throw readOnly();
    }

    @Override
    public void setCellValue(boolean value) {
        throw readOnly();
    }

    @Override
    public void setCellErrorValue(byte value) {
        throw readOnly();
    }

    @Override
    public void setCellStyle(CellStyle style) {
        throw readOnly();
    }

    @Override
    public void setAsActiveCell() {
        throw readOnly();
    }

    @Override
    public void setCellComment(Comment comment) {
        throw readOnly();
    }

    @Override
    public void removeCellComment() {
        throw readOnly();
    }

    @Override
    public void setHyperlink(Hyperlink link) {
        throw readOnly();
    }

    @Override
    public void removeHyperlink() {
        throw readOnly();
    }
}
