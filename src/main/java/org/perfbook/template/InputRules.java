package org.perfbook.template;

import static org.perfbook.template.TemplateLayout.COL_COMMENTARY;
import static org.perfbook.template.TemplateLayout.COL_DATA_NOTE;
import static org.perfbook.template.TemplateLayout.COL_DENOMINATOR;
import static org.perfbook.template.TemplateLayout.COL_NUMERATOR;
import static org.perfbook.template.TemplateLayout.COL_VALUE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.template.TemplateLayout.Role;

/**
 * The data validation on a template's input cells: what each cell accepts, the prompt that says what
 * to type, and the error when something else is typed. Collects the rows of each rule and column, so a
 * long template gets a few validations, not hundreds.
 */
final class InputRules {

    static final int MAX_COMMENTARY = 2000;
    static final int MAX_CONTACT = 500;
    /** Excel reports a file with a longer prompt as damaged. */
    static final int MAX_PROMPT = 255;

    private static final String NOT_AVAILABLE_HINT =
            " If you do not have the figure, leave it blank or type n/a and say why in the commentary.";

    /** One validation rule for an input cell; equal rules on one column are written as one range list. */
    record Rule(int type, int operator, String low, String high, int errorStyle, String promptTitle,
            String promptText, String errorTitle, String errorText) {
    }

    private final XSSFSheet sheet;
    private final Map<Integer, Map<Rule, List<Integer>>> byColumn = new LinkedHashMap<>();

    InputRules(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    /** The contact cell beside the header block, validated at once: it is a single cell. */
    void contact(int row, int col) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidation v = h.createValidation(
                h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, Integer.toString(MAX_CONTACT), null),
                new CellRangeAddressList(row, row, col, col));
        prompt(v, "Contact", "Your name, and a phone number or email address, so the BI team can ask about the figures.");
        error(v, DataValidation.ErrorStyle.STOP, "Too long", "Keep the contact to " + MAX_CONTACT + " characters or fewer.");
        sheet.addValidationData(v);
    }

    /** The rules for the input cells of one indicator's row. */
    /**
     * @param period the period the row collects, so the prompt can say what span a figure covers
     * @param soFar  the year to date before {@code period} on the whole-authority row, else null
     */
    void indicatorRow(int row, Indicator ind, Period period, Double soFar) {
        String covered = spanPrompt(ind, period, soFar);
        Rule n = numerator(ind);
        Rule v = value(ind);
        // the span goes where the service types the figure: the count of a percentage or rate, else the value
        if (!covered.isEmpty() && TemplateLayout.numeratorRole(ind) == Role.WANTED) {
            n = withPrompt(n, covered);
        } else if (!covered.isEmpty()) {
            v = withPrompt(v, covered);
        }
        add(COL_NUMERATOR, row, n);
        add(COL_DENOMINATOR, row, denominator(ind));
        add(COL_VALUE, row, v);
        add(COL_COMMENTARY, row, text("Commentary",
                "What the figure shows and why it has changed; what is being done if it is off target."));
        add(COL_DATA_NOTE, row, text("Data note",
                "Anything about the data: provisional, estimated, a change of definition or source."));
    }

    /** "This quarter only (October to December 2021), not the year to date. The year so far ... is 658,279: leave it out." */
    static String spanPrompt(Indicator ind, Period period, Double soFar) {
        Period p = Catalogue.observationPeriod(ind, period);
        String covered = TemplateLayout.periodCovered(ind, p);
        if (covered.isEmpty()) {
            return "";
        }
        String so = TemplateLayout.yearSoFar(ind, p, soFar);
        return covered + "." + (so.isEmpty() ? "" : " " + so + "; do not add it in.");
    }

    /** The span said first; the rule's own prompt after it where both fit in Excel's 255 characters. */
    private static Rule withPrompt(Rule r, String covered) {
        String both = covered + " " + r.promptText();
        return new Rule(r.type(), r.operator(), r.low(), r.high(), r.errorStyle(), r.promptTitle(),
                both.length() <= MAX_PROMPT ? both : covered, r.errorTitle(), r.errorText());
    }

    void add(int col, int row, Rule rule) {
        byColumn.computeIfAbsent(col, k -> new LinkedHashMap<>())
                .computeIfAbsent(rule, k -> new ArrayList<>()).add(row);
    }

    /** Writes the collected rules to the sheet, each over runs of consecutive rows. */
    void addAll() {
        DataValidationHelper h = sheet.getDataValidationHelper();
        byColumn.forEach((col, rules) -> rules.forEach((rule, rows) -> {
            CellRangeAddressList ranges = new CellRangeAddressList();
            int start = rows.get(0);
            int prev = start;
            for (int i = 1; i <= rows.size(); i++) {
                if (i < rows.size() && rows.get(i) == prev + 1) {
                    prev = rows.get(i);
                    continue;
                }
                ranges.addCellRangeAddress(start, col, prev, col);
                if (i < rows.size()) {
                    start = rows.get(i);
                    prev = start;
                }
            }
            DataValidationConstraint c = switch (rule.type()) {
                case DataValidationConstraint.ValidationType.INTEGER ->
                        h.createIntegerConstraint(rule.operator(), rule.low(), rule.high());
                case DataValidationConstraint.ValidationType.TEXT_LENGTH ->
                        h.createTextLengthConstraint(rule.operator(), rule.low(), rule.high());
                default -> h.createDecimalConstraint(rule.operator(), rule.low(), rule.high());
            };
            DataValidation v = h.createValidation(c, ranges);
            v.setEmptyCellAllowed(true);
            prompt(v, rule.promptTitle(), rule.promptText());
            error(v, rule.errorStyle(), rule.errorTitle(), rule.errorText());
            sheet.addValidationData(v);
        }));
    }

    static void prompt(DataValidation v, String title, String text) {
        v.setShowPromptBox(true);
        v.createPromptBox(title, text);
    }

    static void error(DataValidation v, int style, String title, String text) {
        v.setShowErrorBox(true);
        v.setErrorStyle(style);
        v.createErrorBox(title, text);
    }

    private static boolean wholeNumbers(Indicator ind) {
        Measure m = ind.measure();
        return m == Measure.COUNT || m == Measure.PERCENTAGE || m == Measure.RATE;
    }

    /*
     * Number rules use the Warning style: a Stop would refuse the "n/a" the guidance asks for when a
     * figure is not available, and the reader reports anything odd anyway.
     */
    private static Rule number(boolean whole, String title, String prompt) {
        if (whole) {
            return new Rule(DataValidationConstraint.ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL,
                    "0", null, DataValidation.ErrorStyle.WARNING, title, prompt, "Not a whole number",
                    "Type a whole number of 0 or more, e.g. 1234." + NOT_AVAILABLE_HINT);
        }
        return new Rule(DataValidationConstraint.ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL,
                "0", null, DataValidation.ErrorStyle.WARNING, title, prompt, "Not a number",
                "Type a number of 0 or more, e.g. 12.5." + NOT_AVAILABLE_HINT);
    }

    static Rule numerator(Indicator ind) {
        String p = switch (TemplateLayout.numeratorRole(ind)) {
            case WANTED -> ind.measure() == Measure.PERCENTAGE
                    ? "How many met the measure: for 40 out of 43, type 40 here and 43 in the Denominator."
                    : ind.usesPopulation()
                            ? "The count for the period, e.g. the number of children. perfbook works out "
                                    + "the rate from the population estimates."
                            : "The count for the period. Type the total it is a rate of as the denominator.";
            default -> "Optional: the number behind the value, if it has one.";
        };
        return number(wholeNumbers(ind), "Numerator", p);
    }

    static Rule denominator(Indicator ind) {
        String p = switch (TemplateLayout.denominatorRole(ind)) {
            case WANTED -> "How many it is out of: for 40 out of 43, type 43 here and 40 in the Numerator.";
            case FROM_POPULATION -> "Leave this blank: perfbook takes the denominator from the population "
                    + "estimates.";
            default -> "Optional: the total behind the value, if it has one.";
        };
        return number(wholeNumbers(ind), "Denominator", p);
    }

    static Rule value(Indicator ind) {
        if (TemplateLayout.valueRole(ind) == Role.COMPUTED) {
            // A percentage or rate has decimals even though its counts are whole.
            return number(false, "Value",
                    "Leave this blank: perfbook works the value out from the numerator and denominator. "
                            + "Type a value only if you were given it without them.");
        }
        if (ind.measure() == Measure.MONEY) {
            return new Rule(DataValidationConstraint.ValidationType.DECIMAL, OperatorType.BETWEEN,
                    "-1000000000000", "1000000000000", DataValidation.ErrorStyle.WARNING, "Value",
                    "The amount in pounds, e.g. 300000. A minus sign is fine for an underspend or a loss.",
                    "Not an amount", "Type an amount in pounds, e.g. 300000 or -2500." + NOT_AVAILABLE_HINT);
        }
        return new Rule(DataValidationConstraint.ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL,
                "0", null, DataValidation.ErrorStyle.WARNING, "Value",
                "The figure for the period, as described in the Measure column.", "Not a number",
                "Type a number of 0 or more, e.g. 12.5." + NOT_AVAILABLE_HINT);
    }

    static Rule text(String title, String prompt) {
        return new Rule(DataValidationConstraint.ValidationType.TEXT_LENGTH, OperatorType.LESS_OR_EQUAL,
                Integer.toString(MAX_COMMENTARY), null, DataValidation.ErrorStyle.STOP, title, prompt,
                "Too long", "Keep this to " + String.format(Locale.UK, "%,d", MAX_COMMENTARY)
                        + " characters or fewer. Send anything longer to the BI team by email.");
    }
}
