package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

/** The shared strings read to exactly what POI's own reader gives, odd tables included. */
class SharedStringsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static String sst(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN
                + "\" xmlns:x=\"urn:other\" count=\"9\" uniqueCount=\"9\">" + body + "</sst>";
    }

    /** Every string by our reader and by POI's, as the cells read them (getString). */
    private static void sameAsPoi(String xml, List<String> expected) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(new ByteArrayInputStream(bytes), false);
        SharedStrings ours = SharedStrings.read(new ByteArrayInputStream(bytes));
        List<String> fromPoi = new ArrayList<>();
        List<String> fromOurs = new ArrayList<>();
        for (int i = 0; i < poi.getUniqueCount() && i < expected.size(); i++) {
            fromPoi.add(poi.getItemAt(i).getString());
            fromOurs.add(ours.text(i));
            assertEquals(poi.getItemAt(i).getString(), ours.at(i).getString(), "string " + i);
        }
        assertEquals(expected, fromPoi, "the test's own expectation agrees with POI");
        assertEquals(fromPoi, fromOurs);
        assertThrows(IllegalStateException.class, () -> poi.getItemAt(expected.size()));
        assertThrows(IllegalStateException.class, () -> ours.text(expected.size()));
    }

    @Test
    void plainRichPhoneticAndEscapedStringsReadAsPoiReadsThem() throws Exception {
        sameAsPoi(sst("<si><t>Adult social care</t></si>"
                + "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> and plain </t></r></si>"
                + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><t>Line one_x000D_\nLine two</t></si>"
                + "<si><t>_x0041_ typed, and _x00e9_ lower-case, and _xZZZZ_ not an escape</t></si>"
                + "<si><t>Fish &amp; chips &lt;3 &#163;5</t></si>"
                + "<si><t><![CDATA[<kept as text>]]></t></si>"
                + "<si><t xml:space=\"preserve\">   </t></si>"
                + "<si/>"),
                List.of("Adult social care", "Bold and plain ", "東京", "Line one\r\nLine two",
                        "A typed, and \u00e9 lower-case, and _xZZZZ_ not an escape", "Fish & chips <3 \u00a35",
                        "<kept as text>", "   ", ""));
    }

    @Test
    void elementsOfOtherNamespacesAreIgnoredAsPoiIgnoresThem() throws Exception {
        sameAsPoi(sst("<si><t>kept</t><x:t>not kept</x:t></si><x:si><t>joined to the one before</t></x:si><si><t>next</t></si>"),
                List.of("kept", "next"));
    }

    @Test
    void aTableOutsideTheMainNamespaceOrAnEmptyPartHasNoStrings() throws Exception {
        byte[] strict = ("<sst xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><si><t>a</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class, () -> SharedStrings.read(new ByteArrayInputStream(strict)).text(0));
        assertThrows(IllegalStateException.class,
                () -> new ReadOnlySharedStringsTable(new ByteArrayInputStream(strict), false).getItemAt(0));
        assertThrows(IllegalStateException.class, () -> SharedStrings.read(new ByteArrayInputStream(new byte[0])).text(0));
    }

    @Test
    void aStringShownInManyCellsIsTheSameTextEachTime() throws Exception {
        SharedStrings s = SharedStrings.read(new ByteArrayInputStream(sst("<si><t>n/a_x0009_</t></si>")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("n/a\t", s.text(0));
        assertEquals("n/a\t", s.text(0));
    }
}
