package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.testing.Indicators;

/** The template job with the service names a catalogue may really hold. */
class TemplatesTest {

    static final Period Q3 = Period.quarter(2021, 3);

    @TempDir
    Path dir;

    private static Catalogue servicesNamed(String... services) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < services.length; i++) {
            indicators.add(Indicators.percentage("IND-0" + i).service(services[i]).target(90).build());
        }
        return new Catalogue(indicators, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aServiceNameOfThreeHundredCharactersGetsAShortSafeFileInsideTheFolder() throws Exception {
        String longName = "Environment, Highways and ../Transport: Waste * Planning? ".repeat(5) + "Services";
        assertTrue(longName.length() >= 290);
        var issued = Templates.issue(servicesNamed(longName), dir.resolve("catalogue.xlsx"), List.of(longName), Q3,
                dir.resolve("templates"));
        Path f = issued.get(0).file();
        assertTrue(Files.isRegularFile(f), f.toString());
        assertEquals(dir.resolve("templates"), f.getParent());
        assertTrue(f.getFileName().toString().length() < 120, f.getFileName().toString());
    }

    @Test
    void twoServicesThatWouldShareAFileNameAreRefusedBeforeAnythingIsWritten() {
        var e = assertThrows(BuildException.class, () -> Templates.issue(servicesNamed("Parks & Gardens", "Parks, Gardens"),
                dir.resolve("catalogue.xlsx"), List.of("Parks & Gardens", "Parks, Gardens"), Q3, dir.resolve("t")));
        assertTrue(e.getMessage().contains("'Parks & Gardens' and 'Parks, Gardens'"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("t")) || dir.resolve("t").toFile().list().length == 0);
    }
}
