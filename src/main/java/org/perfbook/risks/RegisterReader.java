package org.perfbook.risks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfbook.model.Confidence;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScale;
import org.perfbook.model.RiskScore;
import org.perfbook.model.RiskStatus;
import org.perfbook.model.Source;
import org.perfbook.xlsx.CellValue;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.SheetRows.SheetRow;
import org.perfbook.xlsx.Workbooks;

/**
 * Reads one directorate's register and checks each entry on its own: the scale's words, the scores
 * typed against likelihood times impact, the target against the current score, the target date, the
 * owner, and the Kind, Status and Confidence words. Every problem is a finding at its cell; a bad
 * register never throws.
 */
public final class RegisterReader {

    /**
     * @param directorate as the register names itself, or "" when it could not be read
     * @param period      the period the register says it is for, or null
     * @param ids         every ID on the register, usable or not, as {@link RiskEntry#key(String)}, with its cell
     */
    public record Result(String file, String directorate, Period period, List<RiskEntry> entries,
            Map<String, Source> ids, List<Finding> findings) {
    }

    private static final Map<RegisterColumn, List<String>> LABELS = new LinkedHashMap<>();

    static {
        for (RegisterColumn c : RegisterColumn.values()) {
            LABELS.put(c, c.labels());
        }
    }

    /** What a register must have; the rest are read when present. */
    private static final List<RegisterColumn> REQUIRED = List.of(RegisterColumn.ID, RegisterColumn.KIND,
            RegisterColumn.TITLE, RegisterColumn.OWNER, RegisterColumn.CURRENT_LIKELIHOOD, RegisterColumn.CURRENT_IMPACT,
            RegisterColumn.TARGET_LIKELIHOOD, RegisterColumn.TARGET_IMPACT, RegisterColumn.STATUS);

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    private final String file;
    private final Period period;
    private final List<Finding> findings = new ArrayList<>();

    private RegisterReader(String file, Period period) {
        this.file = file;
        this.period = period;
    }

    /** The directorate and quarter a register template names in its document properties. */
    public record Identity(String directorate, String period) {
    }

    /**
     * What the file's document properties say of it as a register template, or null when it is not one (or
     * cannot be opened): tells a register given where a return is expected from a file that is neither.
     */
    public static Identity identify(Path path) {
        try (Workbooks.Opened wb = Workbooks.openStreamed(path, path.toString())) {
            String directorate = wb.isOpen() ? wb.customProperty(RegisterTemplate.PROP_DIRECTORATE) : null;
            if (directorate == null) {
                return null;
            }
            String period = wb.customProperty(RegisterTemplate.PROP_PERIOD);
            return new Identity(directorate.strip(), period == null ? "" : period.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * @param shownName how findings name the file
     * @param period    the quarter the register is filed under; the target dates are judged against its start
     */
    public static Result read(Path path, String shownName, Period period) {
        RegisterReader r = new RegisterReader(shownName, period);
        try (Workbooks.Opened wb = Workbooks.openStreamed(path, shownName)) {
            if (!wb.isOpen()) {
                return new Result(shownName, "", null, List.of(), Map.of(), List.of(wb.finding()));
            }
            return r.read(wb);
        } catch (RuntimeException e) {
            // POI parses some parts lazily: damage found while reading is still a finding about the file
            List<Finding> f = new ArrayList<>(r.findings);
            f.add(Workbooks.damaged(shownName));
            return new Result(shownName, "", null, List.of(), Map.of(), f);
        }
    }

    private Result read(Workbooks.Opened wb) {
        SheetRows sheet = wb.sheet(RegisterTemplate.SHEET);
        if (sheet == null) {
            findings.add(Finding.of(Source.of(file), FindingCode.MISSING_SHEET, "This workbook has no sheet named '"
                    + RegisterTemplate.SHEET + "', so it is not a risk register perfbook can read. Its sheets are: "
                    + String.join(", ", wb.sheetNames()) + ". Fill in the register template the BI team sent."));
            return result("", null, List.of(), Map.of());
        }
        HeaderRow<RegisterColumn> header = HeaderRow.find(sheet, LABELS, List.of(RegisterColumn.ID, RegisterColumn.TITLE),
                HeaderRow.SEARCH_DEPTH);
        if (header == null) {
            findings.add(Finding.of(new Source(file, sheet.name(), ""), FindingCode.MISSING_COLUMN,
                    "The Register sheet has no heading row with ID and Title, so no entry could be read."));
            return result("", null, List.of(), Map.of());
        }
        List<RegisterColumn> missing = REQUIRED.stream().filter(c -> header.column(c) == null).toList();
        if (!missing.isEmpty()) {
            findings.add(Finding.of(new Source(file, sheet.name(), org.perfbook.model.CellRef.a1(header.row(), 0)),
                    FindingCode.MISSING_COLUMN, "The Register sheet's headings lack "
                            + String.join(", ", missing.stream().map(c -> c.label).toList())
                            + ", so no entry could be read. Its headings are: " + String.join(", ", header.shown()) + "."));
            return result("", null, List.of(), Map.of());
        }
        String directorate = property(wb, RegisterTemplate.PROP_DIRECTORATE, sheet, "directorate");
        String periodText = property(wb, RegisterTemplate.PROP_PERIOD, sheet, "period");
        Period said = Period.tryParse(periodText).orElse(null);
        if (said != null && period != null && !said.equals(period)) {
            findings.add(Finding.of(new Source(file, sheet.name(), ""), FindingCode.WRONG_PERIOD, "This register is for "
                    + said.label() + " but is filed with the registers for " + period.label()
                    + ", so none of it is used. Fill in the " + period.label() + " template."));
            return result(directorate, said, List.of(), Map.of());
        }
        List<RiskEntry> entries = new ArrayList<>();
        Map<String, Source> ids = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows(header.row() + 1)) {
            RiskEntry e = entry(sheet, header, row, directorate, ids);
            if (e != null) {
                entries.add(e);
            }
        }
        return result(directorate, said != null ? said : period, entries, ids);
    }

    private Result result(String directorate, Period p, List<RiskEntry> entries, Map<String, Source> ids) {
        return new Result(file, directorate, p, List.copyOf(entries), Map.copyOf(ids), List.copyOf(findings));
    }

    /** The template's identity, else the header block's "Directorate" / "Period" cell. */
    private static String property(Workbooks.Opened wb, String key, SheetRows sheet, String label) {
        String p = wb.customProperty(key);
        if (p != null && !p.isBlank()) {
            return p.strip();
        }
        for (int r = 0; r < RegisterTemplate.HEADER_ROW; r++) {
            SheetRow row = sheet.row(r);
            if (row != null && row.text(0).equalsIgnoreCase(label)) {
                return row.text(1);
            }
        }
        return "";
    }

    private RiskEntry entry(SheetRows sheet, HeaderRow<RegisterColumn> h, SheetRow row, String directorate,
            Map<String, Source> ids) {
        Map<RegisterColumn, String> t = new LinkedHashMap<>();
        for (RegisterColumn c : RegisterColumn.values()) {
            Integer col = h.column(c);
            t.put(c, col == null ? "" : text(row.value(col)));
        }
        boolean anyInput = Arrays.stream(RegisterColumn.values()).filter(c -> c.input).anyMatch(c -> !t.get(c).isEmpty());
        if (!anyInput) {
            return null;
        }
        String id = t.get(RegisterColumn.ID);
        if (id.isEmpty()) {
            error(sheet, h, row, RegisterColumn.ID, FindingCode.REGISTER_VALUE, "This row has an entry ('"
                    + firstText(t) + "') but no ID, so it is not used. Give it its corporate register ID, e.g. CORP8 for "
                    + "a new risk or CO3 for a new opportunity.");
            return null;
        }
        Source idCell = source(sheet, h, row, RegisterColumn.ID);
        ids.putIfAbsent(RiskEntry.key(id), idCell);
        boolean usable = true;

        RiskKind kind = RiskKind.parse(t.get(RegisterColumn.KIND)).orElse(null);
        if (kind == null) {
            usable = false;
            error(sheet, h, row, RegisterColumn.KIND, FindingCode.REGISTER_VALUE, id + ": "
                    + (t.get(RegisterColumn.KIND).isEmpty() ? "the Kind is blank" : "'" + t.get(RegisterColumn.KIND)
                    + "' is not a kind of entry") + ", so the entry is not used. Type Risk or Opportunity.");
        }
        RiskKind k = kind == null ? RiskKind.RISK : kind;
        RiskStatus status = RiskStatus.parse(t.get(RegisterColumn.STATUS)).orElse(null);
        if (status == null) {
            String typed = t.get(RegisterColumn.STATUS);
            Finding f = new Finding(source(sheet, h, row, RegisterColumn.STATUS), typed.isEmpty()
                    ? Finding.Severity.WARNING : Finding.Severity.ERROR, FindingCode.REGISTER_VALUE.code(), id + ": "
                    + (typed.isEmpty() ? "the Status is blank, so the entry is read as Open."
                            : "'" + typed + "' is not a status, so the entry is not used.")
                    + " Type Open, Proposed or Closed.");
            findings.add(f);
            usable &= typed.isEmpty();
            status = RiskStatus.OPEN;
        }
        RiskScore current = score(sheet, h, row, id, k, RegisterColumn.CURRENT_LIKELIHOOD, RegisterColumn.CURRENT_IMPACT,
                RegisterColumn.CURRENT_SCORE, "current", status);
        RiskScore target = score(sheet, h, row, id, k, RegisterColumn.TARGET_LIKELIHOOD, RegisterColumn.TARGET_IMPACT,
                RegisterColumn.TARGET_SCORE, "target", status);
        if (current != null && target != null && worse(k, target.score(), current.score())) {
            findings.add(Finding.of(source(sheet, h, row, RegisterColumn.TARGET_LIKELIHOOD), FindingCode.TARGET_WORSE,
                    id + ": the target score " + target.describe(k) + " is " + (k == RiskKind.RISK ? "higher" : "lower")
                            + " than the current score " + current.describe(k) + ". A target is where the "
                            + k.label().toLowerCase(Locale.ROOT) + " should be brought to, so it should be "
                            + (k == RiskKind.RISK ? "no higher" : "no lower") + " than now: please check both."));
        }
        String owner = t.get(RegisterColumn.OWNER);
        if (owner.isEmpty() && status != RiskStatus.CLOSED) {
            error(sheet, h, row, RegisterColumn.OWNER, FindingCode.MISSING_OWNER, id + " has no owner. Every "
                    + k.label().toLowerCase(Locale.ROOT) + " on the register needs one: type the post that answers "
                    + "for it, e.g. Director of Children's Services.");
        }
        Confidence confidence = null;
        String conf = t.get(RegisterColumn.CONFIDENCE);
        if (!conf.isEmpty()) {
            confidence = Confidence.parse(conf).orElse(null);
            if (confidence == null) {
                error(sheet, h, row, RegisterColumn.CONFIDENCE, FindingCode.REGISTER_VALUE, id + ": '" + conf
                        + "' is not a confidence rating, so none is shown. Type Green, Amber or Red.");
            }
        }
        String dateText = t.get(RegisterColumn.TARGET_DATE);
        LocalDate date = targetDate(sheet, h, row, id, dateText);
        if (date != null && period != null && date.isBefore(period.start()) && status != RiskStatus.CLOSED) {
            findings.add(Finding.of(source(sheet, h, row, RegisterColumn.TARGET_DATE), FindingCode.TARGET_DATE_PASSED,
                    id + ": the target date " + dateText + " passed before " + period.label() + " began, yet the "
                            + k.label().toLowerCase(Locale.ROOT) + " is still open. Give a new target date, or close it "
                            + "if the target has been reached."));
        }
        if (!usable) {
            return null;
        }
        return new RiskEntry(id, k, directorate, period, t.get(RegisterColumn.TITLE), t.get(RegisterColumn.DESCRIPTION),
                t.get(RegisterColumn.CONSEQUENCES), t.get(RegisterColumn.RISK_TYPE), owner, current, target, dateText,
                date, confidence, t.get(RegisterColumn.CONTROLS), t.get(RegisterColumn.CONTROL_OWNER),
                t.get(RegisterColumn.ACTIONS), t.get(RegisterColumn.ACTION_OWNER), t.get(RegisterColumn.PROGRESS),
                status, idCell);
    }

    private static boolean worse(RiskKind k, int target, int current) {
        return k == RiskKind.RISK ? target > current : target < current;
    }

    /** The likelihood and impact, and the typed score checked against them; null with a finding when not readable. */
    private RiskScore score(SheetRows sheet, HeaderRow<RegisterColumn> h, SheetRow row, String id, RiskKind k,
            RegisterColumn lc, RegisterColumn ic, RegisterColumn sc, String which, RiskStatus status) {
        String lt = text(row.value(h.column(lc)));
        String it = text(row.value(h.column(ic)));
        if (lt.isEmpty() || it.isEmpty()) {
            if (status != RiskStatus.CLOSED) {
                RegisterColumn blank = lt.isEmpty() ? lc : ic;
                error(sheet, h, row, blank, FindingCode.MISSING_SCORE, id + ": the " + blank.label.toLowerCase(Locale.ROOT)
                        + " is blank, so its " + which + " score cannot be worked out. Choose one from the list.");
            }
            return null;
        }
        ScaleWords.Reading l = ScaleWords.likelihood(lt);
        ScaleWords.Reading i = ScaleWords.impact(it, k);
        if (l.value() == null) {
            error(sheet, h, row, lc, FindingCode.RISK_SCALE_WORD, id + ": " + l.problem());
        }
        if (i.value() == null) {
            error(sheet, h, row, ic, FindingCode.RISK_SCALE_WORD, id + ": " + i.problem());
        }
        if (l.value() == null || i.value() == null) {
            return null;
        }
        RiskScore s = new RiskScore(l.value(), i.value());
        Integer scoreCol = h.column(sc);
        if (scoreCol != null) {
            CellValue typed = row.value(scoreCol);
            if (!typed.blank() || typed.error() != null) {
                OptionalDouble n = typed.asNumber();
                if (n.isEmpty() || n.getAsDouble() != s.score()) {
                    error(sheet, h, row, sc, FindingCode.RISK_SCORE_MISMATCH, id + ": the " + which + " score typed, '"
                            + (typed.error() != null ? typed.error() : typed.text()) + "', is not "
                            + RiskScale.likelihood(s.likelihood()) + " \u00D7 " + RiskScale.impact(s.impact(), k) + " = "
                            + s.score() + ". The register uses " + s.score() + ", likelihood times impact; if the score is "
                            + "right, change the likelihood or impact to match it.");
                }
            }
        }
        return s;
    }

    /** The last day of the month a target date names; null for none ("Ongoing", blank) or one not read (a finding). */
    private LocalDate targetDate(SheetRows sheet, HeaderRow<RegisterColumn> h, SheetRow row, String id, String text) {
        Integer col = h.column(RegisterColumn.TARGET_DATE);
        if (col != null && row.value(col).date() != null) {
            return YearMonth.from(row.value(col).date()).atEndOfMonth();
        }
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth();
        }
        Matcher d = DAY_MONTH_YEAR.matcher(text);
        if (d.find()) {
            int mo = Integer.parseInt(d.group(2));
            if (mo >= 1 && mo <= 12) {
                return YearMonth.of(Integer.parseInt(d.group(3)), mo).atEndOfMonth();
            }
        }
        String lower = text.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.contains("ongoing")) {
            return null;
        }
        error(sheet, h, row, RegisterColumn.TARGET_DATE, FindingCode.REGISTER_VALUE, id + ": '" + text
                + "' is not a target date perfbook can read, so it is shown as typed and not checked. Type a month and "
                + "year, e.g. March 2022, or Ongoing.");
        return null;
    }

    private static int month(String abbrev) {
        String a = abbrev.substring(0, 3).toLowerCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT).startsWith(a)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(abbrev);
    }

    private static String text(CellValue v) {
        if (v.error() != null) {
            return v.error();
        }
        if (v.number() != null && !v.percent() && v.date() == null && v.number() == Math.rint(v.number())) {
            return Long.toString((long) v.number().doubleValue());
        }
        return v.text();
    }

    private static String firstText(Map<RegisterColumn, String> t) {
        return t.values().stream().filter(s -> !s.isEmpty()).findFirst().map(s -> s.length() > 40 ? s.substring(0, 40) + "\u2026" : s)
                .orElse("");
    }

    private Source source(SheetRows sheet, HeaderRow<RegisterColumn> h, SheetRow row, RegisterColumn c) {
        return new Source(file, sheet.name(), org.perfbook.model.CellRef.a1(row.index(), h.column(c)));
    }

    private void error(SheetRows sheet, HeaderRow<RegisterColumn> h, SheetRow row, RegisterColumn c, FindingCode code,
            String message) {
        findings.add(Finding.of(source(sheet, h, row, c), code, message));
    }
}
