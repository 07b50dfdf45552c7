package org.perfbook.stats;

import org.perfbook.files.SafeFiles;
import org.perfbook.model.Numbers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Reads and writes tables as CSV or as the first sheet of a workbook, chosen by file extension. */
public final class Tables {

    private Tables() {
    }

    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    public static Table read(Path file) throws TableFormatException {
        if (!Files.isRegularFile(file)) {
            throw new TableFormatException(file + ": no such file");
        }
        return isWorkbook(file) ? readWorkbook(file) : readCsv(file);
    }

    private static Table readCsv(Path file) throws TableFormatException {
        try (Reader reader = new java.io.InputStreamReader(
                BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = null;
            List<List<Object>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                List<Object> cells = new ArrayList<>(r.size());
                for (String v : r) {
                    cells.add(v.isEmpty() ? null : v);
                }
                if (header == null) {
                    header = cells.stream().map(c -> c == null ? "" : c.toString()).toList();
                } else {
                    rows.add(cells);
                }
            }
            if (header == null) {
                throw new TableFormatException(file + ": the file is empty; it needs a header row");
            }
            return new Table(header, rows);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TableFormatException(file + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
    }

    private static Table readWorkbook(Path file) throws TableFormatException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new TableFormatException(file + ": the workbook has no sheets");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.UK);
            List<String> header = null;
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(value(row.getCell(c), formatter));
                }
                if (cells.stream().allMatch(v -> v == null)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(v -> v == null ? "" : text(v)).toList();
                } else {
                    rows.add(cells);
                }
            }
            if (header == null) {
                throw new TableFormatException(file + ": the first sheet '" + sheet.getSheetName()
                        + "' is empty; it needs a header row");
            }
            return new Table(header, rows);
        } catch (EncryptedDocumentException e) {
            throw new TableFormatException(file + ": the workbook is password-protected; save it without a password", e);
        } catch (IOException | RuntimeException e) {
            throw new TableFormatException(file + ": cannot be read as a workbook (" + e.getMessage() + ")", e);
        }
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : (Object) cell.getNumericCellValue();
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s.isEmpty() ? null : s;
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
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
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true);
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
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
