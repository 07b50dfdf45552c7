package org.perfbook.returns;

import org.perfbook.template.TemplateIdentity;
import org.perfbook.template.TemplateWriter;
import org.perfbook.xlsx.CellReading;
import org.perfbook.model.Numbers;
import org.perfbook.xlsx.CellValues;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import org.perfbook.model.Source;

/**
 * Reads one return (or anything a service sends in its place) into a {@link ReturnFile}. Never
 * throws for a bad file: every problem becomes a {@link Finding} so one bad return never stops the
 * others. Opens each file once, from the file (pitfall R1), read-only, without an evaluator; macros
 * in an {@code .xlsm} are never run.
 */
public final class ReturnReader {

    /** How far down the header row may be. */
    static final int HEADER_SEARCH_ROWS = 50;

    static final String CORRUPT_MESSAGE = "This file could not be opened as a spreadsheet. It may be damaged or "
            + "not an Excel file: save it again from Excel as .xlsx.";

    private static final Row.MissingCellPolicy POLICY = Row.MissingCellPolicy.RETURN_BLANK_AS_NULL;

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

    /** Missing, these lose data without stopping the read: a warning each. */
    private static final List<Column> WARN_IF_MISSING =
            List.of(Column.BREAKDOWN, Column.NUMERATOR, Column.DENOMINATOR, Column.COMMENTARY, Column.DATA_NOTE);

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

        Reading(Path file, String name) {
            this.file = file;
            this.name = name;
        }

        ReturnFile run() {
            String base = file.getFileName() == null ? "" : file.getFileName().toString();
            if (base.startsWith("~$")) {
                return fail(Finding.warning(Source.of(name), "lock-file", "This is a lock file that Excel leaves "
                        + "while a workbook is open, not a return. Close the workbook in Excel and send the "
                        + "workbook itself."));
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                return fail(Finding.error(Source.of(name), "unreadable-file", "This file could not be read: it may "
                        + "have been moved or deleted, or you may not have permission to open it."));
            }
            FileMagic magic;
            try {
                if (Files.size(file) == 0) {
                    return fail(corrupt());
                }
                try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                    magic = FileMagic.valueOf(in);
                }
            } catch (IOException | RuntimeException e) {
                return fail(corrupt());
            }
            if (magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3 || magic == FileMagic.BIFF4) {
                return fail(oldFormat());
            }
            // OOXML is .xlsx/.xlsm; OLE2 is an old .xls or an encrypted workbook. Anything else is not ours.
            if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
                return fail(corrupt());
            }
            Workbook wb;
            try {
                wb = WorkbookFactory.create(file.toFile(), null, true);
            } catch (EncryptedDocumentException e) {
                return fail(Finding.error(Source.of(name), "password-protected", "This file has a password, so "
                        + "perfbook cannot open it. Open it in Excel, save a copy without the password "
                        + "(File, Info, Protect Workbook, Encrypt with Password, and clear the password) and "
                        + "send that copy."));
            } catch (OldExcelFormatException e) {
                return fail(oldFormat());
            } catch (IOException | RuntimeException e) {
                return fail(corrupt());
            }
            try {
                return readWorkbook(wb);
            } catch (RuntimeException e) {
                // Damage deep inside a workbook that opened: report it rather than stop the run.
                findings.add(corrupt());
                return new ReturnFile(file, name, null, "", "", List.of(), findings, false);
            } finally {
                close(wb);
            }
        }

        /** Opened read-only, so closing writes nothing; a failure to close must not lose what was read. */
        private static void close(Workbook wb) {
            try {
                wb.close();
            } catch (IOException | RuntimeException e) {
                // nothing to save and nothing the service can do about it
            }
        }

        private ReturnFile fail(Finding f) {
            findings.add(f);
            return new ReturnFile(file, name, null, "", "", List.of(), findings, false);
        }

        /** Excel 5/95 and earlier: readable by Excel, not by perfbook. */
        private Finding oldFormat() {
            return Finding.error(Source.of(name), "corrupt-file", "This file is in a very old Excel format that "
                    + "perfbook cannot read: open it in Excel and save it as .xlsx.");
        }

        private Finding corrupt() {
            return Finding.error(Source.of(name), "corrupt-file", CORRUPT_MESSAGE);
        }

        private ReturnFile readWorkbook(Workbook wb) {
            TemplateIdentity identity = identity(wb);
            Header header = null;
            Sheet sheet = wb.getSheet(TemplateWriter.RETURN_SHEET);
            if (sheet != null) {
                header = findHeader(sheet);
            }
            if (header == null) {
                for (int i = 0; i < wb.getNumberOfSheets() && header == null; i++) {
                    Sheet s = wb.getSheetAt(i);
                    if (s == sheet || wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)
                            || s.getSheetName().equalsIgnoreCase(TemplateIdentity.SHEET)) {
                        continue;
                    }
                    header = findHeader(s);
                }
            }
            if (header == null) {
                findings.add(Finding.error(Source.of(name), "not-a-return", "This does not look like a perfbook "
                        + "return: no row with the headings ID and Value was found in the first "
                        + HEADER_SEARCH_ROWS + " rows of any sheet. Fill in the template the BI team sent, or ask "
                        + "them for a new one."));
                return new ReturnFile(file, name, identity, "", "", List.of(), findings, false);
            }
            String sheetName = header.sheet.getSheetName();
            for (Column c : WARN_IF_MISSING) {
                if (!header.columns.containsKey(c)) {
                    findings.add(Finding.warning(new Source(name, sheetName, CellRef.a1(header.row,
                            header.columns.get(Column.ID))), "missing-column", "The heading row has no '"
                            + c.heading() + "' column, so nothing was read for it. Put the column back as it was in "
                            + "the template, or ask the BI team for a new template."));
                }
            }
            Merges merges = new Merges(header.sheet);
            String contact = contact(header, merges);
            List<ReturnRow> rows = rows(header, merges);
            return new ReturnFile(file, name, identity, sheetName, contact, rows, findings, true);
        }

        // ------------------------------------------------------------ identity

        private TemplateIdentity identity(Workbook wb) {
            Map<String, String> entries = new LinkedHashMap<>();
            Source where = Source.of(name);
            if (wb instanceof XSSFWorkbook x) {
                customProperties(x, entries);
            }
            if (entries.isEmpty()) {
                Sheet s = wb.getSheet(TemplateIdentity.SHEET);
                if (s != null) {
                    where = new Source(name, s.getSheetName(), "");
                    for (Row row : s) {
                        String key = CellValues.strip(CellValues.format(row.getCell(0, POLICY)));
                        if (key.startsWith("perfbook.") && !entries.containsKey(key)) {
                            entries.put(key, CellValues.strip(CellValues.format(row.getCell(1, POLICY))));
                        }
                    }
                }
            }
            return entries.isEmpty() ? null : parseIdentity(entries, where);
        }

        private static void customProperties(XSSFWorkbook wb, Map<String, String> entries) {
            POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
            for (String key : List.of(TemplateIdentity.KEY_FORMAT, TemplateIdentity.KEY_SERVICE,
                    TemplateIdentity.KEY_PERIOD, TemplateIdentity.KEY_INDICATORS)) {
                CTProperty p = custom.getProperty(key);
                String v = p == null ? null : propertyText(p);
                if (v != null) {
                    entries.put(key, v.strip());
                }
            }
        }

        /** A property as text whatever type another program saved it with. */
        private static String propertyText(CTProperty p) {
            if (p.isSetLpwstr()) {
                return p.getLpwstr();
            }
            if (p.isSetLpstr()) {
                return p.getLpstr();
            }
            if (p.isSetI4()) {
                return Integer.toString(p.getI4());
            }
            if (p.isSetI8()) {
                return Long.toString(p.getI8());
            }
            if (p.isSetR8()) {
                return Numbers.plain(p.getR8());
            }
            if (p.isSetBool()) {
                return Boolean.toString(p.getBool());
            }
            return null;
        }

        private TemplateIdentity parseIdentity(Map<String, String> e, Source where) {
            String format = e.get(TemplateIdentity.KEY_FORMAT);
            Integer version = formatVersion(format);
            if (version == null) {
                findings.add(Finding.error(where, "unknown-format", format == null || format.isEmpty()
                        ? "The template's hidden details have no format version, so perfbook cannot tell which "
                                + "template this is. Ask the BI team for a new template."
                        : "The template's hidden details give the format version '" + format + "', which is not a "
                                + "number. Ask the BI team for a new template."));
                return null;
            }
            String periodText = e.getOrDefault(TemplateIdentity.KEY_PERIOD, "");
            Period period = Period.tryParse(periodText).orElse(null);
            if (period == null) {
                findings.add(Finding.error(where, "bad-identity", "The template's hidden details give the period '"
                        + periodText + "', which is not a period. Ask the BI team for a new template."));
                return null;
            }
            List<String> ids = Arrays.stream(e.getOrDefault(TemplateIdentity.KEY_INDICATORS, "").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            return new TemplateIdentity(version, e.getOrDefault(TemplateIdentity.KEY_SERVICE, ""), period, ids);
        }

        // ------------------------------------------------------------ header

        /** The heading row: its index and where each known column is. */
        private record Header(Sheet sheet, int row, Map<Column, Integer> columns) {
        }

        private static Header findHeader(Sheet sheet) {
            int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
            for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<Column, Integer> cols = new HashMap<>();
                for (Cell c : row) {
                    String label = label(CellValues.format(c));
                    for (Column col : Column.values()) {
                        if (col.labels.contains(label)) {
                            cols.putIfAbsent(col, c.getColumnIndex());
                        }
                    }
                }
                if (cols.containsKey(Column.ID) && cols.containsKey(Column.VALUE)) {
                    return new Header(sheet, r, cols);
                }
            }
            return null;
        }

        /** "  Value* " and "Value:" are "value". */
        static String label(String text) {
            String t = CellValues.strip(text).replaceAll("[\\s\u00A0]+", " ");
            while (!t.isEmpty() && (t.endsWith("*") || t.endsWith(":"))) {
                t = CellValues.strip(t.substring(0, t.length() - 1));
            }
            return t.toLowerCase(Locale.ROOT);
        }

        private String contact(Header h, Merges merges) {
            for (int r = 0; r < h.row; r++) {
                Row row = h.sheet.getRow(r);
                if (row == null && merges.isEmpty()) {
                    continue;
                }
                if (row == null) {
                    continue;
                }
                for (Cell c : row) {
                    String l = label(CellValues.format(c));
                    if (l.equals("contact") || l.equals("contact details")) {
                        // The cell to the right, past any merge the label is part of.
                        int col = c.getColumnIndex();
                        CellRangeAddress m = merges.regionAt(r, col);
                        int right = (m == null ? col : m.getLastColumn()) + 1;
                        return CellValues.strip(CellValues.format(merges.cell(h.sheet, r, right)));
                    }
                }
            }
            return "";
        }

        // ------------------------------------------------------------ rows

        private List<ReturnRow> rows(Header h, Merges merges) {
            String sheetName = h.sheet.getSheetName();
            Map<Column, Integer> cols = h.columns;
            int idCol = cols.get(Column.ID);
            List<ReturnRow> out = new ArrayList<>();
            for (int r = h.row + 1; r <= h.sheet.getLastRowNum(); r++) {
                Row row = h.sheet.getRow(r);
                if (row == null && merges.isEmpty()) {
                    continue;
                }
                // A row with no cells may still sit inside a merged region that carries values down.
                Map<Column, Cell> cells = new LinkedHashMap<>();
                for (Map.Entry<Column, Integer> e : cols.entrySet()) {
                    Cell c = merges.cell(h.sheet, r, e.getValue());
                    if (c != null && !CellValues.strip(CellValues.format(c)).isEmpty()) {
                        cells.put(e.getKey(), c);
                    } else if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        cells.put(e.getKey(), c); // a formula without a saved result still holds something
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                String idCell = CellRef.a1(r, idCol);
                Source at = new Source(name, sheetName, idCell);
                String id = CellValues.strip(CellValues.format(cells.get(Column.ID)));
                boolean figures = cells.containsKey(Column.NUMERATOR) || cells.containsKey(Column.DENOMINATOR)
                        || cells.containsKey(Column.VALUE);
                if (id.isEmpty()) {
                    if (figures) {
                        findings.add(Finding.warning(at, "row-without-id", "This row has figures but no indicator "
                                + "ID, so it was not read. Type the ID in " + idCell + ", or delete the row if it is "
                                + "not needed."));
                    } else {
                        findings.add(Finding.warning(at, "text-without-id", "The text on row " + (r + 1)
                                + " is not on an indicator's row, so it was not read. Put it in the Commentary or "
                                + "Data note of the indicator it is about."));
                    }
                    continue;
                }
                if (row != null && row.getZeroHeight()) {
                    findings.add(Finding.warning(at, "hidden-row", "Row " + (r + 1) + " (" + id + ") is hidden. "
                            + "Its figures were read; unhide it so that everyone can see them."));
                }
                out.add(new ReturnRow(
                        id,
                        text(cells.get(Column.BREAKDOWN)),
                        at,
                        reading(h, merges, r, Column.NUMERATOR),
                        reading(h, merges, r, Column.DENOMINATOR),
                        reading(h, merges, r, Column.VALUE),
                        text(cells.get(Column.COMMENTARY)),
                        text(cells.get(Column.DATA_NOTE))));
            }
            return out;
        }

        private CellReading reading(Header h, Merges merges, int r, Column column) {
            Integer col = h.columns.get(column);
            if (col == null) {
                return null;
            }
            Cell c = merges.cell(h.sheet, r, col);
            // A merged value is sourced where it actually sits: its region's top-left cell.
            int row = c == null ? r : c.getRowIndex();
            int cc = c == null ? col : c.getColumnIndex();
            return CellValues.read(c, name, h.sheet.getSheetName(), row, cc);
        }

        private static String text(Cell c) {
            return c == null ? "" : CellValues.strip(CellValues.format(c));
        }
    }

    /** "1" and "1.0" (a spreadsheet may turn the text into a number) are 1; anything else is null. */
    static Integer formatVersion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException ex) {
            return null;
        }
    }

    /**
     * The sheet's merged regions, indexed by cell, so a value in a merged region is read
     * from its top-left cell (pitfall R11) without scanning every region for every cell.
     */
    static final class Merges {
        private final Map<Long, CellRangeAddress> byCell = new HashMap<>();

        Merges(Sheet sheet) {
            int lastRow = sheet.getLastRowNum();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                // Cap the area indexed: a merge over a whole column would otherwise cost a million entries.
                int to = Math.min(m.getLastRow(), lastRow);
                int right = Math.min(m.getLastColumn(), m.getFirstColumn() + 255);
                for (int r = m.getFirstRow(); r <= to; r++) {
                    for (int c = m.getFirstColumn(); c <= right; c++) {
                        byCell.put(key(r, c), m);
                    }
                }
            }
        }

        private static long key(int r, int c) {
            return ((long) r << 20) | c;
        }

        boolean isEmpty() {
            return byCell.isEmpty();
        }

        CellRangeAddress regionAt(int r, int c) {
            return byCell.get(key(r, c));
        }

        /** The cell holding the value shown at (r, c): the merge's top-left cell, or the cell itself. */
        Cell cell(Sheet sheet, int r, int c) {
            if (c < 0) {
                return null;
            }
            CellRangeAddress m = byCell.get(key(r, c));
            int row = m == null ? r : m.getFirstRow();
            int col = m == null ? c : m.getFirstColumn();
            Row x = sheet.getRow(row);
            return x == null ? null : x.getCell(col, POLICY);
        }
    }
}
