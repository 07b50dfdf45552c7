package org.perfbook.stats;

import org.perfbook.files.SafeFiles;
import org.perfbook.model.Numbers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfbook.xlsx.CellValue;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Streaming;
import org.perfbook.xlsx.Workbooks;

/** Reads and writes tables as CSV or as the first sheet of a workbook, chosen by file extension. */
public final class Tables {

    private Tables() {
    }

    public static boolean isWorkbook(Path file) {
        return Workbooks.isSpreadsheetName(file.getFileName().toString());
    }

    public static Table read(Path file) throws TableFormatException {
        if (!Files.isRegularFile(file)) {
            throw new TableFormatException(file + ": no such file");
        }
        return isWorkbook(file) ? readWorkbook(file) : readCsv(file);
    }

    private static Table readCsv(Path file) throws TableFormatException {
        try (java.io.InputStream in = BOMInputStream.builder().setPath(file).get()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                    .parse(new java.io.StringReader(text))) {
                List<String> header = null;
                List<List<Object>> rows = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                int line = 1;
                int scanned = 0;
                for (CSVRecord r : parser) {
                    List<Object> cells = new ArrayList<>(r.size());
                    for (String v : r) {
                        cells.add(v.isEmpty() ? null : v);
                    }
                    if (header == null) {
                        header = cells.stream().map(c -> c == null ? "" : c.toString()).toList();
                    } else {
                        // the line a record starts on, for notes that point at it; its position is
                        // before any blank lines skipped on the way to it
                        int start = (int) Math.min(r.getCharacterPosition(), text.length());
                        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                            start++;
                        }
                        for (; scanned < start; scanned++) {
                            if (text.charAt(scanned) == '\n') {
                                line++;
                            }
                        }
                        rows.add(cells);
                        lines.add(line);
                    }
                }
                if (header == null) {
                    throw new TableFormatException(file + ": the file is empty; it needs a header row");
                }
                return new Table(header, rows, lines);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TableFormatException(file + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
    }

    private static Table readWorkbook(Path file) throws TableFormatException {
        try (Workbooks.Opened opened = Workbooks.open(file, file.toString())) {
            if (!opened.isOpen()) {
                throw new TableFormatException(file + ": " + opened.problem().message());
            }
            if (opened.sheetCount() == 0) {
                throw new TableFormatException(file + ": the workbook has no sheets");
            }
            SheetRows sheet = opened.sheet(0);
            HeaderRow<String> first = HeaderRow.first(sheet, Map.of());
            if (first == null) {
                throw new TableFormatException(file + ": the first sheet '" + sheet.name()
                        + "' is empty; it needs a header row");
            }
            List<String> header = null;
            List<List<Object>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (SheetRows.SheetRow row : sheet.rows(first.row())) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.width(); c++) {
                    cells.add(value(row.value(c)));
                }
                if (cells.stream().allMatch(v -> v == null)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(v -> v == null ? "" : text(v)).toList();
                } else {
                    rows.add(cells);
                    numbers.add(row.index() + 1);
                }
            }
            return new Table(header, rows, numbers);
        } catch (RuntimeException e) {
            // POI parses some parts lazily, so a damaged file can still fail here.
            throw new TableFormatException(file + ": " + Workbooks.CORRUPT_MESSAGE, e);
        }
    }

    /**
     * What a table read from a workbook holds where a formula was saved without its result: said in the
     * output rather than left blank or read as 0.
     */
    public static final String NO_RESULT = CellValue.NO_RESULT;

    /** A number stays a number (at full precision, whatever its format); anything else is its text. */
    private static Object value(CellValue v) {
        if (v.error() != null) {
            return v.error().equals(CellValue.NO_RESULT) ? NO_RESULT : v.error();
        }
        if (v.number() != null) {
            return v.number();
        }
        return v.text().isEmpty() ? null : v.text();
    }

    /** A cell as text; numbers at full precision without a trailing ".0". */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            return Numbers.plain(d);
        }
        return cell.toString();
    }

    /** Writes CSV to {@code out}, which is left open. */
    public static void writeCsv(Table table, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(table.header());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(table.header().size());
            for (int i = 0; i < table.header().size(); i++) {
                cells.add(text(Table.cell(row, i)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /**
     * Writes the table to {@code file} (CSV or workbook by extension) through a temporary file
     * in the same folder, so a failure never leaves half a file.
     */
    public static void write(Table table, Path file) throws IOException {
        SafeFiles.write(file, out -> {
            if (isWorkbook(file)) {
                writeWorkbook(table, out);
            } else {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                writeCsv(table, writer);
                writer.flush();
            }
        });
    }

    private static void writeWorkbook(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook wb = Streaming.newWorkbook(200, false, true);
        try {
            Sheet sheet = wb.createSheet("Statistics");
            var bold = wb.createFont();
            bold.setBold(true);
            var headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            Row h = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(table.header().get(i));
                c.setCellStyle(headerStyle);
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                Row xr = sheet.createRow(r++);
                for (int i = 0; i < table.header().size(); i++) {
                    Object v = Table.cell(row, i);
                    if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                        xr.createCell(i).setCellValue(d);
                    } else if (v != null) {
                        xr.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            Streaming.write(wb, out);
        } finally {
            wb.close();
        }
    }
}
