package org.perfbook.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.risks.RegisterReader;
import org.perfbook.risks.RegisterTemplate;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;

/**
 * The sample's directorate risk registers for 2021/22, from the Q4 2021/22 Corporate Risk and
 * Opportunity Register (CORP1 to CORP7, CO1 and CO2) with earlier quarters that lead up to it: each
 * quarter's registers are made from the template issued with the quarter before's entries, and filled in
 * as the directorates typed them ({@code risk-entries.csv}, {@code risk-quarters.csv}).
 */
public final class RiskSample {

    private RiskSample() {
    }

    /** Writes {@code risks/<quarter>/} under {@code workbooks} for each quarter of the sample; returns how many registers. */
    public static int write(Path workbooks) throws IOException {
        List<CSVRecord> entries = SampleData.csv("risk-entries.csv");
        List<CSVRecord> quarters = SampleData.csv("risk-quarters.csv");
        Set<Period> periods = new LinkedHashSet<>();
        quarters.forEach(q -> periods.add(Period.parse(q.get("Quarter"))));
        Set<String> directorates = new LinkedHashSet<>();
        entries.forEach(e -> directorates.add(e.get("Directorate")));
        int written = 0;
        Map<String, List<RiskEntry>> last = new LinkedHashMap<>();
        for (Period p : periods) {
            Path dir = workbooks.resolve("risks").resolve(p.fileName());
            Files.createDirectories(dir);
            Map<String, List<RiskEntry>> now = new LinkedHashMap<>();
            for (String d : directorates) {
                Path file = RegisterTemplate.write(d, p, last.getOrDefault(d, List.of()), dir);
                List<Map<String, String>> typed = new ArrayList<>();
                for (CSVRecord q : quarters) {
                    if (!Period.parse(q.get("Quarter")).equals(p)) {
                        continue;
                    }
                    CSVRecord e = entries.stream().filter(x -> x.get("ID").equals(q.get("ID"))).findFirst().orElseThrow();
                    if (!e.get("Directorate").equals(d)) {
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>(e.toMap());
                    cells.remove("Directorate");
                    cells.putAll(q.toMap());
                    cells.remove("Quarter");
                    typed.add(cells);
                }
                fill(file, typed);
                now.put(d, RegisterReader.read(file, file.getFileName().toString(), p).entries());
                written++;
            }
            last = now;
        }
        return written;
    }

    /** Types each entry into its row (last quarter's, matched by ID) or the first blank row. */
    private static void fill(Path file, List<Map<String, String>> typed) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheetAt(0);
            SheetRows rows = SheetRows.of(sheet);
            List<String> anchors = List.of("id", "title");
            HeaderRow<String> header = HeaderRow.find(rows, HeaderRow.labelled(anchors), anchors, HeaderRow.SEARCH_DEPTH);
            Map<String, Integer> col = header.byLabel();
            int idCol = col.get("id");
            for (Map<String, String> entry : typed) {
                Row target = null;
                for (SheetRows.SheetRow r : rows.rows(header.row() + 1)) {
                    String id = r.text(idCol);
                    if (id.isEmpty() && target == null
                            || RiskEntry.key(id).equals(RiskEntry.key(entry.get("ID")))) {
                        target = sheet.getRow(r.index());
                        if (!id.isEmpty()) {
                            break;
                        }
                    }
                }
                for (var c : entry.entrySet()) {
                    Integer at = col.get(HeaderRow.normalise(c.getKey()));
                    if (at == null) {
                        throw new IllegalStateException(file + " has no column " + c.getKey());
                    }
                    Cell cell = target.getCell(at) == null ? target.createCell(at) : target.getCell(at);
                    String v = c.getValue();
                    if (v.isEmpty()) {
                        cell.setBlank();
                    } else if (v.matches("\\d+")) {
                        cell.setCellValue(Integer.parseInt(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            SafeFiles.write(file, wb::write);
        }
    }
}
