package org.perfbook.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.RecoveryAction;
import org.perfbook.model.Source;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.template.TemplateLayout;
import org.perfbook.xlsx.CellValue;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;

/**
 * Reads a return's optional Actions sheet (Indicator ID | Action | Lead | Completion date): each row
 * that holds something becomes an action for its indicator's recovery plan, or a finding at the cell
 * that says why it cannot be used.
 */
final class ActionsReading {

    enum Column {
        ID("indicator id", "id"),
        ACTION("action", "action to be taken"),
        LEAD("lead"),
        DATE("completion date", "completion", "date");

        final List<String> labels;

        Column(String... labels) {
            this.labels = List.of(labels);
        }
    }

    private static final Map<Column, List<String>> LABELS = new LinkedHashMap<>();

    static {
        for (Column c : Column.values()) {
            LABELS.put(c, c.labels);
        }
    }

    /** Dates typed as text that are still plainly dates. */
    private static final List<DateTimeFormatter> TYPED_DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private ActionsReading() {
    }

    /**
     * @param identity the template's identity, whose indicators are the IDs an action may name; null when unknown
     */
    static List<ActionRow> read(SheetRows sheet, String file, TemplateIdentity identity, List<Finding> findings) {
        HeaderRow<Column> h = HeaderRow.find(sheet, LABELS, List.of(Column.ID, Column.ACTION), HeaderRow.SEARCH_DEPTH);
        List<ActionRow> out = new ArrayList<>();
        if (h == null) {
            if (!isEmpty(sheet)) {
                findings.add(Finding.warning(new Source(file, sheet.name(), ""), FindingCode.BAD_ACTION, "The "
                        + sheet.name() + " sheet has lost its headings ("
                        + String.join(", ", TemplateLayout.ACTION_HEADINGS) + "), so none of its actions were read "
                        + "and the recovery plans have none from this return. Put the headings back as they were in "
                        + "the template."));
            }
            return out;
        }
        int last = Math.min(sheet.lastRow(), h.row() + ReturnReader.MAX_ROWS);
        for (int r = h.row() + 1; r <= last; r++) {
            SheetRows.SheetRow row = sheet.row(r);
            if (row == null) {
                continue;
            }
            ActionRow a = row(h, row, file, identity, findings);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean isEmpty(SheetRows sheet) {
        for (SheetRows.SheetRow row : sheet.rows()) {
            if (!row.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static ActionRow row(HeaderRow<Column> h, SheetRows.SheetRow row, String file, TemplateIdentity identity,
            List<Finding> findings) {
        String sheet = h.sheet().name();
        int r = row.index();
        Map<Column, Source> at = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            Integer col = h.column(c);
            // a column that is missing is spoken of at the action's cell
            int shown = col != null ? col : h.column(Column.ACTION);
            at.put(c, new Source(file, sheet, CellRef.a1(r, shown)));
        }
        List<Source> filled = new ArrayList<>();
        for (Column c : Column.values()) {
            Integer col = h.column(c);
            if (col != null) {
                CellValue v = row.value(col);
                if (!v.blank() || v.error() != null) {
                    filled.add(at.get(c));
                }
            }
        }
        if (filled.isEmpty()) {
            return null;
        }
        String id = text(row, h.column(Column.ID));
        String action = text(row, h.column(Column.ACTION));
        String lead = text(row, h.column(Column.LEAD));
        Source dateCell = at.get(Column.DATE);
        String rowWords = "row " + (r + 1);
        if (id.isEmpty()) {
            findings.add(Finding.warning(at.get(Column.ID), FindingCode.BAD_ACTION, "The action on " + rowWords
                    + " has no indicator ID, so it is in no recovery plan. Pick the indicator's ID in "
                    + at.get(Column.ID).cell() + "."));
            return new ActionRow(null, filled, dateCell);
        }
        String known = identity == null ? id : identity.indicatorIds().stream().filter(i -> i.equalsIgnoreCase(id))
                .findFirst().orElse(null);
        if (known == null) {
            findings.add(Finding.warning(at.get(Column.ID), FindingCode.BAD_ACTION, "'" + id + "' on " + rowWords
                    + " is not one of this return's indicators (" + String.join(", ", identity.indicatorIds())
                    + "), so the action is in no recovery plan. Pick an ID from the list."));
            return new ActionRow(null, filled, dateCell);
        }
        if (action.isEmpty()) {
            findings.add(Finding.warning(at.get(Column.ACTION), FindingCode.BAD_ACTION, rowWords.substring(0, 1)
                    .toUpperCase(Locale.ROOT) + rowWords.substring(1) + " names " + known + " but gives no action, so "
                    + "nothing from it is in the recovery plan. Type the action in " + at.get(Column.ACTION).cell()
                    + ", or clear the row."));
            return new ActionRow(null, filled, dateCell);
        }
        if (lead.isEmpty()) {
            findings.add(Finding.warning(at.get(Column.LEAD), FindingCode.INCOMPLETE_ACTION, "The action for " + known
                    + " on " + rowWords + " has no lead, so the recovery plan says \"Not given\". Type who leads it in "
                    + at.get(Column.LEAD).cell() + "."));
        }
        LocalDate date = null;
        Integer dateCol = h.column(Column.DATE);
        CellValue v = dateCol == null ? null : row.value(dateCol);
        if (v == null || v.blank() && v.error() == null) {
            findings.add(Finding.warning(dateCell, FindingCode.INCOMPLETE_ACTION, "The action for " + known + " on "
                    + rowWords + " has no completion date, so the recovery plan says \"Not given\". Type the date "
                    + "in " + dateCell.cell() + "."));
        } else {
            date = date(v);
            if (date == null) {
                String typed = v.error() != null ? v.error() : v.text();
                findings.add(Finding.warning(dateCell, FindingCode.INCOMPLETE_ACTION, "The completion date of the "
                        + "action for " + known + " on " + rowWords + ", '" + typed + "', is not a date, so the recovery "
                        + "plan says \"Not given\". Type a date such as 31/03/2022 in " + dateCell.cell() + "."));
            }
        }
        return new ActionRow(new RecoveryAction(known, action, lead, date, at.get(Column.ACTION)), filled, dateCell);
    }

    private static String text(SheetRows.SheetRow row, Integer col) {
        return col == null ? "" : row.text(col);
    }

    /** A date cell, or text that is plainly a date; null for anything else (a bare number is not a date). */
    static LocalDate date(CellValue v) {
        if (v.date() != null) {
            return v.date().toLocalDate();
        }
        if (v.number() != null || v.error() != null) {
            return null;
        }
        for (DateTimeFormatter f : TYPED_DATES) {
            try {
                return LocalDate.parse(v.text().strip(), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
