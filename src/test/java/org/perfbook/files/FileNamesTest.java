package org.perfbook.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
