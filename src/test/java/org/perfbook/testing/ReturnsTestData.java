package org.perfbook.testing;

import org.perfbook.template.TemplateWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Catalogue.Population;
import org.perfbook.model.Catalogue.YearTarget;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;

/** A small catalogue from the seeds and helpers to build and fill workbooks in tests. */
public final class ReturnsTestData {

    public static final String HIGHWAYS = "Highways";
    public static final String CSC = "Children's Social Care";
    public static final Period Q3 = Period.quarter(2021, 3);

    private ReturnsTestData() {
    }

    public static Catalogue catalogue() {
        Indicator defects = Indicators.percentage("HW-01")
                .name("Safety carriageway defects repaired within 4 hours (emergency)")
                .service(HIGHWAYS).target(95).decimals(2).build();
        Indicator cla = Indicators.rate("CSC-01", 10000, "Aged 0-17")
                .name("Children looked after, rate per 10,000 aged 0-17")
                .priority("Caring for the vulnerable").directorate("Education and Children's Services")
                .service(CSC).polarity(Polarity.LOW).breakdown("District").build();
        Indicator cpp = Indicators.count("CSC-02").name("Children on a child protection plan")
                .priority("Caring for the vulnerable").directorate("Education and Children's Services")
                .service(CSC).polarity(Polarity.LOW).build();
        Indicator spend = Indicators.of("HW-02", Measure.MONEY).name("Capital programme spend")
                .service(HIGHWAYS).polarity(Polarity.NONE).decimals(0).build();
        Period y2021 = Period.year(2021);
        return new Catalogue(
                List.of(defects, cla, cpp, spend),
                List.of(new YearTarget("CSC-02", y2021, Target.range(1200, 1400), null)),
                List.of(new Population("Aged 0-17", y2021, "", 245_400),
                        new Population("Aged 0-17", y2021, "Burnley", 20_000),
                        new Population("Aged 0-17", y2021, "Preston", 30_000),
                        new Population("Aged 0-17", Period.year(2020), "Burnley", 19_800),
                        new Population("Aged 0-17", y2021, "Wyre", 17_000)),
                List.of(),
                List.of());
    }

    public static Path template(Path dir, String service) throws IOException {
        return TemplateWriter.write(catalogue(), service, Q3, dir, Map.of("HW-01", 88.71, "CSC-01", 72.7));
    }

    /** Sets (row, col) zero-based to a number or text. */
    public static void set(Sheet s, int row, int col, Object value) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static Path save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** A plain workbook with the return's layout written by hand: header at row 3 (index 2). */
    public static void plainReturn(Workbook wb, String[] headings, Object[][] rows) {
        Sheet s = wb.createSheet("Return");
        set(s, 0, 0, "Performance return");
        set(s, 1, 0, "Contact");
        set(s, 1, 1, "A. Person 01234 567890");
        for (int c = 0; c < headings.length; c++) {
            set(s, 2, c, headings[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    set(s, 3 + r, c, rows[r][c]);
                }
            }
        }
    }
}
