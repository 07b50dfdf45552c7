package org.perfbook.book;

import org.perfbook.calc.Assessment;
import org.perfbook.calc.Outturn;
import org.perfbook.model.Indicator;
import org.perfbook.model.Status;

/** The scorecard's wording of a row, for other writers that show the same indicators. */
public final class ScorecardText {

    private ScorecardText() {
    }

    /** "92.94% (year: 250 of 269)", "3 of 4 quarters", or nothing for a year with no figures. */
    public static String outturn(Indicator ind, Outturn o) {
        return ScorecardSheet.outturnText(ind, o);
    }

    /** The service's commentary, saying first where its figure had an error. */
    public static String commentary(Assessment a) {
        return ScorecardSheet.commentary(a);
    }

    /** The status in words, saying when it was rated against England for want of a target. */
    public static String status(Assessment a) {
        return ScorecardSheet.statusWords(a);
    }

    /** The target, with the pro-rata target and forecast while a cumulative year is under way. */
    public static String target(Assessment a) {
        return ScorecardSheet.targetText(a);
    }

    /** The book's fill and text colours of a status, as hex RGB: {fill, text}. */
    public static String[] colours(Status status) {
        return Styles.colours(status).clone();
    }
}
