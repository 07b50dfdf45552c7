package org.perfbook.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    @Test
    void aSlugIsLowerCaseLettersDigitsAndSingleHyphens() {
        assertEquals("childrens-social-care", FileNames.slug("Children's Social Care", "service"));
        assertEquals("childrens-social-care", FileNames.slug("Children\u2019s Social Care", "service"));
        assertEquals("adult-social-care", FileNames.slug("  Adult  Social / Care ", "service"));
        assertEquals("cafe-services", FileNames.slug("Caf\u00e9 Services", "service"));
        assertEquals("etc", FileNames.slug("../../etc", "service"));
    }

    @Test
    void nothingLeftIsTheFallback() {
        assertEquals("service", FileNames.slug("../..", "service"));
        assertEquals("service", FileNames.slug("", "service"));
        assertEquals("service", FileNames.slug(null, "service"));
    }

    @Test
    void aLongNameIsCutShortAndTwoThatStartAlikeStayApart() {
        String base = "Directorate of Environment, Highways, Waste, Transport and Planning Services ".repeat(4);
        String a = FileNames.slug(base + "North", "service");
        String b = FileNames.slug(base + "South", "service");
        assertTrue(a.length() <= FileNames.MAX_SLUG, a);
        assertTrue(a.matches("[a-z0-9-]+") && !a.endsWith("-"), a);
        assertNotEquals(a, b);
        assertEquals(a, FileNames.slug(base + "North", "service"), "the same name gives the same file");
    }

    @Test
    void aFileWithTheLongestNameIsWrittenThroughItsTemporaryName(@TempDir Path dir) throws Exception {
        String name = "x".repeat(250) + ".xlsx";
        assertTrue(FileNames.temporaryName(name, UUID.randomUUID().toString()).length() < 255);
        Path f = dir.resolve(name);
        SafeFiles.write(f, out -> out.write(new byte[] {1, 2, 3}));
        assertEquals(3, Files.size(f));
    }
}
