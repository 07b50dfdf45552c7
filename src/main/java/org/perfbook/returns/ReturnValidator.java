package org.perfbook.returns;

import org.perfbook.model.FindingCode;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.text.DisplayNumbers;
import org.perfbook.xlsx.CellReading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.perfbook.calc.Estimate;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.RecoveryAction;
import org.perfbook.model.Source;
import org.perfbook.model.Status;

/**
 * Checks returns against the catalogue and turns their rows into observations. Every problem is a
 * finding at its cell in words a service manager understands; a figure with an error never becomes
 * an observation, so the book holds only figures that passed, but its row is kept without the figure
 * so the book still shows the service's commentary.
 */
public final class ReturnValidator {

    /** How far a figure may move from last period before the service is asked to confirm it. */
    static final double UNUSUAL_RATIO = 2.0;
    static final double UNUSUAL_POINTS = 15.0;

    /**
     * @param observations figures that passed, from the returns that were used
     * @param superseded   returns replaced by a later one for the same service and period, with the one that replaced them
     * @param withheld     the rows whose figure has an error and is not used, each with no figure (value and
     *                     counts null) but with the service's commentary and where the row is
     * @param notAvailable the rows the service said have no figure (n/a, or a commentary in place of a figure),
     *                     in the same form: the commentary is the service's reason
     */
    public record Result(List<Observation> observations, List<Finding> findings, List<ReturnFile> used,
            Map<ReturnFile, ReturnFile> superseded, List<Observation> withheld, List<Observation> notAvailable) {

        public Result(List<Observation> observations, List<Finding> findings, List<ReturnFile> used,
                Map<ReturnFile, ReturnFile> superseded) {
            this(observations, findings, used, superseded, List.of(), List.of());
        }

        /** The actions the returns used list for their indicators' recovery plans, in file and row order. */
        public List<RecoveryAction> actions() {
            return used.stream().flatMap(f -> f.actions().stream()).map(ActionRow::action).filter(a -> a != null)
                    .toList();
        }

        /**
         * For each return used that has an Actions sheet (by its name), the indicators it lists an action
         * for; a return without the sheet is absent, so its red figures are not asked for a plan it had no
         * place to give.
         */
        public Map<String, Set<String>> planned() {
            Map<String, Set<String>> m = new LinkedHashMap<>();
            for (ReturnFile f : used) {
                if (f.actionsSheet()) {
                    Set<String> ids = new HashSet<>();
                    f.actions().stream().filter(a -> a.action() != null)
                            .forEach(a -> ids.add(a.action().indicatorId().toUpperCase(Locale.ROOT)));
                    m.put(f.name(), ids);
                }
            }
            return m;
        }

        public Result {
            observations = List.copyOf(observations);
            withheld = List.copyOf(withheld);
            notAvailable = List.copyOf(notAvailable);
            findings = List.copyOf(findings);
            used = List.copyOf(used);
            // the order the supersessions were found in is the order the book's notes give them
            superseded = Collections.unmodifiableMap(new LinkedHashMap<>(superseded));
        }
    }

    private final Catalogue catalogue;
    private final Period expectedPeriod;
    private final Map<ObservationKey, Double> earlier;
    /** The breakdown names a row may carry. */
    private final List<String> areas;
    /** Whether the catalogue holds the population estimates that population-based rates are worked out over. */
    private final boolean populations;

    /**
     * @param expectedPeriod the period being checked, or null to accept each template's own period
     * @param earlier        figures already known (history and earlier returns), for the unusual-change check
     */
    public ReturnValidator(Catalogue catalogue, Period expectedPeriod, Map<ObservationKey, Double> earlier) {
        this(catalogue, expectedPeriod, earlier, catalogue.areas(), true);
    }

    private ReturnValidator(Catalogue catalogue, Period expectedPeriod, Map<ObservationKey, Double> earlier,
            List<String> areas, boolean populations) {
        this.catalogue = catalogue;
        this.expectedPeriod = expectedPeriod;
        this.earlier = earlier == null ? Map.of() : earlier;
        this.areas = List.copyOf(areas);
        this.populations = populations;
    }

    /**
     * Checks returns with a catalogue built from their templates' own identities, where the BI team's
     * is not at hand: it has no population estimates, so a population-based rate's count is checked but
     * its rate is not worked out, and the breakdown names come from the templates.
     */
    public static ReturnValidator withoutCatalogue(Catalogue fromTemplates, List<String> breakdowns,
            Period expectedPeriod, Map<ObservationKey, Double> earlier) {
        return new ReturnValidator(fromTemplates, expectedPeriod, earlier, breakdowns, false);
    }

    public Result check(List<ReturnFile> files) {
        List<Finding> findings = new ArrayList<>();
        Map<ReturnFile, ReturnFile> superseded = new LinkedHashMap<>();
        List<ReturnFile> used = new ArrayList<>();
        for (ReturnFile f : files) {
            findings.addAll(f.findings());
            if (f.readable() && checkIdentity(f, findings)) {
                used.add(f);
            }
        }
        used = dropSuperseded(used, superseded, findings);
        List<Observation> observations = new ArrayList<>();
        List<Observation> withheld = new ArrayList<>();
        List<Observation> notAvailable = new ArrayList<>();
        for (ReturnFile f : used) {
            List<Finding> own = new ArrayList<>();
            List<Observation> ownWithheld = new ArrayList<>();
            List<Observation> ownNotAvailable = new ArrayList<>();
            try {
                observations.addAll(checkRows(f, own, ownWithheld, ownNotAvailable));
                withheld.addAll(ownWithheld);
                notAvailable.addAll(ownNotAvailable);
                findings.addAll(own);
            } catch (RuntimeException e) {
                // one return's unexpected fault must not stop the others: it becomes a finding on that return
                findings.addAll(own);
                findings.add(Finding.error(new Source(f.name(), f.sheet(), ""), FindingCode.INTERNAL_ERROR,
                        "perfbook met a fault of its own while checking this return (" + e.getClass().getSimpleName()
                                + "), so none of its figures are used. The other returns are checked as usual. "
                                + "Please report it to the BI team with this file."));
            }
        }
        if (populations) {
            // without the BI team's catalogue some figures are checked but rightly not worked out
            findings.addAll(Accounting.unaccounted(files, used, observations, withheld, notAvailable, findings));
        }
        findings.sort(Finding.ORDER);
        return new Result(observations, findings, used, superseded, withheld, notAvailable);
    }

    private boolean checkIdentity(ReturnFile f, List<Finding> findings) {
        Source where = Source.of(f.name());
        TemplateIdentity id = f.identity();
        if (id == null) {
            if (f.findings().stream().anyMatch(x -> x.isError() && (x.is(FindingCode.UNKNOWN_FORMAT)
                    || x.is(FindingCode.BAD_IDENTITY)))) {
                return false; // the reader has already said what is wrong with the identity
            }
            findings.add(Finding.error(where, FindingCode.NOT_A_RETURN, "This file is not a perfbook return template, or its "
                    + "identity was lost by copying the sheet into a new workbook. Fill in the template issued "
                    + "for this period instead."));
            return false;
        }
        if (id.formatVersion() < TemplateIdentity.OLDEST_FORMAT || id.formatVersion() > TemplateIdentity.FORMAT_VERSION) {
            findings.add(Finding.error(where, FindingCode.UNKNOWN_FORMAT, "This template is format version " + id.formatVersion()
                    + ", which this version of perfbook does not know (it reads versions "
                    + TemplateIdentity.OLDEST_FORMAT + " to " + TemplateIdentity.FORMAT_VERSION
                    + "). Ask the BI team for a current template."));
            return false;
        }
        if (expectedPeriod != null && !id.period().equals(expectedPeriod)) {
            findings.add(Finding.error(where, FindingCode.WRONG_PERIOD, "This is the template for " + id.period().label()
                    + ", but " + expectedPeriod.label() + " is being collected. Copy your figures into the "
                    + expectedPeriod.label() + " template."));
            return false;
        }
        if (!catalogue.hasService(id.service())) {
            findings.add(Finding.error(where, FindingCode.UNKNOWN_SERVICE, "The service '" + id.service()
                    + "' named in this template is not in the indicator catalogue. Ask the BI team for the "
                    + "right template."));
            return false;
        }
        return true;
    }

    /** Of two returns for one service and period, the later-saved one is used and the earlier noted. */
    private static List<ReturnFile> dropSuperseded(List<ReturnFile> files, Map<ReturnFile, ReturnFile> superseded,
            List<Finding> findings) {
        record ServicePeriod(String service, Period period) {
        }
        Map<ServicePeriod, List<ReturnFile>> groups = new LinkedHashMap<>();
        for (ReturnFile f : files) {
            var key = new ServicePeriod(f.identity().service().toLowerCase(Locale.ROOT), f.identity().period());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<ReturnFile> kept = new ArrayList<>();
        for (List<ReturnFile> group : groups.values()) {
            group.sort(Comparator.comparing(ReturnValidator::savedAt).thenComparing(ReturnFile::name));
            ReturnFile latest = group.get(group.size() - 1);
            kept.add(latest);
            for (ReturnFile older : group.subList(0, group.size() - 1)) {
                superseded.put(older, latest);
                findings.add(Finding.warning(Source.of(older.name()), FindingCode.DUPLICATE_RETURN, "There are two returns for "
                        + older.identity().service() + ", " + older.identity().period().label() + ": this one and "
                        + latest.name() + ". The later one (" + latest.name() + ") is used; check it is the "
                        + "corrected version and remove the other."));
            }
        }
        return kept;
    }

    private static FileTime savedAt(ReturnFile f) {
        try {
            return Files.getLastModifiedTime(f.file());
        } catch (IOException | RuntimeException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * @param withheld     gets the rows whose figure has an error, without their figure
     * @param notAvailable gets the rows the service said have no figure, with their commentary as the reason
     */
    private List<Observation> checkRows(ReturnFile f, List<Finding> findings, List<Observation> withheld,
            List<Observation> notAvailable) {
        TemplateIdentity id = f.identity();
        Period period = id.period();
        List<Observation> out = new ArrayList<>();
        Set<ObservationKey> seen = new HashSet<>();
        Set<String> areas = this.areas.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, List<ReturnRow>> blankAreas = new LinkedHashMap<>();
        Set<String> filledAreas = new HashSet<>();
        Map<String, ReturnRow> totalRows = new HashMap<>();
        Map<String, Integer> districtRows = new HashMap<>();
        Map<String, Set<Period>> months = new HashMap<>();
        for (ReturnRow read : f.rows()) {
            ReturnRow row = read;
            var indicator = catalogue.indicator(row.indicatorId());
            if (indicator.isEmpty()) {
                findings.add(Finding.error(row.source(), FindingCode.UNKNOWN_INDICATOR, "'" + row.indicatorId()
                        + "' is not an indicator in the catalogue. Use the rows of the template as issued."));
                continue;
            }
            Indicator ind = indicator.get();
            Period month = null;
            if (Catalogue.isMonthlyRows(ind, period)) {
                month = month(ind, period, row, findings);
                if (month == null) {
                    continue;
                }
                months.computeIfAbsent(ind.id(), k -> new HashSet<>()).add(month);
                // from here on the row is the whole authority's figure for its month
                row = new ReturnRow(row.indicatorId(), "", row.source(), row.numerator(), row.denominator(), row.value(),
                        row.commentary(), row.dataNote(), row.breakdownSource());
            }
            if (!seen.add(new ObservationKey(ind.id(), month != null ? month : period, row.breakdown()))) {
                String which = month != null ? month.label() : row.breakdown();
                findings.add(Finding.error(row.source(), FindingCode.DUPLICATE_ROW, ind.id()
                        + (which.isEmpty() ? "" : " (" + which + ")")
                        + " appears twice in this return. Keep one row and delete the other."));
                continue;
            }
            if (!ind.service().equalsIgnoreCase(id.service())) {
                // another service's figure would silently replace the owner's: never used
                findings.add(Finding.error(row.source(), FindingCode.OTHER_SERVICE, ind.id() + " is reported by "
                        + ind.service() + ", not " + id.service() + ", so this row is not used. Delete it; if "
                        + ind.service() + "'s figure is wrong, tell them."));
                continue;
            }
            if (catalogue.indicatorsDue(id.service(), period).stream().noneMatch(i -> i.id().equals(ind.id()))) {
                if (!isBlank(row)) {
                    findings.add(Finding.error(row.source(), FindingCode.NOT_DUE, ind.id() + " is "
                            + ind.frequency().label().toLowerCase(Locale.ROOT) + " and not due in the "
                            + period.label() + " return (annual figures come with the Q4 return), so this row is "
                            + "not used. Delete it, and send the figure with the Q4 return."));
                }
                continue;
            }
            if (!row.breakdown().isEmpty() && (!ind.hasBreakdown() || !areas.contains(row.breakdown().toLowerCase(Locale.ROOT)))) {
                findings.add(Finding.error(row.source(), FindingCode.UNKNOWN_BREAKDOWN, "'" + row.breakdown()
                        + "' is not a breakdown perfbook knows for " + ind.id() + ". Use the rows of the template as issued."));
                continue;
            }
            if (!row.breakdown().isEmpty()) {
                districtRows.merge(ind.id(), 1, Integer::sum);
            }
            if (!row.breakdown().isEmpty() && isBlank(row)) {
                blankAreas.computeIfAbsent(ind.id(), k -> new ArrayList<>()).add(row);
                continue;
            }
            if (!row.breakdown().isEmpty()) {
                filledAreas.add(ind.id());
            }
            Period observed = month != null ? month : Catalogue.observationPeriod(ind, period);
            Double last = earlier.get(new ObservationKey(ind.id(), observed.previous(), row.breakdown()));
            RowCheck check = new RowCheck(catalogue, populations, ind, observed, row, f.name(), findings, last);
            Observation o = check.observation();
            if (o != null) {
                out.add(o);
                if (o.isTotal()) {
                    totalRows.put(ind.id(), row);
                }
            } else if (check.rejected()) {
                // where its figure would have come from, as for a figure that passed
                Source at = Estimate.fromCounts(ind.measure()) && row.numerator() != null ? row.numerator().source()
                        : row.value().source();
                withheld.add(new Observation(ind.id(), observed, row.breakdown(), null, null, null, row.commentary(),
                        new Source(f.name(), at.sheet(), at.cell())));
            } else if (check.notAvailable()) {
                Source at = row.value().source();
                notAvailable.add(new Observation(ind.id(), observed, row.breakdown(), null, null, null,
                        row.commentary(), new Source(f.name(), at.sheet(), at.cell())));
            }
        }
        Set<String> yearToDateTyped = yearToDateTyped(out, blankAreas.keySet(), findings);
        // the figure is not used: the book shows no figure rather than the year to date as the quarter
        withhold(out, o -> o.isTotal() && yearToDateTyped.contains(o.indicatorId().toUpperCase(Locale.ROOT)), withheld);
        // a total already explained as the year to date is gone from out, so its districts are not summed again
        Set<String> disagree = addsUp(f, out, totalRows, districtRows, findings);
        withhold(out, o -> disagree.contains(o.indicatorId()), withheld);
        out.forEach(o -> catalogue.indicator(o.indicatorId()).ifPresent(ind -> unusualChange(ind, o, findings)));
        // district figures are optional as a set, but a set half filled in has gaps
        blankAreas.forEach((indicatorId, rows) -> {
            if (filledAreas.contains(indicatorId)) {
                rows.forEach(r -> findings.add(Finding.error(r.value().source(), FindingCode.MISSING_FIGURE, "No figure for "
                        + indicatorId + " in " + r.breakdown() + ", although other areas have one. Fill it in, or type n/a "
                        + "and say why in the commentary.")));
            } else {
                String kind = catalogue.indicator(indicatorId).map(Indicator::breakdown).orElse("area")
                        .toLowerCase(Locale.ROOT);
                findings.add(Finding.warning(rows.get(0).source(), FindingCode.MISSING_BREAKDOWN, "No " + kind
                        + " figures for " + indicatorId + ": the book will show the whole-authority figure only."));
            }
        });
        Set<String> present = new HashSet<>();
        f.rows().forEach(r -> present.add(r.indicatorId().toUpperCase(Locale.ROOT)));
        for (String issued : id.indicatorIds()) {
            if (!present.contains(issued.toUpperCase(Locale.ROOT))) {
                findings.add(Finding.error(new Source(f.name(), f.sheet(), ""), FindingCode.MISSING_ROW, "The row for "
                        + issued + " has been deleted from this return. Put it back (use the template as "
                        + "issued) and fill it in."));
            }
        }
        for (Indicator ind : catalogue.indicatorsDue(id.service(), period)) {
            Set<Period> got = months.get(ind.id());
            if (got == null || !Catalogue.isMonthlyRows(ind, period)) {
                continue;
            }
            for (Period m : Catalogue.rowPeriods(ind, period)) {
                if (!got.contains(m)) {
                    findings.add(Finding.error(new Source(f.name(), f.sheet(), ""), FindingCode.MISSING_ROW, "The row for "
                            + ind.id() + " in " + m.label() + " has been deleted from this return. Put it back (use "
                            + "the template as issued) and fill it in."));
                }
            }
        }
        return out;
    }

    /**
     * The month a monthly indicator's row is for, from its Breakdown cell ("Oct 2021", "2021-10", "2021/22 M07"),
     * or null with an {@code unknown-month} error when it names no month of the return's period.
     */
    private static Period month(Indicator ind, Period period, ReturnRow row, List<Finding> findings) {
        List<Period> months = Catalogue.rowPeriods(ind, period);
        Period m = Period.tryParse(row.breakdown()).orElse(null);
        if (m != null && months.contains(m)) {
            return m;
        }
        String names = months.stream().map(Period::label).collect(Collectors.joining(", "));
        String typed = row.breakdown().isEmpty() ? "no month" : "'" + row.breakdown() + "'";
        findings.add(Finding.error(row.breakdownSource(), FindingCode.UNKNOWN_MONTH, ind.id() + " is monthly: each of "
                + "its rows names its month (" + names + ") in the Breakdown column, but this row has " + typed
                + ", so its figures are not used. Use the rows of the template as issued."));
        return null;
    }


    /**
     * Where every district of an indicator has its figures, they must add up to the authority's; the IDs of
     * the indicators whose figures do not, none of which is used.
     *
     * @param districtRows how many district rows each indicator had, blank ones too
     */
    private Set<String> addsUp(ReturnFile f, List<Observation> observations, Map<String, ReturnRow> totalRows,
            Map<String, Integer> districtRows, List<Finding> findings) {
        Map<String, Observation> totals = new LinkedHashMap<>();
        Map<String, List<Observation>> districts = new HashMap<>();
        for (Observation o : observations) {
            if (o.isTotal()) {
                totals.put(o.indicatorId(), o);
            } else {
                districts.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
            }
        }
        Set<String> areas = catalogue.areas().stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> disagree = new HashSet<>();
        for (Observation total : totals.values()) {
            Indicator ind = catalogue.indicator(total.indicatorId()).orElseThrow();
            List<Observation> parts = districts.getOrDefault(ind.id(), List.of());
            Set<String> covered = parts.stream().map(o -> o.breakdown().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            // only a full set adds up: a district left out, or with an error, is reported on its own
            if (parts.isEmpty() || parts.size() != districtRows.getOrDefault(ind.id(), 0) || !covered.containsAll(areas)) {
                continue;
            }
            List<BreakdownTotals.Sum> sums = BreakdownTotals.sums(ind, total, totalRows.get(ind.id()), parts, f.name());
            List<Finding> wrong = ind.cumulative() ? cumulativeBreakdownTotal(ind, total.period(), sums)
                    : BreakdownTotals.check(ind, total.period(), sums);
            if (!wrong.isEmpty()) {
                findings.addAll(wrong);
                disagree.add(ind.id());
            }
        }
        return disagree;
    }

    /**
     * The sum check for a cumulative indicator, apart from the others' because a year-to-date total typed
     * for the quarter also disagrees with its districts: the year-to-date rule, which says so with both
     * readings, decides first and calls this only for a total it does not explain.
     */
    static List<Finding> cumulativeBreakdownTotal(Indicator ind, Period period, List<BreakdownTotals.Sum> sums) {
        return BreakdownTotals.check(ind, period, sums);
    }

    /**
     * The cumulative indicators of one return whose whole-authority figure reads as the year to date
     * (upper-case IDs), each with its {@code year-to-date-typed} error.
     *
     * @param incomplete indicator IDs with a district row left blank: their districts are no sum to compare with
     */
    private Set<String> yearToDateTyped(List<Observation> read, Set<String> incomplete, List<Finding> findings) {
        int areas = catalogue.areas().size();
        Map<String, List<Observation>> districts = new HashMap<>();
        for (Observation o : read) {
            if (!o.isTotal()) {
                districts.computeIfAbsent(o.indicatorId().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
            }
        }
        Set<String> typed = new HashSet<>();
        for (Observation total : read) {
            Indicator ind = catalogue.indicator(total.indicatorId()).orElse(null);
            if (ind == null || !total.isTotal() || !ind.cumulative()) {
                continue;
            }
            String id = ind.id().toUpperCase(Locale.ROOT);
            List<Observation> own = districts.getOrDefault(id, List.of());
            boolean complete = own.size() == areas && incomplete.stream().noneMatch(i -> i.equalsIgnoreCase(id));
            Finding f = YearToDateCheck.check(ind, total, complete ? own : List.of(), earlier);
            if (f != null) {
                findings.add(f);
                typed.add(id);
            }
        }
        return typed;
    }

    /** Moves the observations that match from {@code out} to {@code withheld}, without their figures. */
    private static void withhold(List<Observation> out, Predicate<Observation> match, List<Observation> withheld) {
        for (Iterator<Observation> it = out.iterator(); it.hasNext(); ) {
            Observation o = it.next();
            if (match.test(o)) {
                it.remove();
                withheld.add(new Observation(o.indicatorId(), o.period(), o.breakdown(), null, null, null,
                        o.commentary(), o.source()));
            }
        }
    }

    private static boolean isBlank(ReturnRow row) {
        return blank(row.numerator()) && blank(row.denominator()) && blank(row.value()) && row.commentary().isBlank();
    }

    private static boolean blank(CellReading c) {
        return c == null || c.kind() == CellReading.Kind.BLANK;
    }

    private void unusualChange(Indicator ind, Observation o, List<Finding> findings) {
        if (o.value() == null) {
            return;
        }
        Double before = earlier.get(new ObservationKey(ind.id(), o.period().previous(), o.breakdown()));
        if (before == null) {
            return;
        }
        double now = o.value();
        boolean unusual;
        if (ind.measure() == Measure.PERCENTAGE) {
            unusual = Math.abs(now - before) >= UNUSUAL_POINTS;
        } else if (before == 0 || now == 0) {
            unusual = false; // a start or a stop is reported as it is; zero gives no ratio
        } else {
            double ratio = Math.abs(now / before);
            unusual = ratio >= UNUSUAL_RATIO || ratio <= 1 / UNUSUAL_RATIO || Math.signum(now) != Math.signum(before);
        }
        if (unusual) {
            findings.add(Finding.warning(o.source(), FindingCode.UNUSUAL_CHANGE, "The figure for " + named(ind)
                    + (o.isTotal() ? " for the whole authority" : " in " + o.breakdown()) + ", "
                    + DisplayNumbers.plain(now, ind.decimals()) + ", is far from last period's "
                    + DisplayNumbers.plain(before, ind.decimals()) + " (" + o.period().previous().label()
                    + "). Please confirm it is right and explain the change in the commentary."));
        }
    }

    /** "LIB-01 (Number of visits to libraries)". */
    static String named(Indicator ind) {
        return ind.id() + (ind.name().isEmpty() ? "" : " (" + ind.name() + ")");
    }

    /** Earlier figures keyed for {@link #ReturnValidator}, from observations already accepted. */
    public static Map<ObservationKey, Double> index(List<Observation> observations) {
        Map<ObservationKey, Double> m = new HashMap<>();
        for (Observation o : observations) {
            if (o.value() != null) {
                m.put(ObservationKey.of(o), o.value());
            }
        }
        return m;
    }
}
