package org.perfbook.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import org.perfbook.model.Numbers;

/**
 * What one cell of a table (the catalogue, a history or statistics table) holds, read once and
 * taken at face value; {@link CellReading} is the reading of a figure typed into a return.
 *
 * @param text    as displayed, stripped; empty for a blank cell or an error
 * @param number  a numeric cell's value at full precision, else null (text is parsed separately)
 * @param percent whether a numeric cell is formatted as a percentage (so 0.95 shows as 95%)
 * @param date    set for a numeric cell with a date format
 * @param error   what a cell shows instead of a value (#REF!, or "a formula with no saved result"), else null
 * @param a1      where the cell is, such as B7
 */
public record CellValue(String text, Double number, boolean percent, LocalDateTime date, String error, String a1) {

    /** What a formula that was never calculated shows instead of a value. */
    public static final String NO_RESULT = "a formula with no saved result";

    public static CellValue blank(String a1) {
        return new CellValue("", null, false, null, null, a1);
    }

    public boolean blank() {
        return text.isEmpty() && number == null;
    }

    /** The number as the user sees it: typed text is parsed, a 95% cell reads as 95. */
    public OptionalDouble asNumber() {
        if (number != null) {
            return OptionalDouble.of(percent ? BigDecimal.valueOf(number).movePointRight(2).doubleValue() : number);
        }
        return Numbers.parsePlain(text);
    }
}
