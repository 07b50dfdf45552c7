package org.perfbook.book;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Rank;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Target;

/**
 * The Data sheet's columns in order, each with its heading, width and value: the one definition the
 * sheet is written from and that anyone reading it back should use.
 */
public enum DataColumn {
    ID("ID", 9, r -> r.observation().indicatorId()),
    INDICATOR("Indicator", 40, r -> r.indicator() == null ? "" : r.indicator().name()),
    PRIORITY("Priority", 21, r -> r.indicator() == null ? "" : r.indicator().priority()),
    PERIOD("Period", 12, r -> r.observation().period().label()),
    BREAKDOWN("Breakdown", 16, r -> r.observation().breakdown()),
    VALUE("Value", 14, r -> r.observation().value()),
    NUMERATOR("Numerator", 12, r -> r.observation().numerator()),
    DENOMINATOR("Denominator", 12, r -> r.observation().denominator()),
    LOWER_95("Lower 95% CI", 13, r -> r.evaluation().interval95() == null ? null : r.evaluation().interval95().lower()),
    UPPER_95("Upper 95% CI", 13, r -> r.evaluation().interval95() == null ? null : r.evaluation().interval95().upper()),
    TARGET("Target", 12, DataColumn::target),
    STATUS("Status", 10, r -> r.withheld() ? "Not used" : r.evaluation().status().label()),
    DIRECTION("Direction", 12, r -> r.evaluation().direction().label()),
    /**
     * On a district's row of the period reported, where the districts' denominators differ: where its
     * funnel plot puts it, "High (0.025)" to "Low (0.001)" or "Not significant".
     */
    FUNNEL("Compared with the average (funnel)", 20, r -> r.funnel().isEmpty() ? null : r.funnel()),
    /** On the row of the period each indicator is reported for: its recent trend, or why there is none. */
    TREND("Trend", 30, r -> r.trend().isEmpty() ? null : r.trend()),
    /** On the same row as the trend: the figures in a plain-English sentence. */
    SENTENCE("In words", 60, r -> r.sentence().isEmpty() ? null : r.sentence()),
    /**
     * On each whole-authority row of an XmR chart (15 or more figures of the reported kind): the point's
     * variation and its special cause; on the row of the period reported, the assurance against the target too.
     */
    SPC("Variation (SPC)", 34, r -> r.spc().isEmpty() ? null : r.spc()),
    /** Among every authority, for the periods the catalogue gives them all (1 = best). */
    RANK("Rank among authorities", 14, r -> r.rank() == null ? null : r.rank().position()),
    QUARTILE("Quartile", 16, r -> r.rank() == null ? null : r.rank().quartileWords()),
    SOURCE("Source", 50, r -> r.observation().source().toString()),
    DATA_NOTE("Data note", 50, DataColumn::note);

    /**
     * What one row of the sheet is written from.
     *
     * @param indicator null when the catalogue no longer has it
     * @param dataNote  what the return said about the figure's data, or empty
     * @param withheld  whether the return's figure had an error and is not used: the row has no figure,
     *                  only the service's commentary
     * @param trend     the indicator's recent trend where this is the row of the period it is reported
     *                  for, else empty
     * @param funnel    the district's place on its funnel plot, or empty
     * @param sentence  the indicator's sentence from its figures, on the row its trend is on, else empty
     * @param spc       the point's variation on its XmR chart, or empty
     * @param rank      the whole-authority figure's rank among every authority, or null
     */
    record DataRow(Evaluation evaluation, Indicator indicator, String dataNote, boolean withheld, String trend,
            String funnel, String sentence, String spc, Rank rank) {

        DataRow(Evaluation evaluation, Indicator indicator, String dataNote, boolean withheld, String trend,
                String funnel) {
            this(evaluation, indicator, dataNote, withheld, trend, funnel, "", "", null);
        }

        DataRow(Evaluation evaluation, Indicator indicator, String dataNote, boolean withheld, String trend) {
            this(evaluation, indicator, dataNote, withheld, trend, "");
        }

        DataRow(Evaluation evaluation, Indicator indicator, String dataNote) {
            this(evaluation, indicator, dataNote, false, "");
        }

        DataRow(Evaluation evaluation, Indicator indicator, String dataNote, boolean withheld) {
            this(evaluation, indicator, dataNote, withheld, "");
        }

        Observation observation() {
            return evaluation.observation();
        }
    }

    private final String heading;
    private final int width;
    private final Function<DataRow, Object> value;

    DataColumn(String heading, int width, Function<DataRow, Object> value) {
        this.heading = heading;
        this.width = width;
        this.value = value;
    }

    /** The header cell's text, which is also the name of the table column. */
    public String heading() {
        return heading;
    }

    /** The column's index, from 0. */
    public int index() {
        return ordinal();
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    /** Text, a number, or null for a blank cell. */
    Object value(DataRow row) {
        return value.apply(row);
    }

    public static List<String> headings() {
        return Arrays.stream(values()).map(DataColumn::heading).toList();
    }

    /** The data note; for a figure not used, why, and the service's commentary, which has no column of its own. */
    private static String note(DataRow r) {
        if (!r.withheld()) {
            return r.dataNote();
        }
        String commentary = r.observation().commentary();
        return "Figure not used: see the Findings sheet." + (commentary.isBlank() ? "" : " Commentary: " + commentary)
                + (r.dataNote().isBlank() ? "" : " Data note: " + r.dataNote());
    }

    /** A plain target as a number to compute with; a range or a target with a caveat as its words. */
    private static Object target(DataRow r) {
        Target t = r.evaluation().target();
        if (t != null && !t.isRange() && t.caveat().isEmpty()) {
            return t.low();
        }
        return t == null ? "" : t.toString();
    }
}
