package org.perfbook.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.catalogue.CatalogueFixtures.valid;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;

/** The corporate risk register's threshold, a setting on the catalogue's Settings sheet. */
class RiskThresholdSettingTest {

    @TempDir
    Path dir;

    @Test
    void theThresholdIsReadAndItsDefaultIsBlank() throws Exception {
        Path f = valid().sheet("Settings", new Object[] {"Setting", "Value"},
                new Object[] {"Risk register threshold", 15}).write(dir.resolve("catalogue.xlsx"));
        assertEquals("15", CatalogueReader.read(f).settings().riskThreshold());
        Path g = valid().sheet("Settings", new Object[] {"Setting", "Value"},
                new Object[] {"Authority", "Lancashire"}).write(dir.resolve("other.xlsx"));
        assertEquals("", CatalogueReader.read(g).settings().riskThreshold());
    }

    @Test
    void aThresholdThatIsNotAScoreIsAnErrorAtItsCell() throws Exception {
        Path f = valid().sheet("Settings", new Object[] {"Setting", "Value"},
                new Object[] {"Risk register threshold", "high"}).write(dir.resolve("catalogue.xlsx"));
        List<Finding> findings = assertThrows(CatalogueException.class, () -> CatalogueReader.read(f)).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).is(FindingCode.BAD_NUMBER));
        assertEquals("B2", findings.get(0).source().cell());
        assertTrue(findings.get(0).message().startsWith("'high' is not a risk register threshold"));
    }
}
