package org.perfbook.returns;

import org.perfbook.model.FindingCode;
import org.perfbook.text.DisplayNumbers;
import org.perfbook.xlsx.CellReading;
import org.perfbook.xlsx.CellValues;

import java.util.List;
import java.util.Locale;
import org.perfbook.calc.Estimate;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Source;

/** The checks on one indicator row: each input cell, then the figures against each other. */
final class RowCheck {

    private final Catalogue catalogue;
    /** False when the catalogue has no population estimates to work a population-based rate out over. */
    private final boolean populations;
    private final Indicator ind;
    private final Period period;
    private final ReturnRow row;
    private final String file;
    private final List<Finding> findings;
    private final Double last;
    private boolean failed;
    private boolean notAvailable;

    /** @param last last period's figure for the row's indicator and breakdown, or null: for examples in messages */
    RowCheck(Catalogue catalogue, boolean populations, Indicator ind, Period period, ReturnRow row, String file,
            List<Finding> findings, Double last) {
        this.last = last;
        this.catalogue = catalogue;
        this.populations = populations;
        this.ind = ind;
        this.period = period;
        this.row = row;
        this.file = file;
        this.findings = findings;
    }

    /** The observation, or null when the row has an error or no figure at all. */
    Observation observation() {
        boolean counts = ind.measure() == Measure.PERCENTAGE || ind.measure() == Measure.RATE
                || ind.measure() == Measure.COUNT;
        Double n = number(row.numerator(), "Numerator", true);
        Double d = number(row.denominator(), "Denominator", true);
        Double typed = number(row.value(), "Value", false);
        if (typed != null && typed < 0 && ind.measure() == Measure.COUNT) {
            error(row.value(), FindingCode.NEGATIVE_COUNT, "The Value " + DisplayNumbers.exact(typed)
                    + " is below zero, but a count cannot be negative.");
            typed = null;
        }
        if (typed != null && ind.measure() == Measure.COUNT && ind.decimals() == 0 && typed != Math.rint(typed)) {
            findings.add(Finding.warning(row.value().source(), FindingCode.DECIMALS_IN_COUNT, "The Value "
                    + DisplayNumbers.exact(typed) + " has decimals, but " + ReturnValidator.named(ind)
                    + " counts whole numbers. Check the figure and type it whole ("
                    + DisplayNumbers.plain(Math.floor(typed), 0) + " or " + DisplayNumbers.plain(Math.ceil(typed), 0)
                    + "); until then " + DisplayNumbers.exact(typed) + " is used as typed."));
        }
        if (counts && n != null && n < 0) {
            error(row.numerator(), FindingCode.NEGATIVE_COUNT, "The Numerator " + DisplayNumbers.exact(n)
                    + " is below zero, but it counts people or cases and cannot be negative.");
        }
        // a ratio's value is worked out only over a denominator above zero, so a negative one is an error too
        if ((counts || ind.measure() == Measure.RATIO) && d != null && d < 0) {
            error(row.denominator(), FindingCode.NEGATIVE_COUNT, "The Denominator " + DisplayNumbers.exact(d)
                    + " is below zero, but it counts people or cases and cannot be negative.");
        }
        if (failed) {
            return null;
        }
        Double denominator = d;
        if (ind.measure() == Measure.RATE && ind.usesPopulation() && !populations) {
            // the count has been checked; the rate needs the BI team's population estimates
            if (n == null && typed == null) {
                missing();
            }
            return null;
        }
        if (ind.measure() == Measure.RATE && ind.usesPopulation()) {
            if (d != null) {
                // said at the cell, so the service knows its figure did not count
                findings.add(Finding.warning(row.denominator().source(), FindingCode.IGNORED_INPUT, "The Denominator "
                        + DisplayNumbers.exact(d) + " is not used: " + ReturnValidator.named(ind) + " is a rate per "
                        + "population, and perfbook takes the '" + ind.population() + "' estimate from the "
                        + "catalogue. Leave the Denominator blank."));
            }
            var pop = catalogue.population(ind.population(), period, row.breakdown());
            if (pop.isEmpty()) {
                if (n != null) {
                    error(row.numerator(), FindingCode.MISSING_POPULATION, "There is no '" + ind.population()
                            + "' population estimate" + (row.breakdown().isEmpty() ? "" : " for " + row.breakdown())
                            + " for " + period.financialYear().label() + " in the catalogue, so the rate cannot be "
                            + "worked out. The BI team needs to add it.");
                }
                denominator = null;
            } else {
                denominator = pop.get().value();
            }
        }
        Double computed = null;
        Source from = row.value().source();
        boolean quotient = Estimate.fromCounts(ind.measure());
        if (quotient && n != null && denominator != null) {
            if (denominator == 0) {
                error(row.denominator(), FindingCode.ZERO_DENOMINATOR, "The Denominator is 0, so "
                        + ind.measure().label().toLowerCase(Locale.ROOT) + " cannot be worked out. "
                        + "Check the figure; if there were genuinely no cases, type n/a in both and say so in "
                        + "the commentary.");
                return null;
            }
            if (ind.measure() == Measure.PERCENTAGE && n > denominator) {
                error(row.numerator(), FindingCode.NUMERATOR_OVER_DENOMINATOR, "The Numerator (" + DisplayNumbers.exact(n)
                        + ") is more than the Denominator (" + DisplayNumbers.exact(denominator)
                        + "), which would make more than 100%. The Numerator should count the cases that met "
                        + "the standard out of the Denominator's total.");
                return null;
            }
            computed = Estimate.of(ind, n, denominator).map(Estimate::value).orElse(null);
            from = row.numerator().source();
        }
        if (computed != null && typed != null) {
            double allowed = Math.max(Math.pow(10, -ind.decimals()), 1e-9 * Math.abs(computed));
            if (Math.abs(typed - computed) > allowed) {
                String hint = ind.measure() == Measure.PERCENTAGE && Math.abs(typed * 100 - computed) <= allowed
                        ? " It looks like a fraction: type it as a percentage (" + DisplayNumbers.plain(computed,
                                ind.decimals()) + "), or leave the Value blank."
                        : " Correct the Value or the figures it comes from, or leave the Value blank and perfbook "
                                + "will work it out.";
                error(row.value(), FindingCode.VALUE_MISMATCH, "The Value " + DisplayNumbers.exact(typed)
                        + " does not match the Numerator and Denominator: " + DisplayNumbers.exact(n) + " ÷ "
                        + DisplayNumbers.exact(denominator) + (Estimate.multiplier(ind) == 1 ? ""
                                : " × " + DisplayNumbers.exact(Estimate.multiplier(ind)))
                        + " = " + DisplayNumbers.plain(computed, ind.decimals()) + "." + hint);
                return null;
            }
        }
        Double value = computed != null ? computed : typed;
        if (computed == null && typed != null) {
            from = row.value().source();
        }
        if (value == null && !quotient && (n != null || d != null)) {
            // the figure is there, in a column this measure does not work from: never dropped with a shrug
            CellReading where = n != null ? row.numerator() : row.denominator();
            error(where, FindingCode.WRONG_COLUMN, "The figure " + DisplayNumbers.exact(n != null ? n : d) + " is in the "
                    + (n != null ? "Numerator" : "Denominator") + ", but " + ReturnValidator.named(ind) + " takes its "
                    + "figure in the Value (" + row.value().source().cell() + "). Move it to the Value.");
            return null;
        }
        if (value == null) {
            missing();
            return null;
        }
        Double keptDenominator = ind.measure() == Measure.RATE && ind.usesPopulation() ? denominator : d;
        // n/a (or the like) beside a figure that is used: not part of the figure, so said at its cell
        for (CellReading c : new CellReading[] {n == null ? row.numerator() : null, d == null ? row.denominator() : null}) {
            if (c != null && c.kind() != CellReading.Kind.BLANK
                    && findings.stream().noneMatch(f -> f.source().equals(c.source()))) {
                findings.add(Finding.warning(c.source(), FindingCode.IGNORED_INPUT, "'" + c.typed() + "' in "
                        + c.source().cell() + " is not used: the figure for " + ind.id() + " is the one in "
                        + from.cell() + ". Clear the cell, or fill in both the Numerator and the Denominator."));
            }
        }
        return new Observation(ind.id(), period, row.breakdown(), value, n, keptDenominator, row.commentary(),
                new Source(file, from.sheet(), from.cell()));
    }

    /**
     * Whether the service said the figure is not available (n/a, or no figure with a commentary), which is a
     * warning, not an error: the row has no figure, and its commentary is the reason.
     */
    boolean notAvailable() {
        return notAvailable && !failed;
    }

    /** Whether the row had an error: its figure, if any, is not to be used. */
    boolean rejected() {
        return failed;
    }

    private void missing() {
        boolean declared = row.value().kind() == CellReading.Kind.NOT_AVAILABLE
                || row.numerator() != null && row.numerator().kind() == CellReading.Kind.NOT_AVAILABLE;
        String what = ind.measure().isQuotient()
                ? (ind.usesPopulation() ? "the Numerator (the count)" : "the Numerator and Denominator")
                : "the Value";
        // said where the service typed n/a, else where the figure belongs
        Source at = row.value().kind() == CellReading.Kind.NOT_AVAILABLE ? row.value().source()
                : ind.measure().isQuotient() && row.numerator() != null ? row.numerator().source()
                : row.value().source();
        if (declared || !row.commentary().isBlank()) {
            notAvailable = true;
            findings.add(Finding.warning(at, FindingCode.MISSING_FIGURE, "No figure for " + ind.id() + " this period"
                    + (row.commentary().isBlank() ? "; add a sentence to the commentary saying why."
                            : "; the commentary gives the reason.")));
        } else {
            findings.add(Finding.error(at, FindingCode.MISSING_FIGURE, "No figure for " + ind.id() + ". Fill in " + what
                    + ", or type n/a and say in the commentary why the figure is not available."));
        }
        // half a figure (a denominator beside an n/a numerator) is not used either, and says so at its cell
        for (CellReading c : new CellReading[] {row.numerator(), row.denominator(), row.value()}) {
            if (c != null && c.hasNumber() && findings.stream().noneMatch(f -> f.source().equals(c.source()))) {
                findings.add(Finding.warning(c.source(), FindingCode.IGNORED_INPUT, "The figure "
                        + DisplayNumbers.exact(c.number()) + " in " + c.source().cell() + " is not used: without the "
                        + "rest of " + what + " there is no figure for " + ind.id() + " this period."));
            }
        }
    }

    /** A cell's number, or null with a finding when it holds something else. */
    private Double number(CellReading c, String column, boolean wantsCount) {
        if (c == null) {
            return null;
        }
        if ((c.kind() == CellReading.Kind.TEXT || c.kind() == CellReading.Kind.GUESSED) && typesCounts()) {
            var two = CellValues.outOf(c.typed());
            if (two.isPresent()) {
                error(c, FindingCode.TWO_FIGURES_IN_ONE_CELL, twoFigures(c, column, two.get()));
                return null;
            }
        }
        switch (c.kind()) {
            case BLANK, NOT_AVAILABLE:
                return null;
            case TEXT:
                error(c, FindingCode.TEXT_IN_NUMBER, "'" + c.typed() + "' in the " + column + " is not a number. Type the "
                        + "figure alone in digits" + (wantsCount ? "" : figureExample()) + ", or n/a if it is not "
                        + "available.");
                return null;
            case ERROR:
                error(c, FindingCode.FORMULA_ERROR, "The " + column + " shows " + c.typed() + ", an error from a formula. "
                        + "Type the figure itself, or correct the formula.");
                return null;
            case NO_RESULT:
                error(c, FindingCode.NO_RESULT, "The " + column + " holds a formula whose result was never saved. Open the "
                        + "file in Excel, let it calculate, and save it again, or type the figure itself.");
                return null;
            default:
                break;
        }
        if (wantsCount && c.percent()) {
            error(c, FindingCode.PERCENT_IN_COUNT, "'" + c.typed() + "' in the " + column + " looks like a percentage, but "
                    + "the " + column + " takes the figure itself, not a percentage." + percentExample(c, column));
            return null;
        }
        if (c.kind() == CellReading.Kind.GUESSED) {
            findings.add(Finding.warning(c.source(), FindingCode.GUESSED_NUMBER, "'" + c.typed() + "' in the " + column
                    + " was read as " + DisplayNumbers.exact(c.number()) + ". Check that is right; next "
                    + "time type the number alone."));
        }
        return c.number();
    }

    /** Whether the service types this indicator's Numerator and Denominator itself. */
    private boolean typesCounts() {
        return Estimate.fromCounts(ind.measure()) && !ind.usesPopulation() && row.numerator() != null
                && row.denominator() != null;
    }

    private String twoFigures(CellReading c, String column, CellValues.OutOf two) {
        String part = DisplayNumbers.exact(two.part());
        String whole = DisplayNumbers.exact(two.whole());
        String worked = Estimate.of(ind, two.part(), two.whole())
                .map(e -> ": perfbook works out " + withUnit(e.value()) + " from them").orElse("");
        return "'" + c.typed() + "' in the " + column + " is two figures in one cell. Type " + part
                + " in the Numerator and " + whole + " in the Denominator"
                + (column.equals("Value") ? ", and leave the Value blank" : "") + worked + ".";
    }

    /** ", for example 393,140 (last period's figure)", or the target, or nothing when the indicator has neither. */
    private String figureExample() {
        Double reference = last != null ? last : target();
        if (reference == null) {
            return "";
        }
        return ", for example " + DisplayNumbers.plain(reference, ind.decimals())
                + (last != null ? " (last period's figure)" : " (the target)");
    }

    /** What the percentage means in counts, from this row's Denominator or the indicator's own figures. */
    private String percentExample(CellReading c, String column) {
        CellReading other = row.denominator();
        if (column.equals("Numerator") && other != null && other.hasNumber() && !other.percent() && other.number() > 0) {
            double n = other.number() * c.number() / 100;
            return " If " + DisplayNumbers.exact(c.number()) + "% of the Denominator's "
                    + DisplayNumbers.exact(other.number()) + " is meant, type " + DisplayNumbers.plain(n, 0)
                    + " in the Numerator.";
        }
        Double reference = last != null ? last : target();
        if (reference == null || !(reference >= 0)) {
            return " Type the figure that counts in the Numerator and the whole it is out of in the Denominator; "
                    + "perfbook works out the " + ind.measure().label().toLowerCase(Locale.ROOT) + ".";
        }
        double denominator = ind.measure() == Measure.RATIO ? 100 : Estimate.multiplier(ind) * 10;
        double numerator = Math.round(reference * denominator / Estimate.multiplier(ind));
        return " For " + ReturnValidator.named(ind) + " at " + (last != null ? "last period's " : "the target of ")
                + withUnit(reference) + ", " + DisplayNumbers.plain(numerator, 0) + " out of "
                + DisplayNumbers.plain(denominator, 0) + " would be Numerator " + DisplayNumbers.plain(numerator, 0)
                + " and Denominator " + DisplayNumbers.plain(denominator, 0) + ".";
    }

    private Double target() {
        var t = catalogue.targetFor(ind, period);
        return t == null || t.isRange() ? null : t.low();
    }

    /** "93.02%", "12.3 per 10,000 aged 0-17", "1,234". */
    private String withUnit(double value) {
        String unit = ind.unit();
        String shown = DisplayNumbers.plain(value, ind.decimals());
        return unit.equals("%") ? shown + "%" : unit.equals("£") ? "£" + shown : unit.isEmpty() ? shown : shown + " " + unit;
    }

    private void error(CellReading c, FindingCode code, String message) {
        findings.add(Finding.error(c.source(), code, message));
        failed = true;
    }
}
