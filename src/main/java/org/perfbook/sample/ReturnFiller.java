package org.perfbook.sample;

import org.perfbook.files.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Numbers;

/** Types figures into a return template's input cells, as a service would. */
final class ReturnFiller {

    private ReturnFiller() {
    }

    /**
     * @param figures the figures for this template's period; rows not found in the template are an error
     *                in the sample itself
     */
    static void fill(Path template, List<SampleData.Figure> figures, String contact) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(template)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheet("Return");
            DataFormatter fmt = new DataFormatter(Locale.UK);
            Map<String, Integer> col = new HashMap<>();
            int header = -1;
            for (Row r : sheet) {
                Map<String, Integer> found = new HashMap<>();
                for (Cell c : r) {
                    found.put(fmt.formatCellValue(c).strip().toLowerCase(Locale.ROOT), c.getColumnIndex());
                }
                if (found.containsKey("id") && found.containsKey("value")) {
                    col = found;
                    header = r.getRowNum();
                    break;
                }
                if (found.containsKey("contact")) {
                    int c = found.get("contact") + 1;
                    r.createCell(c).setCellValue(contact);
                }
            }
            if (header < 0) {
                throw new IllegalStateException(template + " has no header row");
            }
            Map<String, Row> rows = new HashMap<>();
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r != null) {
                    rows.put(key(text(r, col.get("id"), fmt), text(r, col.get("breakdown"), fmt)), r);
                }
            }
            for (SampleData.Figure f : figures) {
                Row r = rows.get(key(f.indicatorId(), f.breakdown()));
                if (r == null) {
                    throw new IllegalStateException(template + " has no row for " + f.indicatorId() + " " + f.breakdown());
                }
                put(r, col.get("numerator"), f.numerator());
                put(r, col.get("denominator"), f.denominator());
                put(r, col.get("value"), f.value());
                put(r, col.get("commentary"), f.commentary());
            }
            SafeFiles.write(template, wb::write);
        }
    }

    private static String key(String id, String breakdown) {
        return id.strip().toUpperCase(Locale.ROOT) + "|" + (breakdown == null ? "" : breakdown.strip().toLowerCase(Locale.ROOT));
    }

    private static String text(Row r, Integer c, DataFormatter fmt) {
        if (c == null || r.getCell(c) == null) {
            return "";
        }
        return fmt.formatCellValue(r.getCell(c));
    }

    /** A plain number goes in as a number; anything else as the text a person typed. */
    private static void put(Row r, Integer c, String typed) {
        if (c == null || typed == null || typed.isEmpty()) {
            return;
        }
        Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
        OptionalDouble n = typed.matches("-?\\d+(\\.\\d+)?") ? Numbers.parsePlain(typed) : OptionalDouble.empty();
        if (n.isPresent()) {
            cell.setCellValue(n.getAsDouble());
        } else {
            cell.setCellValue(typed);
        }
    }
}
