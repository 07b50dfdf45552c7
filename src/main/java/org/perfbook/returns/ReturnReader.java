package org.perfbook.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Source;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.template.TemplateLayout;
import org.perfbook.xlsx.CellReading;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.Merges;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Workbooks;

/**
 * Reads one return (or anything a service sends in its place) into a {@link ReturnFile}. Never
 * throws for a bad file: every problem becomes a {@link Finding} so one bad return never stops the
 * others. Each file is opened once, through {@link Workbooks}.
 */
public final class ReturnReader {

    /** Column roles and the heading labels (normalised) that name them; the first label is the template's. */
    enum Column {
        ID("id"),
        INDICATOR("indicator"),
        BREAKDOWN("breakdown"),
        NUMERATOR("numerator"),
        DENOMINATOR("denominator"),
        VALUE("value"),
        COMMENTARY("commentary", "comments", "comment"),
        DATA_NOTE("data note", "data notes");

        final List<String> labels;

        Column(String... labels) {
            this.labels = List.of(labels);
        }

        String heading() {
            String l = labels.get(0);
            return Character.toUpperCase(l.charAt(0)) + l.substring(1);
        }
    }

    private static final Map<Column, List<String>> LABELS = labels();

    private static Map<Column, List<String>> labels() {
        Map<Column, List<String>> m = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            m.put(c, c.labels);
        }
        return m;
    }

    /** Missing, these lose data without stopping the read: a warning each. */
    private static final List<Column> WARN_IF_MISSING =
            List.of(Column.BREAKDOWN, Column.NUMERATOR, Column.DENOMINATOR, Column.COMMENTARY, Column.DATA_NOTE);

    /** Rows below the heading row a return may have: a real one has a few hundred at most. */
    public static final int MAX_ROWS = 5_000;
    /** Excel's limit on the text of one cell, so the most the book can show of a commentary. */
    public static final int MAX_TEXT = 32_767;

    private ReturnReader() {
    }

    /**
     * Reads {@code file}; {@code name} is how findings name it (relative to the folder the user gave).
     */
    public static ReturnFile read(Path file, String name) {
        java.util.Objects.requireNonNull(file, "file");
        String shown = name == null || name.isBlank() ? String.valueOf(file.getFileName()) : name;
        return new ReturnReader.Reading(file, shown).run();
    }

    /** One file's read; collects findings as it goes. */
    private static final class Reading {
        private final Path file;
        private final String name;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<Merges.Region> mergedReported = new HashSet<>();

        Reading(Path file, String name) {
            this.file = file;
            this.name = name;
        }

        ReturnFile run() {
            try (Workbooks.Opened opened = Workbooks.openStreamed(file, name)) {
                if (!opened.isOpen()) {
                    return fail(opened.finding());
                }
                try {
                    return readWorkbook(opened);
                } catch (RuntimeException e) {
                    // Damage deep inside a workbook that opened: report it rather than stop the run.
                    findings.add(Workbooks.damaged(name));
                    return new ReturnFile(file, name, null, "", "", List.of(), findings, false);
                }
            }
        }

        private ReturnFile fail(Finding f) {
            findings.add(f);
            return new ReturnFile(file, name, null, "", "", List.of(), findings, false);
        }

        /** The time the workbook records; a file saved by a tool that records none has the file's time. */
        private Instant savedAt(Workbooks.Opened wb) {
            Instant saved = wb.savedAt();
            if (saved != null) {
                return saved;
            }
            try {
                return Files.getLastModifiedTime(file).toInstant();
            } catch (IOException e) {
                return null;
            }
        }

        private ReturnFile readWorkbook(Workbooks.Opened wb) {
            TemplateIdentity.Read read = TemplateIdentity.read(wb, name);
            findings.addAll(read.findings());
            TemplateIdentity identity = read.identity();
            HeaderRow<Column> header = null;
            SheetRows sheet = wb.sheet(TemplateLayout.RETURN_SHEET);
            if (sheet != null) {
                header = findHeader(sheet);
            }
            for (int i = 0; i < wb.sheetCount() && header == null; i++) {
                SheetRows s = wb.sheet(i);
                if (s.hidden() || s.name().equals(sheet == null ? null : sheet.name())
                        || s.name().equalsIgnoreCase(TemplateIdentity.SHEET)) {
                    continue;
                }
                header = findHeader(s);
            }
            if (header == null) {
                findings.add(Finding.error(Source.of(name), FindingCode.NOT_A_RETURN, "This does not look like a perfbook "
                        + "return: no row with the headings ID and Value was found in the first "
                        + HeaderRow.SEARCH_DEPTH + " rows of any sheet. Fill in the template the BI team sent, or ask "
                        + "them for a new one."));
                return new ReturnFile(file, name, identity, "", "", List.of(), findings, false);
            }
            String sheetName = header.sheet().name();
            for (Column c : WARN_IF_MISSING) {
                if (header.column(c) == null) {
                    findings.add(Finding.warning(new Source(name, sheetName, CellRef.a1(header.row(),
                            header.column(Column.ID))), FindingCode.MISSING_COLUMN, "The heading row has no '"
                            + c.heading() + "' column, so nothing was read for it. Put the column back as it was in "
                            + "the template, or ask the BI team for a new template."));
                }
            }
            String contact = contact(header);
            List<ReturnRow> rows = rows(header);
            SheetRows actionsSheet = wb.sheet(TemplateLayout.ACTIONS_SHEET);
            List<ActionRow> actions = actionsSheet == null || actionsSheet.name().equals(sheetName) ? List.of()
                    : ActionsReading.read(actionsSheet, name, identity, findings);
            return new ReturnFile(file, name, identity, sheetName, contact, rows, findings, true, savedAt(wb), actions,
                    actionsSheet != null && !actionsSheet.name().equals(sheetName));
        }

        // ------------------------------------------------------------ header

        private static HeaderRow<Column> findHeader(SheetRows sheet) {
            return HeaderRow.find(sheet, LABELS, List.of(Column.ID, Column.VALUE), HeaderRow.SEARCH_DEPTH);
        }

        private String contact(HeaderRow<Column> h) {
            SheetRows sheet = h.sheet();
            for (SheetRows.SheetRow row : sheet.rows()) {
                if (row.index() >= h.row()) {
                    break;
                }
                for (int col : row.columns()) {
                    String l = HeaderRow.normalise(row.text(col));
                    if (l.equals("contact") || l.equals("contact details")) {
                        // The cell to the right, past any merge the label is part of.
                        Merges.Region m = sheet.merges().regionAt(row.index(), col);
                        int right = (m == null ? col : m.lastColumn()) + 1;
                        return sheet.shownText(row.index(), right);
                    }
                }
            }
            return "";
        }

        // ------------------------------------------------------------ rows

        private List<ReturnRow> rows(HeaderRow<Column> h) {
            SheetRows sheet = h.sheet();
            String sheetName = sheet.name();
            Map<Column, Integer> cols = h.columns();
            int idCol = cols.get(Column.ID);
            boolean noMerges = sheet.merges().isEmpty();
            List<ReturnRow> out = new ArrayList<>();
            int last = sheet.lastRow();
            if (last > h.row() + MAX_ROWS) {
                int first = h.row() + MAX_ROWS + 1;
                findings.add(Finding.error(new Source(name, sheetName, CellRef.a1(first, idCol)), FindingCode.TOO_LARGE,
                        "This sheet goes down to row " + String.format("%,d", last + 1) + ", far more than a return has, "
                                + "so only the " + String.format("%,d", MAX_ROWS) + " rows under the headings were read; "
                                + "nothing from row " + String.format("%,d", first + 1) + " down is in the book. Delete "
                                + "the rows below the indicators (or ask the BI team for a new template)."));
                last = h.row() + MAX_ROWS;
            }
            for (int r = h.row() + 1; r <= last; r++) {
                SheetRows.SheetRow row = sheet.row(r);
                if (row == null && noMerges) {
                    continue;
                }
                if (!noMerges && row != null) {
                    hiddenUnderMerge(sheet, row, cols);
                }
                // A row with no cells may still sit inside a merged region that carries values down.
                Map<Column, String> cells = new LinkedHashMap<>();
                for (Map.Entry<Column, Integer> e : cols.entrySet()) {
                    String text = sheet.shownText(r, e.getValue());
                    if (!text.isEmpty() || sheet.shownFormula(r, e.getValue())) {
                        // a formula without a saved result still holds something
                        cells.put(e.getKey(), text);
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                String idCell = CellRef.a1(r, idCol);
                Source at = new Source(name, sheetName, idCell);
                String id = cells.getOrDefault(Column.ID, "");
                boolean figures = cells.containsKey(Column.NUMERATOR) || cells.containsKey(Column.DENOMINATOR)
                        || cells.containsKey(Column.VALUE);
                if (id.isEmpty()) {
                    if (figures) {
                        findings.add(Finding.warning(at, FindingCode.ROW_WITHOUT_ID, "This row has figures but no indicator "
                                + "ID, so it was not read. Type the ID in " + idCell + ", or delete the row if it is "
                                + "not needed."));
                    } else {
                        findings.add(Finding.warning(at, FindingCode.TEXT_WITHOUT_ID, "The text on row " + (r + 1)
                                + " is not on an indicator's row, so it was not read. Put it in the Commentary or "
                                + "Data note of the indicator it is about."));
                    }
                    continue;
                }
                longText(h, r, Column.COMMENTARY, cells);
                longText(h, r, Column.DATA_NOTE, cells);
                if (row != null && row.hidden()) {
                    findings.add(Finding.warning(at, FindingCode.HIDDEN_ROW, "Row " + (r + 1) + " (" + id + ") is hidden. "
                            + "Its figures were read; unhide it so that everyone can see them."));
                }
                out.add(new ReturnRow(
                        id,
                        cells.getOrDefault(Column.BREAKDOWN, ""),
                        at,
                        reading(h, r, Column.NUMERATOR),
                        reading(h, r, Column.DENOMINATOR),
                        reading(h, r, Column.VALUE),
                        cells.getOrDefault(Column.COMMENTARY, ""),
                        cells.getOrDefault(Column.DATA_NOTE, ""),
                        cols.containsKey(Column.BREAKDOWN)
                                ? new Source(name, sheetName, CellRef.a1(r, cols.get(Column.BREAKDOWN))) : at));
            }
            return out;
        }

        /**
         * A cell under a merge, other than its top-left one, is not shown by Excel and so not read: if it
         * holds something, that is typed text or a figure no one can see, and it must not vanish quietly.
         * (Merged figure cells are reported as a range, in {@link #reading}.)
         */
        private void hiddenUnderMerge(SheetRows sheet, SheetRows.SheetRow row, Map<Column, Integer> cols) {
            for (Map.Entry<Column, Integer> e : cols.entrySet()) {
                Column role = e.getKey();
                if (role == Column.NUMERATOR || role == Column.DENOMINATOR || role == Column.VALUE) {
                    continue;
                }
                int c = e.getValue();
                Merges.Region m = sheet.merges().regionAt(row.index(), c);
                if (m == null || (m.firstRow() == row.index() && m.firstColumn() == c) || row.text(c).isEmpty()) {
                    continue;
                }
                String cell = CellRef.a1(row.index(), c);
                String range = CellRef.a1(m.firstRow(), m.firstColumn()) + ":" + CellRef.a1(m.lastRow(), m.lastColumn());
                findings.add(Finding.error(new Source(name, sheet.name(), cell), FindingCode.MERGED_INPUT, "The cell "
                        + cell + " holds '" + shortened(row.text(c)) + "', but it is hidden under the merged cells "
                        + range + ", so it was not read. Unmerge them (Home, Merge & Centre) and put the text in the "
                        + role.labels.get(0) + " of the row it is about."));
            }
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }

        /** Text longer than a cell can hold is kept whole here; the book has to cut it, so say so at its cell. */
        private void longText(HeaderRow<Column> h, int r, Column column, Map<Column, String> cells) {
            String text = cells.get(column);
            if (text == null || text.length() <= MAX_TEXT) {
                return;
            }
            String cell = CellRef.a1(r, h.column(column));
            findings.add(Finding.warning(new Source(name, h.sheet().name(), cell), FindingCode.LONG_TEXT, "The "
                    + column.labels.get(0) + " in " + cell + " is " + String.format("%,d", text.length())
                    + " characters long, more than the " + String.format("%,d", MAX_TEXT) + " a spreadsheet cell holds, "
                    + "so the book shows its beginning and marks it as cut. Shorten it to a few paragraphs and put "
                    + "the detail in a document of its own."));
        }

        private CellReading reading(HeaderRow<Column> h, int r, Column column) {
            Integer col = h.column(column);
            if (col == null) {
                return null;
            }
            Merges.Region m = h.sheet().merges().regionAt(r, col);
            if (m != null && (m.firstRow() != m.lastRow() || m.firstColumn() != m.lastColumn())) {
                // a merged figure cell would lend its number to the next row or column: nothing under it is guessed
                if (mergedReported.add(m)) {
                    String range = CellRef.a1(m.firstRow(), m.firstColumn()) + ":" + CellRef.a1(m.lastRow(), m.lastColumn());
                    findings.add(Finding.error(new Source(name, h.sheet().name(), range), FindingCode.MERGED_INPUT,
                            "The cells " + range + " are merged, so perfbook cannot tell which row or column the figure "
                                    + "belongs to, and none of them is read. Unmerge them (Home, Merge & Centre) and type "
                                    + "each figure in its own cell."));
                }
                return new CellReading(new Source(name, h.sheet().name(), CellRef.a1(r, col)), CellReading.Kind.BLANK,
                        "", null, false);
            }
            return h.sheet().shownReading(name, r, col);
        }
    }
}
