package org.perfbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.cli.Main;
import org.perfbook.testing.OfficeSchema;
import org.perfbook.testing.OfficeSchema.Problem;
import org.perfbook.testing.OfficeSchema.Report;
import org.perfbook.testing.Schema;

/**
 * Every kind of Office file perfbook writes, made the way a user makes it, is valid ECMA-376 part by part.
 * Excel repairs or refuses files that POI and LibreOffice open happily, so reading them back is not enough.
 */
@Schema
class OfficeSchemaTest {

    @TempDir
    static Path dir;
    static Path workbooks;

    @BeforeAll
    static void writeEveryKindOfFile() throws Exception {
        OfficeSchema.requireFullTypes();
        workbooks = dir.resolve("workbooks");
        cli(0, "sample", "--out", workbooks.toString());
        // the sample's deliberate mistakes are findings (exit 1), and the book is still written
        cli(1, "build", "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString());
        // Q4 templates hold the annual indicators as well as the quarterly ones
        cli(0, "template", "--period", "2021/22 Q4", "--catalogue", workbooks.resolve("catalogue.xlsx").toString(),
                "--out", dir.resolve("templates").toString());
        // the sample's registers hold one mistake (a target score typed wrong), so exit 1 here too
        cli(1, "risks", "build", "--workbooks", workbooks.toString(), "--out", dir.resolve("out").toString(),
                "--charts", dir.resolve("charts").toString());
        cli(0, "risks", "template", "--period", "2022/23 Q1", "--workbooks", workbooks.toString(),
                "--out", dir.resolve("risk-templates").toString());
        Path input = dir.resolve("areas.csv");
        Files.writeString(input, "Area,Numerator,Denominator,Year\nLancashire,1882,255637,2021/22\n"
                + "Fylde,7,20150,2021/22\nWyre,,17000,2021/22\n", StandardCharsets.UTF_8);
        cli(1, "stats", "--statistic", "rate", "--confidence", "95,99.8", "--output",
                dir.resolve("stats/areas.xlsx").toString(), input.toString());
    }

    private static void cli(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expected, code, String.join(" ", args) + "\n" + out + err);
    }

    @Test
    void theBook() throws IOException {
        assertValid(List.of(dir.resolve("out/2021-22-Q3/performance-book-2021-22-Q3.xlsx")));
    }

    @Test
    void theCommitteeReport() throws IOException {
        Path report = dir.resolve("out/2021-22-Q3/committee-report-2021-22-Q3.docx");
        assertValid(List.of(report));
        // the document itself, its styles and its page header are among the parts checked, not left unchecked
        Report r = OfficeSchema.check(report, "report");
        assertTrue(r.validated().stream().anyMatch(v -> v.endsWith(" as document")), r.validated().toString());
        assertTrue(r.validated().stream().anyMatch(v -> v.endsWith(" as styles")), r.validated().toString());
        assertTrue(r.validated().stream().anyMatch(v -> v.endsWith(" as hdr")), r.validated().toString());
        // the sample's quarter has risk registers: Appendix 'B' has its own page header
        assertEquals(2, r.validated().stream().filter(v -> v.endsWith(" as hdr")).count(), r.validated().toString());
    }

    @Test
    void theCatalogueAndTheHistory() throws IOException {
        assertValid(List.of(workbooks.resolve("catalogue.xlsx"), workbooks.resolve("history.xlsx")));
    }

    @Test
    void theReturnTemplates() throws IOException {
        assertValid(xlsxUnder(dir.resolve("templates")));
    }

    @Test
    void theFilledSampleReturns() throws IOException {
        assertValid(xlsxUnder(workbooks.resolve("returns")));
    }

    @Test
    void theRiskRegisterItsTemplatesAndTheSampleRegisters() throws IOException {
        List<Path> files = new java.util.ArrayList<>(xlsxUnder(dir.resolve("risk-templates")));
        files.add(dir.resolve("out/2021-22-Q4/risk-register-2021-22-Q4.xlsx"));
        // written by build, whose quarter has registers too
        files.add(dir.resolve("out/2021-22-Q3/risk-register-2021-22-Q3.xlsx"));
        files.addAll(xlsxUnder(workbooks.resolve("risks")));
        assertValid(files);
    }

    @Test
    void theStatsWorkbook() throws IOException {
        assertValid(List.of(dir.resolve("stats/areas.xlsx")));
    }

    /**
     * The check can fail: an unknown element in a worksheet, an attribute the schema does not allow, and a
     * part of a type it does not know; and the one accepted deviation stays confined to {@code <t>}.
     */
    @Test
    void catchesAnInvalidPartAndAnUnknownOne(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("small.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("Data").createRow(0);
            row.createCell(0).setCellValue(42);
            row.createCell(1).setCellValue("    Burnley");
            wb.write(out);
        }
        Report clean = OfficeSchema.check(file, "small.xlsx");
        assertEquals(List.of(), clean.problems(), "POI's own small workbook is valid");
        assertEquals(1, clean.preservedSpaces(), "the indented name keeps its spaces");
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
            PackagePart sheet = pkg.getPart(PackagingURIHelper.createPartName("/xl/worksheets/sheet1.xml"));
            String xml = new String(sheet.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try (OutputStream out = sheet.getOutputStream()) {
                out.write(xml.replace("<sheetData>", "<sheetData xml:space=\"preserve\"><sparkle/>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            PackagePart odd = pkg.createPart(PackagingURIHelper.createPartName("/xl/odd.xml"),
                    "application/vnd.example+xml");
            try (OutputStream out = odd.getOutputStream()) {
                out.write("<odd/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Problem> problems = OfficeSchema.check(file, "small.xlsx").problems();
        assertTrue(problems.stream().anyMatch(p -> p.part().equals("/xl/worksheets/sheet1.xml")
                && p.message().contains("sparkle")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.part().equals("/xl/worksheets/sheet1.xml")
                && p.message().contains("space@http://www.w3.org/XML/1998/namespace in element sheetData")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.part().equals("/xl/odd.xml")
                && p.message().contains("application/vnd.example+xml")), problems.toString());
    }

    private static List<Path> xlsxUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            assertFalse(list.isEmpty(), "no workbooks under " + root);
            return list;
        }
    }

    /** Checks every file and fails listing every schema error, grouped so a repeated one reads once. */
    private static void assertValid(List<Path> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> unchecked = new LinkedHashMap<>();
        int parts = 0;
        int preserved = 0;
        for (Path f : files) {
            Report r = OfficeSchema.check(f, dir.relativize(f).toString());
            problems.addAll(r.problems());
            parts += r.validated().size();
            preserved += r.preservedSpaces();
            r.unchecked().forEach(u -> unchecked.putIfAbsent(u.contentType(), u.why()));
        }
        System.out.println(files.size() + " files, " + parts + " parts validated; not validated against a schema:");
        unchecked.forEach((type, why) -> System.out.println("  " + type + ": " + why));
        System.out.println("  xml:space=\"preserve\" accepted on " + preserved + " <t> elements");
        problems.forEach(p -> System.out.println("SCHEMA ERROR " + p));
        assertTrue(parts > 0, "nothing was validated");
        if (!problems.isEmpty()) {
            // the same error in many files or rows is one fix: show each distinct message once, with a count
            Map<String, List<Problem>> byMessage = problems.stream().collect(Collectors.groupingBy(
                    p -> p.part().replaceAll("\\d+", "N") + ": "
                            + p.message().replaceAll(" \\(line \\d+, column \\d+\\)| at .*", ""),
                    LinkedHashMap::new, Collectors.toList()));
            StringBuilder b = new StringBuilder(problems.size() + " schema errors in " + files.size() + " files:\n");
            byMessage.forEach((msg, ps) -> b.append("  ").append(ps.size()).append(" x ").append(msg)
                    .append("\n      first in ").append(ps.get(0)).append('\n'));
            throw new AssertionError(b.toString());
        }
    }
}
