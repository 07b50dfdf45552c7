package org.perfbook.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.catalogue.CatalogueFixtures.valid;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Settings;

/** The catalogue's optional Settings sheet: what the committee paper says of itself. */
class SettingsSheetTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheSheetTheDefaultsSpeakOfTheCouncil() throws Exception {
        Catalogue c = CatalogueReader.read(valid().write(dir.resolve("catalogue.xlsx")));
        assertEquals(Settings.DEFAULTS, c.settings());
        assertEquals("Council", c.settings().authorityLabel());
        assertEquals("The council", c.settings().authoritySubject());
    }

    @Test
    void settingsAreReadWhateverTheCaseOfTheirNames() throws Exception {
        Path f = valid().sheet("Settings", new Object[] {"Setting", "Value"},
                new Object[] {"authority", " Lancashire "}, new Object[] {"BENCHMARK  SOURCE", "OHID Fingertips"},
                new Object[] {"Meeting date", "Thursday 24 March 2022"}).write(dir.resolve("catalogue.xlsx"));
        Settings s = CatalogueReader.read(f).settings();
        assertEquals("Lancashire", s.authority());
        assertEquals("Lancashire", s.authorityLabel());
        assertEquals("OHID Fingertips", s.benchmarkSource());
        assertEquals("Thursday 24 March 2022", s.meetingDate());
        assertEquals("", s.committee());
    }

    @Test
    void anUnknownSettingIsAnErrorThatListsTheSettings() throws Exception {
        Path f = valid().sheet("Settings", new Object[] {"Setting", "Value"}, new Object[] {"Authority", "Lancashire"},
                new Object[] {"Council name", "Lancashire"}).write(dir.resolve("catalogue.xlsx"));
        List<Finding> findings = assertThrows(CatalogueException.class, () -> CatalogueReader.read(f)).findings();
        assertEquals(1, findings.size(), findings::toString);
        Finding e = findings.get(0);
        assertTrue(e.is(FindingCode.BAD_VALUE));
        assertEquals("Settings", e.source().sheet());
        assertEquals("A3", e.source().cell());
        assertTrue(e.message().contains("'Council name' is not a setting") && e.message().contains("Benchmark source"),
                e.message());
    }

    @Test
    void settingsAreWrittenAndReadBackOnlyWhereThereAreAny() throws Exception {
        Catalogue plain = CatalogueFixtures.sample();
        Path without = dir.resolve("without.xlsx");
        CatalogueWriter.write(plain, without);
        try (XSSFWorkbook wb = new XSSFWorkbook(without.toFile())) {
            assertEquals(null, wb.getSheet("Settings"));
        }
        Settings lancashire = new Settings("Lancashire", "Cabinet Committee on Performance Improvement",
                "Corporate Strategy Monitoring report", "Senior Business Intelligence Manager", "01772 000000",
                "bi@example.gov.uk", "Thursday 24 March 2022", "The Committee is asked to note the report.",
                "OHID Fingertips");
        Catalogue named = new Catalogue(plain.indicators(), plain.targets(), plain.populations(), plain.benchmarks(),
                plain.neighbours(), lancashire);
        Path with = dir.resolve("with.xlsx");
        CatalogueWriter.write(named, with);
        assertEquals(named, CatalogueReader.read(with));
    }
}
