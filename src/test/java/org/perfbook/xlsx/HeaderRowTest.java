package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HeaderRowTest {

    private enum Role { ID, VALUE, COMMENTARY }

    private static final Map<Role, List<String>> LABELS = new LinkedHashMap<>(Map.of(
            Role.ID, List.of("id"), Role.VALUE, List.of("value"), Role.COMMENTARY, List.of("commentary", "comments")));

    private static void set(Sheet s, int r, int c, String text) {
        (s.getRow(r) == null ? s.createRow(r) : s.getRow(r)).createCell(c).setCellValue(text);
    }

    @Test
    void labelsAreNormalisedOneWay() {
        assertEquals("value", HeaderRow.normalise("  Value* "));
        assertEquals("value", HeaderRow.normalise("VALUE:"));
        assertEquals("value", HeaderRow.normalise("Value *:"));
        assertEquals("good is", HeaderRow.normalise("Good \u00A0 is"));
        assertEquals("data note", HeaderRow.normalise("Data\nnote"));
        assertEquals("", HeaderRow.normalise(null));
    }

    @Test
    void findsTheFirstRowNamingEveryAnchor() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            set(s, 0, 0, "ID");
            set(s, 0, 1, "Title of the return");
            set(s, 3, 1, "Comments");
            set(s, 3, 2, "ID *");
            set(s, 3, 4, "Value:");
            set(s, 3, 6, "Commentary");
            HeaderRow<Role> h = HeaderRow.find(SheetRows.of(s), LABELS, List.of(Role.ID, Role.VALUE), 50);
            assertEquals(3, h.row());
            assertEquals(2, h.column(Role.ID));
            assertEquals(4, h.column(Role.VALUE));
            // Of two labels for one role, the leftmost column wins.
            assertEquals(1, h.column(Role.COMMENTARY));
            assertEquals(List.of("Comments", "ID *", "Value:", "Commentary"), h.shown());
            assertEquals(1, h.firstColumn());
            assertEquals(4, h.byLabel().get("value"));
            assertEquals("Return", h.sheet().name());
        }
    }

    @Test
    void searchesOnlyToTheDepthGiven() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            set(s, 5, 0, "ID");
            set(s, 5, 1, "Value");
            assertNull(HeaderRow.find(SheetRows.of(s), LABELS, List.of(Role.ID, Role.VALUE), 5));
            assertEquals(5, HeaderRow.find(SheetRows.of(s), LABELS, List.of(Role.ID, Role.VALUE), 6).row());
        }
    }

    @Test
    void firstIsTheFirstRowWithAnythingInIt() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Indicators");
            assertNull(HeaderRow.first(SheetRows.of(s), HeaderRow.labelled(List.of("ID"))));
            set(s, 1, 0, "  ");
            set(s, 2, 1, "Indicator");
            set(s, 2, 2, "id");
            HeaderRow<String> h = HeaderRow.first(SheetRows.of(s), HeaderRow.labelled(List.of("ID", "Target")));
            assertEquals(2, h.row());
            assertEquals(Map.of("ID", 2), h.columns());
            assertNull(h.column("Target"));
        }
    }
}
