package org.perfbook.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.perfbook.calc.Estimate;
import org.perfbook.model.Catalogue;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Source;

/**
 * Reads the history workbook: figures from before perfbook (published outturns), one tidy row
 * each, on a sheet named {@code History} with the headings ID, Period, Breakdown, Value, Numerator,
 * Denominator and Note.
 */
public final class HistoryReader {

    public static final String SHEET = "History";
    public static final List<String> HEADINGS =
            List.of("ID", "Period", "Breakdown", "Value", "Numerator", "Denominator", "Note");

    public record Result(List<Observation> observations, List<Finding> findings) {
    }

    private HistoryReader() {
    }

    public static Result read(Path file, Catalogue catalogue) {
        String name = ReturnsFolder.display(file);
        List<Observation> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new Result(out, findings);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                findings.add(Finding.error(Source.of(name), "missing-sheet",
                        "The history workbook has no sheet named '" + SHEET + "'."));
                return new Result(out, findings);
            }
            DataFormatter fmt = new DataFormatter(Locale.UK);
            Map<String, Integer> col = new HashMap<>();
            int headerRow = -1;
            for (Row r : sheet) {
                for (Cell c : r) {
                    String label = fmt.formatCellValue(c).strip().toLowerCase(Locale.ROOT);
                    for (String h : HEADINGS) {
                        if (label.equals(h.toLowerCase(Locale.ROOT))) {
                            col.put(h, c.getColumnIndex());
                        }
                    }
                }
                if (col.containsKey("ID")) {
                    headerRow = r.getRowNum();
                    break;
                }
            }
            for (String required : List.of("ID", "Period", "Value")) {
                if (!col.containsKey(required)) {
                    findings.add(Finding.error(new Source(name, SHEET, ""), "missing-column",
                            "The history sheet has no '" + required + "' column."));
                }
            }
            if (!findings.isEmpty()) {
                return new Result(out, findings);
            }
            for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null) {
                    continue;
                }
                String id = text(r, col.get("ID"), fmt);
                String periodText = text(r, col.get("Period"), fmt);
                if (id.isEmpty() && periodText.isEmpty()) {
                    continue;
                }
                Source at = new Source(name, SHEET, CellRef.a1(i, col.get("ID")));
                var ind = catalogue.indicator(id);
                if (ind.isEmpty()) {
                    findings.add(Finding.error(at, "unknown-indicator", "'" + id + "' is not an indicator in the catalogue."));
                    continue;
                }
                var period = Period.tryParse(periodText);
                if (period.isEmpty()) {
                    findings.add(Finding.error(new Source(name, SHEET, CellRef.a1(i, col.get("Period"))), "bad-period",
                            "'" + periodText + "' is not a period: use e.g. 2019/20 or 2019/20 Q3."));
                    continue;
                }
                Double value = number(r, col.get("Value"));
                Double n = number(r, col.get("Numerator"));
                Double d = number(r, col.get("Denominator"));
                Indicator indicator = ind.get();
                if (value == null) {
                    value = Estimate.of(indicator, n, d).map(Estimate::value).orElse(null);
                }
                Source valueAt = new Source(name, SHEET, CellRef.a1(i, col.get("Value")));
                if (value == null) {
                    findings.add(Finding.error(valueAt, "missing-figure", "No value for " + id + " " + periodText + "."));
                    continue;
                }
                String breakdown = col.containsKey("Breakdown") ? text(r, col.get("Breakdown"), fmt) : "";
                String note = col.containsKey("Note") ? text(r, col.get("Note"), fmt) : "";
                out.add(new Observation(indicator.id(), period.get(), breakdown, value, n, d, note, valueAt));
            }
        } catch (EncryptedDocumentException e) {
            findings.add(Finding.error(Source.of(name), "password-protected",
                    "The history workbook is password-protected; save a copy without the password."));
        } catch (java.io.IOException | RuntimeException e) {
            findings.add(Finding.error(Source.of(name), "corrupt-file",
                    "The history workbook could not be opened as a spreadsheet (" + e.getMessage() + ")."));
        }
        return new Result(out, findings);
    }

    private static String text(Row r, Integer c, DataFormatter fmt) {
        if (c == null) {
            return "";
        }
        Cell cell = r.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        return cell == null ? "" : fmt.formatCellValue(cell).replace('\u00A0', ' ').strip();
    }

    private static Double number(Row r, Integer c) {
        if (c == null) {
            return null;
        }
        Cell cell = r.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> org.perfbook.model.Numbers.parsePlain(cell.getStringCellValue()).isPresent()
                    ? org.perfbook.model.Numbers.parsePlain(cell.getStringCellValue()).getAsDouble() : null;
            default -> null;
        };
    }
}
