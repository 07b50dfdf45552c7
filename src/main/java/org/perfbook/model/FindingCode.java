package org.perfbook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of problem perfbook reports, with the severity it usually has and a line for the README's
 * table (a test keeps the two in step). The code's text is what users filter on, so it never changes.
 */
public enum FindingCode {
    // opening a file
    LOCK_FILE(Finding.Severity.WARNING, "a lock file Excel leaves while a workbook is open: someone may have the return open; never read"),
    NOT_A_SPREADSHEET(Finding.Severity.WARNING, "a file in the returns folder that is not a spreadsheet: skipped"),
    UNREADABLE_FILE(Finding.Severity.ERROR, "the file could not be read: moved, deleted, or no permission to open it"),
    UNREADABLE(Finding.Severity.ERROR, "the catalogue or history workbook cannot be opened"),
    CORRUPT_FILE(Finding.Severity.ERROR, "the file is damaged or not a workbook Excel saves"),
    PASSWORD_PROTECTED(Finding.Severity.ERROR, "the workbook is encrypted with a password"),
    MISSING_SHEET(Finding.Severity.ERROR, "a sheet the workbook must have is not there"),
    MISSING_COLUMN(Finding.Severity.ERROR, "a heading the sheet must have is not there"),

    // what the return is
    NOT_A_RETURN(Finding.Severity.ERROR, "not a perfbook template (or its identity was lost by copying the sheet elsewhere)"),
    BAD_IDENTITY(Finding.Severity.ERROR, "the template's identity has been changed by hand"),
    UNKNOWN_FORMAT(Finding.Severity.ERROR, "a template format this version does not know"),
    WRONG_PERIOD(Finding.Severity.ERROR, "last quarter's template, or another period's"),
    UNKNOWN_SERVICE(Finding.Severity.ERROR, "a service not in the catalogue"),
    DUPLICATE_RETURN(Finding.Severity.WARNING, "two returns for one service and period: the later-saved one is used and the book says so"),

    // rows
    UNKNOWN_INDICATOR(Finding.Severity.ERROR, "a row for an indicator the catalogue does not have"),
    OTHER_SERVICE(Finding.Severity.ERROR, "a row for an indicator another service reports: never used"),
    MERGED_INPUT(Finding.Severity.ERROR, "figure cells merged together: nothing under the merge is read"),
    SKIPPED_LINK(Finding.Severity.WARNING, "a link in a returns folder that leads to no file (dangling, or to a folder): not read"),
    TOO_LARGE(Finding.Severity.ERROR, "a file far larger than any return: not read"),
    IGNORED_INPUT(Finding.Severity.WARNING, "a figure typed where the template wants none: not used"),
    WRONG_COLUMN(Finding.Severity.ERROR, "a figure typed in the Numerator or Denominator of a measure that takes a Value"),
    INTERNAL_ERROR(Finding.Severity.ERROR, "a fault in perfbook while checking a return: its figures are not used (please report it)"),
    UNACCOUNTED_INPUT(Finding.Severity.ERROR, "something typed in a return that reached neither the book nor another finding: a fault in perfbook, reported so that no figure is lost silently"),
    NOT_DUE(Finding.Severity.ERROR, "a figure for an indicator not due in this period's return: never used"),
    MISSING_ROW(Finding.Severity.ERROR, "a row of the template deleted"),
    MISSING_RETURN(Finding.Severity.ERROR, "a service with indicators due has sent no return for the period"),
    DUPLICATE_ROW(Finding.Severity.ERROR, "the same indicator and breakdown twice"),
    UNKNOWN_BREAKDOWN(Finding.Severity.ERROR, "a breakdown (district) the catalogue does not have"),
    MISSING_BREAKDOWN(Finding.Severity.WARNING, "no district figures for an indicator broken down by district"),
    UNKNOWN_MONTH(Finding.Severity.ERROR, "a monthly indicator's row whose Breakdown is not a month of the return's quarter"),
    HIDDEN_ROW(Finding.Severity.WARNING, "figures on a hidden row"),
    ROW_WITHOUT_ID(Finding.Severity.WARNING, "figures on a row with no indicator ID"),
    LONG_TEXT(Finding.Severity.WARNING, "a commentary or data note longer than the 32,767 characters a cell holds: the book shows its beginning, marked as cut"),
    TEXT_WITHOUT_ID(Finding.Severity.WARNING, "commentary on a row with no indicator ID"),

    // recovery actions
    BAD_ACTION(Finding.Severity.WARNING, "a row of a return's Actions sheet that cannot be used: no indicator ID, an ID that is not one of the return's indicators, or no action: not in the recovery plan"),
    INCOMPLETE_ACTION(Finding.Severity.WARNING, "an action with no lead or no completion date, or a completion date that is not a date: in the recovery plan with the gap shown as \"Not given\""),

    // figures
    MISSING_FIGURE(Finding.Severity.ERROR, "no figure for an indicator (a warning when n/a or a reason is given)"),
    TEXT_IN_NUMBER(Finding.Severity.ERROR, "text where a number belongs; 1,234, 93% and £300,000 are read as numbers"),
    GUESSED_NUMBER(Finding.Severity.WARNING, "a number read from text with extra characters, e.g. 43%* or 93.02% (40 out of 43)"),
    TWO_FIGURES_IN_ONE_CELL(Finding.Severity.ERROR, "two figures typed in one cell, such as 40 out of 43 or 40/43: they go in the Numerator and the Denominator"),
    PERCENT_IN_COUNT(Finding.Severity.ERROR, "a percentage typed in a Numerator or Denominator"),
    NEGATIVE_COUNT(Finding.Severity.ERROR, "a negative numerator, denominator or count"),
    ZERO_DENOMINATOR(Finding.Severity.ERROR, "a denominator of zero"),
    NUMERATOR_OVER_DENOMINATOR(Finding.Severity.ERROR, "a numerator larger than its denominator for a percentage"),
    VALUE_MISMATCH(Finding.Severity.ERROR, "a typed value that disagrees with its own numerator and denominator (beyond the indicator's decimals)"),
    YEAR_TO_DATE_TYPED(Finding.Severity.ERROR, "the year to date typed where a cumulative indicator wants the quarter only (it is the year so far plus a quarter, or far above its own districts): not used"),
    MISSING_POPULATION(Finding.Severity.ERROR, "a rate whose population estimate the catalogue lacks for the year"),
    FORMULA_ERROR(Finding.Severity.ERROR, "#DIV/0! and friends from a formula"),
    DECIMALS_IN_COUNT(Finding.Severity.WARNING, "a count of whole things (decimals 0 in the catalogue) typed with decimals"),
    NO_RESULT(Finding.Severity.ERROR, "a formula never calculated, so there is no figure to read"),
    BREAKDOWN_TOTAL(Finding.Severity.ERROR, "district figures (a count, or a percentage's or rate's numerators and denominators) that do not add up to the authority's"),
    UNUSUAL_CHANGE(Finding.Severity.WARNING, "a figure far from last period's (more than double or half, or 15 percentage points): please confirm"),
    NO_COMMENTARY(Finding.Severity.WARNING, "a red indicator with no commentary"),
    NO_RECOVERY_PLAN(Finding.Severity.WARNING, "a red indicator with no actions in its return's Actions sheet, so its recovery plan has none"),

    // the catalogue
    NO_INDICATORS(Finding.Severity.ERROR, "a catalogue with no indicators"),
    BLANK_ID(Finding.Severity.ERROR, "a catalogue row with no ID"),
    DUPLICATE_ID(Finding.Severity.ERROR, "the same ID twice in the catalogue"),
    BAD_VALUE(Finding.Severity.ERROR, "a catalogue cell whose value is not one of those allowed"),
    BAD_NUMBER(Finding.Severity.ERROR, "a catalogue cell that must hold a number"),
    BAD_PERIOD(Finding.Severity.ERROR, "a period perfbook cannot read, e.g. 2021/22 Q5"),
    BAD_TARGET(Finding.Severity.ERROR, "a target perfbook cannot read"),
    BAD_TOLERANCE(Finding.Severity.ERROR, "an amber band perfbook cannot read"),
    RATE_WITHOUT_PER(Finding.Severity.ERROR, "a rate with no Per (1,000, 10,000 or 100,000)"),
    UNKNOWN_POPULATION(Finding.Severity.ERROR, "a rate whose population is not on the Populations sheet"),

    // risk registers
    RISK_SCALE_WORD(Finding.Severity.ERROR, "a likelihood or impact not on the Key to Scores (Rare to Certain, Insignificant to Catastrophic or Outstanding, or 1 to 5)"),
    MISSING_SCORE(Finding.Severity.ERROR, "a register entry with no likelihood or impact"),
    RISK_SCORE_MISMATCH(Finding.Severity.ERROR, "a score typed that is not its own likelihood times impact: the register uses likelihood times impact"),
    TARGET_WORSE(Finding.Severity.WARNING, "a target score worse than the current one (higher for a risk, lower for an opportunity)"),
    TARGET_DATE_PASSED(Finding.Severity.WARNING, "an open entry whose target date has passed"),
    MISSING_OWNER(Finding.Severity.ERROR, "a register entry with no owner"),
    REGISTER_VALUE(Finding.Severity.ERROR, "a register cell (Kind, Status, Confidence) whose value is not one of those allowed"),
    DUPLICATE_RISK_ID(Finding.Severity.ERROR, "the same risk or opportunity ID twice, in one register or two: neither entry is used"),
    VANISHED_ENTRY(Finding.Severity.ERROR, "an entry on last quarter's register missing from this quarter's without being closed");

    private final Finding.Severity severity;
    private final String description;

    FindingCode(Finding.Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    /** The stable text, e.g. {@code text-in-number}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Finding.Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public static Optional<FindingCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code();
    }
}
