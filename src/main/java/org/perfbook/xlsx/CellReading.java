package org.perfbook.xlsx;

import org.perfbook.model.Source;

/**
 * What one input cell of a return held, before any rule about the indicator is applied.
 *
 * @param typed   the cell as the user sees it ("1,234", "43%*", "#DIV/0!"), empty for a blank cell
 * @param number  the number read, as displayed (a cell formatted 0.0% holding 0.93 reads as 93), or null
 * @param percent whether the cell showed a percent sign (by its format or typed)
 */
public record CellReading(Source source, Kind kind, String typed, Double number, boolean percent) {

    public enum Kind {
        /** Nothing in the cell. */
        BLANK,
        /** A number cell, or text that is a number written plainly ("1,234", "£300,000", "93%"). */
        NUMBER,
        /** A number read from text by dropping extra characters ("43%*", "93.02% (40 out of 43)"): a guess. */
        GUESSED,
        /** "n/a", "-", "not available": deliberately no figure. */
        NOT_AVAILABLE,
        /** Text that holds no number, a date or a TRUE/FALSE where a number belongs. */
        TEXT,
        /** An error value such as #DIV/0! or #REF!, typed or from a formula. */
        ERROR,
        /** A formula whose result was never saved (written by a tool that does not calculate). */
        NO_RESULT
    }

    public boolean hasNumber() {
        return number != null;
    }
}
