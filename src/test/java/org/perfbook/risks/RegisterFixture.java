package org.perfbook.risks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;

/** Registers made from the template and typed into, as a directorate would, for the tests. */
final class RegisterFixture {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Period Q4 = Period.quarter(2021, 4);

    private RegisterFixture() {
    }

    /** A complete, correct entry; tests change one cell of it. */
    static Map<RegisterColumn, String> entry(String id) {
        Map<RegisterColumn, String> m = new LinkedHashMap<>();
        m.put(RegisterColumn.ID, id);
        m.put(RegisterColumn.KIND, id.toUpperCase().startsWith("CO") && !id.toUpperCase().startsWith("CORP")
                ? "Opportunity" : "Risk");
        m.put(RegisterColumn.TITLE, "Family Safeguarding Model");
        m.put(RegisterColumn.DESCRIPTION, "Implementing the model.");
        m.put(RegisterColumn.OWNER, "Director of Children's Services");
        m.put(RegisterColumn.CURRENT_LIKELIHOOD, "Possible (3)");
        m.put(RegisterColumn.CURRENT_IMPACT, "Major (4)");
        m.put(RegisterColumn.TARGET_LIKELIHOOD, "Unlikely (2)");
        m.put(RegisterColumn.TARGET_IMPACT, "Major (4)");
        m.put(RegisterColumn.TARGET_DATE, "March 2022");
        m.put(RegisterColumn.CONFIDENCE, "Green");
        m.put(RegisterColumn.STATUS, "Open");
        return m;
    }

    /** The template for {@code directorate} with {@code rows} typed in, top to bottom, under the headings. */
    static Path register(Path dir, String directorate, Period period, List<Map<RegisterColumn, String>> rows)
            throws IOException {
        Path file = RegisterTemplate.write(directorate, period, List.of(), dir);
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet s = wb.getSheet(RegisterTemplate.SHEET);
            int r = RegisterTemplate.HEADER_ROW + 1;
            for (Map<RegisterColumn, String> row : rows) {
                Row x = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
                row.forEach((c, v) -> {
                    if (v.matches("\\d+")) {
                        x.createCell(c.index()).setCellValue(Integer.parseInt(v));
                    } else {
                        x.createCell(c.index()).setCellValue(v);
                    }
                });
                r++;
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static RegisterReader.Result read(Path file, Period period) {
        return RegisterReader.read(file, file.getFileName().toString(), period);
    }

    /** A1 of the entry's cell in column {@code c}, on the {@code n}th row typed (0-based). */
    static String cell(RegisterColumn c, int n) {
        return org.perfbook.model.CellRef.a1(RegisterTemplate.HEADER_ROW + 1 + n, c.index());
    }

    static RiskEntry only(RegisterReader.Result r) {
        if (r.entries().size() != 1) {
            throw new AssertionError("expected one entry, got " + r.entries() + " " + r.findings());
        }
        return r.entries().get(0);
    }
}
