package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.template.TemplateWriter;
import org.perfbook.testing.LibreOffice;
import org.perfbook.testing.RealClient;

/** validate on templates made by template, filled in, and broken in each way the issue lists. */
class ValidateCommandTest {

    @TempDir
    Path dir;
    Path catalogue;
    Path template;

    @BeforeEach
    void setUp() throws Exception {
        catalogue = ReturnFixtures.writeCatalogue(dir.resolve("workbooks"));
        template = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                dir.resolve("templates"), Map.of());
    }

    private Path copy(String name) throws Exception {
        Path f = dir.resolve("returns").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.copy(template, f, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<Map<String, String>> json(String out) throws Exception {
        List<Map<String, String>> all = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(out)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> m = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, p.getText());
                }
                all.add(m);
            }
        }
        return all;
    }

    private CliRunner validate(Path... files) {
        List<String> args = new ArrayList<>(List.of("validate", "--json", "--catalogue", catalogue.toString(),
                "--period", "2021/22 Q3"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    private Map<String, String> only(CliRunner r, String code) throws Exception {
        List<Map<String, String>> f = json(r.out()).stream().filter(m -> m.get("code").equals(code)).toList();
        assertEquals(1, f.size(), () -> code + " in " + r.out() + r.err());
        return f.get(0);
    }

    @Test
    void aCorrectReturnPasses() throws Exception {
        Path f = copy("highways.xlsx");
        ReturnFixtures.fillGood(f);
        CliRunner r = validate(f);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of(), json(r.out()));
        assertTrue(r.err().contains("Checked 1 return: 0 errors, 0 warnings."), r.err());
    }

    @Test
    void humanOutputNamesFileSheetAndCell() throws Exception {
        Path f = copy("highways.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> ReturnFixtures.set(s, l, "HIG-01", "Numerator", "forty"));
        CliRunner r = CliRunner.run("validate", "--catalogue", catalogue.toString(), f.toString());
        assertEquals(1, r.code());
        var l = layoutOf(f);
        assertTrue(r.out().contains("Return!" + l.cell("HIG-01", "Numerator")), r.out());
        assertTrue(r.out().contains("'forty' in the Numerator is not a number"), r.out());
        assertFalse(r.out().contains("Exception"));
    }

    private ReturnFixtures.Layout layoutOf(Path f) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(f.toFile())) {
            return ReturnFixtures.layout(wb.getSheet("Return"));
        }
    }

    @Test
    void eachProblemIsReportedAtItsCell() throws Exception {
        record Case(String code, String id, String column, Object typed) {
        }
        List<Case> cases = List.of(
                new Case("text-in-number", "HIG-01", "Numerator", "about forty"),
                new Case("negative-count", "HIG-01", "Numerator", -4),
                new Case("zero-denominator", "HIG-01", "Denominator", 0),
                new Case("numerator-over-denominator", "HIG-01", "Numerator", 44),
                new Case("value-mismatch", "HIG-01", "Value", 95.5),
                new Case("formula-error", "HIG-01", "Value", "#DIV/0!"));
        for (Case c : cases) {
            Path f = copy(c.code() + ".xlsx");
            ReturnFixtures.fillGood(f);
            ReturnFixtures.edit(f, (wb, s, l) -> ReturnFixtures.set(s, l, c.id(), c.column(), c.typed()));
            CliRunner r = validate(f);
            assertEquals(1, r.code(), c.code() + ": " + r.out());
            Map<String, String> finding = only(r, c.code());
            assertEquals("Return", finding.get("sheet"));
            assertEquals(layoutOf(f).cell(c.id(), c.column()), finding.get("cell"), c.code());
            assertEquals("error", finding.get("severity"));
            assertTrue(finding.get("file").endsWith(c.code() + ".xlsx"));
        }
    }

    @Test
    void numbersTypedAsTextAreReadWithAWarningOnlyWhenGuessed() throws Exception {
        Path f = copy("typed.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> {
            ReturnFixtures.set(s, l, "HIG-06", "Numerator", "1,772");
            ReturnFixtures.set(s, l, "LIB-01", "Value", "440,628*");
        });
        CliRunner r = validate(f);
        assertEquals(0, r.code(), r.out());
        Map<String, String> guessed = only(r, "guessed-number");
        assertEquals("warning", guessed.get("severity"));
        assertEquals(layoutOf(f).cell("LIB-01", "Value"), guessed.get("cell"));
    }

    @Test
    void aFormulaErrorFromAFormulaIsReported() throws Exception {
        Path f = copy("formula.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> {
            var cell = s.getRow(l.rows().get("LIB-01")).getCell(l.columns().get("value"));
            cell.setCellFormula("1/0");
            cell.setCellErrorValue(FormulaError.DIV0.getCode());
        });
        Map<String, String> finding = only(validate(f), "formula-error");
        assertTrue(finding.get("message").contains("#DIV/0!"));
    }

    @Test
    void fortyOutOfFortyThreeTypedInARealReturnIsOneFinding() throws Exception {
        Path f = copy("out-of.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> {
            ReturnFixtures.set(s, l, "HIG-01", "Numerator", "");
            ReturnFixtures.set(s, l, "HIG-01", "Denominator", "");
            ReturnFixtures.set(s, l, "HIG-01", "Value", "40 out of 43");
        });
        CliRunner r = validate(f);
        assertEquals(1, r.code(), r.out());
        String value = layoutOf(f).cell("HIG-01", "Value");
        List<Map<String, String>> all = json(r.out()).stream().filter(m -> m.get("cell").equals(value)).toList();
        assertEquals(1, all.size(), all::toString);
        assertEquals("two-figures-in-one-cell", all.get(0).get("code"));
        assertTrue(all.get(0).get("message").contains("Type 40 in the Numerator and 43 in the Denominator"),
                all.get(0).get("message"));
    }

    @Test
    void aFormulaSavedWithoutItsResultIsNoResultNeverZero() throws Exception {
        Path f = copy("uncalculated.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> {
            var cell = (org.apache.poi.xssf.usermodel.XSSFCell) s.getRow(l.rows().get("LIB-01"))
                    .getCell(l.columns().get("value"));
            cell.setCellFormula("1+1");
            if (cell.getCTCell().isSetV()) {
                cell.getCTCell().unsetV();
            }
        });
        CliRunner r = validate(f);
        assertEquals(1, r.code(), r.out());
        Map<String, String> finding = only(r, "no-result");
        assertEquals(layoutOf(f).cell("LIB-01", "Value"), finding.get("cell"));
    }

    @Test
    void missingFiguresUnknownRowsAndDeletedRows() throws Exception {
        Path f = copy("rows.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> {
            ReturnFixtures.set(s, l, "HIG-06", "Numerator", "");
            ReturnFixtures.set(s, l, "HIG-06", "Denominator", "");
            ReturnFixtures.set(s, l, "LIB-01", "ID", "LIB-99");
        });
        CliRunner r = validate(f);
        assertEquals(1, r.code());
        assertEquals(layoutOf(f).cell("HIG-06", "Numerator"), only(r, "missing-figure").get("cell"));
        assertEquals("error", only(r, "unknown-indicator").get("severity"));
        assertTrue(only(r, "missing-row").get("message").contains("LIB-01"));
    }

    @Test
    void wrongPeriodDuplicatesCorruptAndLockFiles() throws Exception {
        Path good = copy("highways.xlsx");
        ReturnFixtures.fillGood(good);
        Path again = copy("highways-corrected.xlsx");
        ReturnFixtures.fillGood(again);
        Files.setLastModifiedTime(good, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        Path corrupt = dir.resolve("returns").resolve("corrupt.xlsx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.writeString(dir.resolve("returns").resolve("~$highways.xlsx"), "lock");
        Path old = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3.previous(),
                dir.resolve("old"), Map.of());
        Files.move(old, dir.resolve("returns").resolve("last-quarter.xlsx"));
        CliRunner r = validate(dir.resolve("returns"));
        assertEquals(1, r.code(), r.out());
        assertTrue(only(r, "wrong-period").get("message").contains("2021/22 Q2"));
        assertTrue(only(r, "corrupt-file").get("file").endsWith("corrupt.xlsx"));
        assertTrue(only(r, "duplicate-return").get("file").endsWith("highways.xlsx"));
        // a lock file is never read as a return, but says that someone may have the return open
        Map<String, String> lock = only(r, "lock-file");
        assertTrue(lock.get("file").endsWith("~$highways.xlsx"), lock.toString());
        assertEquals("warning", lock.get("severity"));
        assertTrue(lock.get("message").contains("someone may have this return open"), lock.get("message"));
    }

    @Test
    void aLockFileNamedOnItsOwnIsAFindingNotNothingChecked() throws Exception {
        Path lock = Files.writeString(dir.resolve("~$highways.xlsx"), "lock");
        CliRunner r = CliRunner.run("validate", "--catalogue", catalogue.toString(), lock.toString());
        assertTrue(r.out().contains("(lock-file)"), r.out());
        assertTrue(r.out().contains("lock file that Excel leaves"), r.out());
        assertTrue(r.out().contains("1 warning"), r.out());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, CliRunner.run("validate", "--catalogue", catalogue.toString(), dir.resolve("nothing").toString()).code());
        assertEquals(2, CliRunner.run("validate", "--catalogue", dir.resolve("no.xlsx").toString(), template.toString()).code());
        assertEquals(2, CliRunner.run("validate", "--catalogue", catalogue.toString(), "--period", "2021/25",
                template.toString()).code());
    }

    @Test
    void aServiceChecksItsOwnReturnWithoutTheCatalogue() throws Exception {
        Path f = copy("highways.xlsx");
        ReturnFixtures.fillGood(f);
        ReturnFixtures.edit(f, (wb, s, l) -> {
            ReturnFixtures.set(s, l, "HIG-01", "Numerator", "about forty");
            ReturnFixtures.set(s, l, "HIG-06", "Numerator", "");
            ReturnFixtures.set(s, l, "HIG-06", "Denominator", "");
        });
        CliRunner withCatalogue = validate(f);
        Files.delete(catalogue);
        Path serviceMachine = Files.createDirectories(dir.resolve("service-machine"));
        CliRunner without = CliRunner.runIn(serviceMachine, "validate", "--json", "--period", "2021/22 Q3",
                f.toString());

        List<Map<String, String>> rows = json(without.out());
        assertEquals(json(withCatalogue.out()), rows, without.err());
        assertEquals(List.of("missing-figure", "text-in-number"), rows.stream().map(m -> m.get("code")).sorted().toList());
        assertEquals(1, without.code(), "errors in the return, not a usage error: " + without.err());
        assertTrue(without.err().contains("No catalogue at workbooks/catalogue.xlsx"), without.err());
        assertTrue(without.err().contains("Population-based rates, benchmarks, and comparisons with the history "
                + "workbook and with last period's district figures need the BI team's catalogue and were not "
                + "checked."), without.err());
        assertTrue(without.err().contains("Checked 1 return: 2 errors, 0 warnings."), without.err());
    }

    @Test
    void withoutTheCatalogueLastPeriodsFigureInTheTemplateIsComparedWith() throws Exception {
        Path t = TemplateWriter.write(ReturnFixtures.catalogue(), "Highways", ReturnFixtures.Q3,
                dir.resolve("with-last"), Map.of("HIG-01", 30.0));
        ReturnFixtures.fillGood(t);
        var checked = org.perfbook.pipeline.Validation.runWithoutCatalogue(List.of(t), null, 1);
        var unusual = checked.outcome().findings().stream().filter(x -> x.code().equals("unusual-change")).toList();
        assertEquals(1, unusual.size(), checked.outcome().findings().toString());
        assertEquals(layoutOf(t).cell("HIG-01", "Numerator"), unusual.get(0).source().cell());
        assertTrue(unusual.get(0).message().contains("last period's 30.00"), unusual.get(0).message());
        assertEquals(List.of(), checked.olderTemplates());
    }

    @Test
    void withoutTheCatalogueACorrectReturnPassesAndAnOldTemplateIsNamed() throws Exception {
        Path f = copy("highways.xlsx");
        ReturnFixtures.fillGood(f);
        Path old = copy("old-template.xlsx");
        ReturnFixtures.fillGood(old);
        // a template issued before format 2: the identity names its indicators but carries no details
        ReturnFixtures.edit(old, (wb, s, l) -> {
            var custom = wb.getProperties().getCustomProperties();
            custom.getProperty(org.perfbook.template.TemplateIdentity.KEY_FORMAT).setLpwstr("1");
            var props = custom.getUnderlyingProperties();
            for (int i = props.sizeOfPropertyArray() - 1; i >= 0; i--) {
                String name = props.getPropertyArray(i).getName();
                if (name.startsWith(org.perfbook.template.TemplateIdentity.KEY_INDICATOR)
                        || name.equals(org.perfbook.template.TemplateIdentity.KEY_BREAKDOWNS)) {
                    props.removeProperty(i);
                }
            }
        });
        Path serviceMachine = Files.createDirectories(dir.resolve("service-machine"));
        CliRunner r = CliRunner.runIn(serviceMachine, "validate", f.toString(), old.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("No catalogue at workbooks/catalogue.xlsx"), r.out());
        assertTrue(r.out().contains("old-template.xlsx was issued before templates carried their indicators' "
                + "details"), r.out());
        assertTrue(r.out().contains("Checked 2 returns: 0 errors, 0 warnings."), r.out());
    }

    @Test
    @RealClient
    void aTemplateFilledInAndSavedByLibreOfficePasses() throws Exception {
        LibreOffice.assumeInstalled();
        Path f = copy("highways.xlsx");
        ReturnFixtures.fillGood(f);
        Path saved = LibreOffice.convert(f, "xlsx:Calc MS Excel 2007 XML", dir.resolve("saved-by-libreoffice"));
        CliRunner r = validate(saved);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of(), json(r.out()));
    }
}
