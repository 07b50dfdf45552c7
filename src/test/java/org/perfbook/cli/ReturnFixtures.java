package org.perfbook.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Catalogue;
import org.perfbook.catalogue.CatalogueWriter;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;

/** A small catalogue and helpers that type into templates the way a service would. */
final class ReturnFixtures {

    static final Period Q3 = Period.quarter(2021, 3);

    static Catalogue catalogue() {
        return new Catalogue(List.of(
                new Indicator("HIG-01", "Safety carriageway defects repaired within 4 hours (emergency)",
                        "Delivering better services", "Growth, Environment & Transport", "Highways", Frequency.QUARTERLY,
                        Measure.PERCENTAGE, 100, "", Polarity.HIGH, Target.of(95), Tolerance.DEFAULT, false, 2, ""),
                new Indicator("HIG-06", "Lamp-out faults repaired within 5 working days", "Delivering better services",
                        "Growth, Environment & Transport", "Highways", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
                        Polarity.HIGH, Target.of(90), Tolerance.DEFAULT, false, 1, ""),
                new Indicator("LIB-01", "Number of visits to libraries", "Supporting economic growth",
                        "Education and Children's Services", "Highways", Frequency.QUARTERLY, Measure.COUNT, 1, "",
                        Polarity.HIGH, Target.of(1_400_000), Tolerance.DEFAULT, true, 0, "")),
                List.of(), List.of(new Catalogue.Population("Aged 65+", Period.year(2021), "", 255637)), List.of(),
                List.of());
    }

    static Path writeCatalogue(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path f = dir.resolve("catalogue.xlsx");
        CatalogueWriter.write(catalogue(), f);
        return f;
    }

    /** Column indexes by header label, and the row of each indicator ID. */
    record Layout(int headerRow, Map<String, Integer> columns, Map<String, Integer> rows) {
        String cell(String id, String column) {
            return new org.apache.poi.ss.util.CellReference(rows.get(id), columns.get(column.toLowerCase(Locale.ROOT)))
                    .formatAsString(false);
        }
    }

    static Layout layout(Sheet sheet) {
        SheetRows rows = SheetRows.of(sheet);
        List<String> anchors = List.of("id", "value");
        HeaderRow<String> header = HeaderRow.find(rows, HeaderRow.labelled(anchors), anchors, HeaderRow.SEARCH_DEPTH);
        Map<String, Integer> ids = new HashMap<>();
        for (SheetRows.SheetRow r : rows.rows(header.row() + 1)) {
            String id = r.text(header.column("id"));
            if (!id.isEmpty()) {
                ids.putIfAbsent(id, r.index());
            }
        }
        return new Layout(header.row(), header.byLabel(), ids);
    }

    /** Edits a workbook in place; the edit sees the Return sheet and its layout. */
    interface Edit {
        void apply(XSSFWorkbook wb, Sheet sheet, Layout layout) throws Exception;
    }

    static void edit(Path file, Edit edit) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet s = wb.getSheet("Return");
            edit.apply(wb, s, layout(s));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static void set(Sheet s, Layout l, String id, String column, Object value) {
        Row r = s.getRow(l.rows().get(id));
        int c = l.columns().get(column.toLowerCase(Locale.ROOT));
        Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** A correct return: every figure present and consistent. */
    static void fillGood(Path file) throws Exception {
        edit(file, (wb, s, l) -> {
            set(s, l, "HIG-01", "Numerator", 40);
            set(s, l, "HIG-01", "Denominator", 43);
            set(s, l, "HIG-01", "Commentary", "Improved after the November peak.");
            set(s, l, "HIG-06", "Numerator", 1772);
            set(s, l, "HIG-06", "Denominator", 1819);
            set(s, l, "LIB-01", "Value", 440628);
        });
    }
}
