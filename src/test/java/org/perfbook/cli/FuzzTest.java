package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.catalogue.CatalogueWriter;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Observation;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnReader;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.template.TemplateLayout;
import org.perfbook.testing.ReturnsTestData;
import org.perfbook.testing.Slow;

/**
 * Random damage to template-made returns, cell by cell and byte by byte. Whatever is done to a return,
 * checking it never throws, never meets a fault of its own, and every cell that held something is in a
 * figure kept for the book or named by a finding on its row. Seeded, so a failure can be replayed
 * ({@code -Dfuzz.keep=folder} keeps the mutants).
 */
@Slow
class FuzzTest {

    private static final long SEED = 20261203L;
    private static final int CELL_MUTANTS = 240;
    private static final int BYTE_MUTANTS = 80;
    private static final List<String> INPUTS = List.of("Breakdown", "Numerator", "Denominator", "Value", "Commentary",
            "Data note");
    /** What people type, and what tools leave behind. */
    private static final List<String> TEXTS = List.of("forty", "40\u200B", "\u200B", "N/A", "n/a", "-", "43%*",
            "93.02% (40 out of 43)", "1,234", "£300,000", "40/43", " 12 ", "1e3", "0x10", "12.5.3", "TRUE",
            "#DIV/0!", "=1/0", "'40", "40 out of 43", "−5", "(12)", "1 234", "12,5", "∞", "NaN", "9".repeat(400),
            "Up on Q2 because of the new depot.", "\u00A0", "\t", "<script>", "=HYPERLINK(\"x\")");

    @TempDir
    Path dir;

    /** The shared small catalogue, and a monthly indicator so that month rows are damaged too. */
    private final Catalogue catalogue = withMonthly(ReturnsTestData.catalogue());

    private static Catalogue withMonthly(Catalogue c) {
        List<org.perfbook.model.Indicator> indicators = new ArrayList<>(c.indicators());
        indicators.add(org.perfbook.testing.Indicators.count("CSC-09").name("Children looked after at month end")
                .service(ReturnsTestData.CSC).frequency(org.perfbook.model.Frequency.MONTHLY)
                .polarity(org.perfbook.model.Polarity.LOW).build());
        return new Catalogue(indicators, c.targets(), c.populations(), c.benchmarks(), c.neighbours());
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private Map<String, byte[]> templates() throws IOException {
        Map<String, byte[]> t = new HashMap<>();
        for (String service : List.of(ReturnsTestData.HIGHWAYS, ReturnsTestData.CSC)) {
            t.put(service, Files.readAllBytes(org.perfbook.template.TemplateWriter.write(catalogue, service,
                    ReturnsTestData.Q3, dir.resolve("templates"), Map.of("HW-01", 88.71, "CSC-01", 72.7))));
        }
        return t;
    }

    /** Header row and the input columns of the return sheet, by heading. */
    private record Layout(int header, int id, Map<String, Integer> inputs, int lastRow) {
        static Layout of(XSSFSheet s) {
            for (Row r : s) {
                Map<String, Integer> cols = new HashMap<>();
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        cols.put(c.getStringCellValue().trim(), c.getColumnIndex());
                    }
                }
                if (cols.containsKey("ID") && cols.containsKey("Value")) {
                    Map<String, Integer> inputs = new HashMap<>();
                    INPUTS.forEach(h -> inputs.put(h, cols.get(h)));
                    return new Layout(r.getRowNum(), cols.get("ID"), inputs, s.getLastRowNum());
                }
            }
            throw new AssertionError("no header in the template");
        }
    }

    private static Cell cell(XSSFSheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    /** A plausible filling, then a handful of mutations. */
    private static void mutate(XSSFWorkbook wb, Random rnd) {
        XSSFSheet s = wb.getSheet(TemplateLayout.RETURN_SHEET);
        Layout l = Layout.of(s);
        List<Integer> cols = new ArrayList<>(l.inputs().values());
        for (int r = l.header() + 1; r <= l.lastRow(); r++) {
            if (rnd.nextInt(10) < 7) {
                cell(s, r, l.inputs().get("Numerator")).setCellValue(rnd.nextInt(100));
                cell(s, r, l.inputs().get("Denominator")).setCellValue(100 + rnd.nextInt(100));
            } else {
                cell(s, r, l.inputs().get("Value")).setCellValue(rnd.nextInt(1000) / 10.0);
            }
        }
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            int r = l.header() + 1 + rnd.nextInt(Math.max(1, l.lastRow() - l.header() + 2));
            int c = rnd.nextInt(8) == 0 ? l.id() : cols.get(rnd.nextInt(cols.size()));
            Cell target = cell(s, r, c);
            switch (rnd.nextInt(11)) {
                case 0, 1, 2 -> target.setCellValue(TEXTS.get(rnd.nextInt(TEXTS.size())));
                case 3 -> target.setCellValue(switch (rnd.nextInt(6)) {
                    case 0 -> -rnd.nextInt(50);
                    case 1 -> 1e300;
                    case 2 -> rnd.nextDouble();
                    case 3 -> 0;
                    case 4 -> 1e-12;
                    default -> rnd.nextInt(1_000_000);
                });
                case 4 -> target.setCellErrorValue(FormulaError.values()[rnd.nextInt(FormulaError.values().length)].getCode());
                case 5 -> target.setCellFormula(rnd.nextBoolean() ? "1/0" : "H9*2"); // saved without a result
                case 6 -> target.getRow().removeCell(target);
                case 7 -> {
                    int r2 = Math.min(r + 1 + rnd.nextInt(2), l.lastRow() + 3);
                    try {
                        s.addMergedRegion(rnd.nextBoolean() ? new CellRangeAddress(r, r2, c, c)
                                : new CellRangeAddress(r, r, c, c + 1));
                    } catch (IllegalStateException | IllegalArgumentException overlaps) {
                        // an overlapping merge is what Excel refuses too
                    }
                }
                case 8 -> target.getRow().setZeroHeight(true);
                case 9 -> target.setCellValue(rnd.nextBoolean());
                default -> target.setCellValue(new java.util.Date(rnd.nextLong() % 4_000_000_000_000L));
            }
        }
    }

    /**
     * Types a few rows on the Actions sheet: IDs right, wrong and blank, texts, numbers, errors, booleans and
     * dates in any of its four columns. A random of its own, so the Return sheet's mutants stay as they were.
     */
    private static void mutateActions(XSSFWorkbook wb, Random rnd) {
        XSSFSheet s = wb.getSheet(TemplateLayout.ACTIONS_SHEET);
        if (s == null || rnd.nextInt(3) == 0) {
            return;
        }
        int first = 4;
        List<String> ids = List.of("HW-01", "hw-02", "CSC-01", "XX-9", "", " HW-01 ");
        int rows = 1 + rnd.nextInt(4);
        for (int i = 0; i < rows; i++) {
            int r = first + rnd.nextInt(8);
            for (int c = 0; c < 4; c++) {
                if (rnd.nextInt(5) == 0) {
                    continue;
                }
                Cell target = cell(s, r, c);
                switch (c == 0 ? rnd.nextInt(6) == 0 ? 9 : 0 : rnd.nextInt(8)) {
                    case 0 -> target.setCellValue(ids.get(rnd.nextInt(ids.size())));
                    case 1, 2 -> target.setCellValue(TEXTS.get(rnd.nextInt(TEXTS.size())));
                    case 3 -> target.setCellValue(rnd.nextInt(100_000));
                    case 4 -> target.setCellErrorValue(FormulaError.values()[rnd.nextInt(FormulaError.values().length)]
                            .getCode());
                    case 5 -> target.setCellValue(rnd.nextBoolean());
                    case 6 -> target.setCellValue(java.time.LocalDate.of(2022, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                    case 7 -> target.setCellValue(rnd.nextBoolean() ? "31/03/2022" : "end of March");
                    default -> target.setCellFormula("A1&\"x\""); // saved without a result
                }
            }
        }
    }

    /** Every non-empty cell of the Actions table is in a kept action's row or on a row a finding there names. */
    private static void assertActionsAccounted(XSSFWorkbook wb, ReturnValidator.Result result, String what) {
        XSSFSheet s = wb.getSheet(TemplateLayout.ACTIONS_SHEET);
        if (s == null) {
            return;
        }
        DataFormatter fmt = new DataFormatter(Locale.UK);
        for (int r = 4; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            for (int c = 0; row != null && c < 4; c++) {
                Cell cell = row.getCell(c);
                if (cell == null || shown(cell, fmt).isEmpty()) {
                    continue;
                }
                int rr = r;
                boolean kept = result.actions().stream().anyMatch(a -> rowOf(a.source().cell()) == rr);
                boolean named = result.findings().stream().anyMatch(f -> f.source().sheet().equals(
                        TemplateLayout.ACTIONS_SHEET) && (f.source().cell().isEmpty() || onRow(f.source().cell(), rr)));
                assertTrue(kept || named, what + ": Actions!" + (char) ('A' + c) + (r + 1) + " '"
                        + shown(cell, fmt) + "' is neither in a recovery plan nor in a finding: " + result.findings());
            }
        }
    }

    private ReturnValidator.Result check(Path file) {
        ReturnFile read = ReturnReader.read(file, file.getFileName().toString());
        return new ReturnValidator(catalogue, ReturnsTestData.Q3, Map.of()).check(List.of(read));
    }

    private static String shown(Cell c, DataFormatter f) {
        String t = c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : f.formatCellValue(c);
        return t.replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", "");
    }

    private static int rowOf(String a1) {
        String digits = a1.split(":")[0].replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits) - 1;
    }

    private static boolean onRow(String ref, int r) {
        if (ref.isEmpty()) {
            return false;
        }
        String[] parts = ref.split(":");
        int first = rowOf(parts[0]);
        int last = parts.length > 1 ? rowOf(parts[1]) : first;
        return first <= r && r <= last;
    }

    /** The property: nothing thrown, no fault of perfbook's own, and every non-empty input cell accounted for. */
    private void assertAccounted(Path file, byte[] content, String what) throws IOException {
        ReturnValidator.Result result;
        try {
            result = check(file);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": checking threw " + e, e);
        }
        for (Finding f : result.findings()) {
            assertFalse(f.is(FindingCode.INTERNAL_ERROR) || f.is(FindingCode.UNACCOUNTED_INPUT), what + ": " + f
                    + "\nall findings: " + result.findings() + "\nobservations: " + result.observations()
                    + "\nwithheld: " + result.withheld());
        }
        if (result.findings().stream().anyMatch(f -> f.isError() && f.source().cell().isEmpty())) {
            return; // the whole return was set aside, and a finding says why
        }
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException unreadable) {
            assertFalse(result.findings().isEmpty(), what + ": an unreadable file with no finding");
            return;
        }
        try (wb) {
            assertActionsAccounted(wb, result, what);
            XSSFSheet s = wb.getSheet(TemplateLayout.RETURN_SHEET);
            if (s == null) {
                assertFalse(result.findings().isEmpty(), what + ": no Return sheet and no finding");
                return;
            }
            Layout l = Layout.of(s);
            DataFormatter fmt = new DataFormatter(Locale.UK);
            List<Observation> kept = new ArrayList<>(result.observations());
            kept.addAll(result.withheld());
            kept.addAll(result.notAvailable());
            for (int r = l.header() + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Map.Entry<String, Integer> in : l.inputs().entrySet()) {
                    Cell c = row.getCell(in.getValue());
                    if (c == null || shown(c, fmt).isEmpty()) {
                        continue;
                    }
                    int rr = r;
                    boolean inBook = kept.stream().anyMatch(o -> rowOf(o.source().cell()) == rr);
                    boolean named = result.findings().stream().anyMatch(f -> onRow(f.source().cell(), rr));
                    assertTrue(inBook || named, what + ": " + in.getKey() + " '" + shown(c, fmt) + "' on row " + (r + 1)
                            + " is neither in the book nor in a finding: " + result.findings());
                }
            }
        }
    }

    @Test
    void noCellMutationLosesAFigureOrStopsTheCheck() throws IOException {
        Random rnd = new Random(SEED);
        Map<String, byte[]> templates = templates();
        List<String> services = List.copyOf(templates.keySet().stream().sorted().toList());
        // -Dfuzz.keep=/some/folder keeps the mutants to open by hand
        Path mutants = Files.createDirectories(Path.of(System.getProperty("fuzz.keep", dir.resolve("mutants").toString())));
        for (int i = 0; i < CELL_MUTANTS; i++) {
            String service = services.get(i % services.size());
            byte[] content;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templates.get(service)))) {
                mutate(wb, rnd);
                mutateActions(wb, new Random(SEED + 1000 + i));
                content = bytes(wb);
            }
            Path file = Files.write(mutants.resolve("mutant-" + i + ".xlsx"), content);
            assertAccounted(file, content, "cell mutant " + i + " (seed " + SEED + ")");
        }
    }

    @Test
    void noByteCorruptionStopsTheCheck() throws IOException {
        Random rnd = new Random(SEED + 1);
        Map<String, byte[]> templates = templates();
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templates.get(ReturnsTestData.HIGHWAYS)))) {
            mutate(wb, rnd);
            filled = bytes(wb);
        }
        Path mutants = Files.createDirectories(dir.resolve("corrupt"));
        for (int i = 0; i < BYTE_MUTANTS; i++) {
            byte[] content = filled.clone();
            switch (i % 3) {
                case 0 -> content = java.util.Arrays.copyOf(content, rnd.nextInt(content.length));
                case 1 -> {
                    for (int k = 0; k < 1 + rnd.nextInt(20); k++) {
                        content[rnd.nextInt(content.length)] = (byte) rnd.nextInt(256);
                    }
                }
                default -> {
                    int at = rnd.nextInt(content.length - 64);
                    System.arraycopy(new byte[64], 0, content, at, 64);
                }
            }
            Path file = Files.write(mutants.resolve("corrupt-" + i + ".xlsx"), content);
            assertAccounted(file, content, "byte mutant " + i + " (seed " + (SEED + 1) + ")");
        }
    }

    @Test
    void buildOnAFolderOfMutantsFindsErrorsButNeverStops() throws Exception {
        Random rnd = new Random(SEED + 2);
        Map<String, byte[]> templates = templates();
        Path workbooks = dir.resolve("workbooks");
        Files.createDirectories(workbooks);
        CatalogueWriter.write(catalogue, workbooks.resolve("catalogue.xlsx"));
        Path returns = Files.createDirectories(workbooks.resolve("returns/2021-22-Q3"));
        for (int i = 0; i < 30; i++) {
            String service = i % 2 == 0 ? ReturnsTestData.HIGHWAYS : ReturnsTestData.CSC;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templates.get(service)))) {
                mutate(wb, rnd);
                byte[] content = bytes(wb);
                if (i % 5 == 4) {
                    content = java.util.Arrays.copyOf(content, content.length / 2);
                }
                Files.write(returns.resolve(service.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + i
                        + ".xlsx"), content);
            }
        }
        CliRunner build = CliRunner.run("build", "--workbooks", workbooks.toString(), "--out",
                dir.resolve("out").toString(), "--charts", dir.resolve("charts").toString());
        assertNotEquals(ExitCode.INTERNAL, build.code(), build.out() + build.err());
        assertEquals(ExitCode.FINDINGS, build.code(), build.out() + build.err());
        assertFalse(build.err().contains("unaccounted-input") || build.err().contains("internal-error"), build.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx")));
    }
}
