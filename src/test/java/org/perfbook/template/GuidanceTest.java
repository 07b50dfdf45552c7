package org.perfbook.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.testing.ReturnsTestData.Q3;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuidanceTest {

    @Test
    void theProseIsReadFromItsResourceWithTheTemplatesDetailsFilledIn() {
        List<Guidance.Line> lines = Guidance.lines("Highways", Q3);
        assertEquals(new Guidance.Line(Guidance.Kind.TITLE, "How to fill in this return"), lines.get(0));
        assertEquals(new Guidance.Line(Guidance.Kind.TEXT, "This is the Highways performance return for 2021/22 Q3 "
                + "(October to December 2021). Please fill it in and send it back by 21 January 2022."), lines.get(1));
        assertEquals(new Guidance.Line(Guidance.Kind.TEXT, ""), lines.get(2));
        assertEquals(new Guidance.Line(Guidance.Kind.HEADING, "What to fill in"), lines.get(3));
        assertEquals(6, lines.stream().filter(l -> l.kind() == Guidance.Kind.HEADING).count());
        // the optional Actions sheet is explained where a service reads what to fill in
        assertTrue(lines.contains(new Guidance.Line(Guidance.Kind.HEADING, "Actions for indicators off track (optional)")));
        for (Guidance.Line l : lines) {
            assertFalse(l.text().contains("{"), l.text());
            assertFalse(l.text().startsWith("#"), l.text());
        }
    }

    @Test
    void aServiceNameIsNeverTakenForAPlaceholder() {
        String text = Guidance.lines("Odd {due} $1 service", Q3).get(1).text();
        assertTrue(text.startsWith("This is the Odd {due} $1 service performance return"), text);
    }
}
