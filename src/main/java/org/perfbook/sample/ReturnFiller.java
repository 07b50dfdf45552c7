package org.perfbook.sample;

import org.perfbook.files.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Numbers;
import org.perfbook.template.TemplateLayout;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;

/** Types figures into a return template's input cells, as a service would. */
final class ReturnFiller {

    private ReturnFiller() {
    }

    /**
     * @param figures the figures for this template's period; rows not found in the template are an error
     *                in the sample itself
     * @param saved   when the service saved it, as Excel records it in the document properties
     */
    static void fill(Path template, List<SampleData.Figure> figures, List<SampleData.Action> actions, String contact,
            Instant saved) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(template)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheet(TemplateLayout.RETURN_SHEET);
            SheetRows rows = SheetRows.of(sheet);
            List<String> anchors = List.of("id", "value");
            HeaderRow<String> header = HeaderRow.find(rows, HeaderRow.labelled(anchors), anchors, HeaderRow.SEARCH_DEPTH);
            if (header == null) {
                throw new IllegalStateException(template + " has no header row");
            }
            Map<String, Integer> col = header.byLabel();
            for (SheetRows.SheetRow r : rows.rows()) {
                if (r.index() >= header.row()) {
                    break;
                }
                for (int c : r.columns()) {
                    if (HeaderRow.normalise(r.text(c)).equals("contact")) {
                        sheet.getRow(r.index()).createCell(c + 1).setCellValue(contact);
                    }
                }
            }
            Map<RowKey, Row> byKey = new HashMap<>();
            for (SheetRows.SheetRow r : rows.rows(header.row() + 1)) {
                byKey.put(key(text(r, col.get("id")), text(r, col.get("breakdown"))), sheet.getRow(r.index()));
            }
            for (SampleData.Figure f : figures) {
                Row r = byKey.get(key(f.indicatorId(), f.breakdown()));
                if (r == null) {
                    throw new IllegalStateException(template + " has no row for " + f.indicatorId() + " " + f.breakdown());
                }
                put(r, col.get("numerator"), f.numerator());
                put(r, col.get("denominator"), f.denominator());
                put(r, col.get("value"), f.value());
                put(r, col.get("commentary"), f.commentary());
            }
            actions(wb, template, actions);
            wb.getProperties().getCoreProperties().setModified(Optional.of(Date.from(saved)));
            SafeFiles.write(template, wb::write);
        }
    }

    /** Lists the actions on the Actions sheet, one a row under its headings, the date as a date. */
    private static void actions(XSSFWorkbook wb, Path template, List<SampleData.Action> actions) {
        if (actions.isEmpty()) {
            return;
        }
        Sheet sheet = wb.getSheet(TemplateLayout.ACTIONS_SHEET);
        SheetRows rows = SheetRows.of(sheet);
        List<String> headings = TemplateLayout.ACTION_HEADINGS.stream().map(HeaderRow::normalise).toList();
        HeaderRow<String> header = HeaderRow.find(rows, HeaderRow.labelled(headings), headings, HeaderRow.SEARCH_DEPTH);
        if (header == null) {
            throw new IllegalStateException(template + " has no actions table");
        }
        Map<String, Integer> col = header.byLabel();
        int r = header.row() + 1;
        for (SampleData.Action a : actions) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            r++;
            put(row, col.get(headings.get(0)), a.indicatorId());
            put(row, col.get(headings.get(1)), a.action());
            put(row, col.get(headings.get(2)), a.lead());
            Cell date = row.getCell(col.get(headings.get(3))) == null ? row.createCell(col.get(headings.get(3)))
                    : row.getCell(col.get(headings.get(3)));
            date.setCellValue(java.time.LocalDate.parse(a.completionDate()));
        }
    }

    /** A row of the template: IDs match whatever their case, areas too. */
    private record RowKey(String id, String breakdown) {
    }

    private static RowKey key(String id, String breakdown) {
        return new RowKey(id.strip().toUpperCase(Locale.ROOT),
                breakdown == null ? "" : breakdown.strip().toLowerCase(Locale.ROOT));
    }

    private static String text(SheetRows.SheetRow r, Integer c) {
        return c == null ? "" : r.text(c);
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
