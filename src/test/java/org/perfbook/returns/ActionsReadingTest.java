package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.testing.ReturnsTestData.HIGHWAYS;
import static org.perfbook.testing.ReturnsTestData.Q3;
import static org.perfbook.testing.ReturnsTestData.set;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.RecoveryAction;
import org.perfbook.template.TemplateLayout;
import org.perfbook.testing.ReturnsTestData;

/** The Actions sheet of a return: each row becomes an action for a recovery plan, or a finding at its cell. */
class ActionsReadingTest {

    /** The template's first action row (Excel row 5). */
    private static final int FIRST = 4;

    @TempDir
    Path dir;

    private interface Typing {
        void type(Sheet actions);
    }

    private ReturnFile highways(String name, Typing typing) throws IOException {
        Path template = ReturnsTestData.template(dir, HIGHWAYS);
        try (XSSFWorkbook wb = ReturnsTestData.open(template)) {
            typing.type(wb.getSheet(TemplateLayout.ACTIONS_SHEET));
            return ReturnReader.read(ReturnsTestData.save(wb, dir.resolve(name)), name);
        }
    }

    private static void date(Sheet s, int row, LocalDate d) {
        set(s, row, 3, "");
        s.getRow(row).getCell(3).setCellValue(d);
    }

    private static List<String> at(ReturnFile f, FindingCode code) {
        return f.findings().stream().filter(x -> x.is(code)).map(x -> x.source().sheet() + "!" + x.source().cell())
                .toList();
    }

    @Test
    void aCompleteRowIsAnActionWithItsDateAndTheIdAsIssued() throws IOException {
        ReturnFile f = highways("h.xlsx", s -> {
            set(s, FIRST, 0, "hw-01");
            set(s, FIRST, 1, "Two more gangs on nights until March.");
            set(s, FIRST, 2, "Highways Operations Manager");
            date(s, FIRST, LocalDate.of(2022, 3, 31));
            // a date typed as text is still plainly a date
            set(s, FIRST + 1, 0, "HW-01");
            set(s, FIRST + 1, 1, "Weekly review of response times.");
            set(s, FIRST + 1, 2, "Head of Highways");
            set(s, FIRST + 1, 3, "28/02/2022");
        });
        assertTrue(f.actionsSheet());
        assertEquals(List.of(), f.findings());
        List<RecoveryAction> actions = f.actions().stream().map(ActionRow::action).toList();
        assertEquals(2, actions.size());
        assertEquals(new RecoveryAction("HW-01", "Two more gangs on nights until March.", "Highways Operations Manager",
                LocalDate.of(2022, 3, 31), new org.perfbook.model.Source("h.xlsx", "Actions", "B5")), actions.get(0));
        assertEquals(LocalDate.of(2022, 2, 28), actions.get(1).completionDate());
    }

    @Test
    void anIdThatIsNotTheReturnsOrMissingAndARowWithoutAnActionAreNotUsed() throws IOException {
        ReturnFile f = highways("h.xlsx", s -> {
            set(s, FIRST, 0, "HW-99");                      // not in the catalogue
            set(s, FIRST, 1, "Something.");
            set(s, FIRST + 1, 0, "CSC-01");                 // another service's indicator
            set(s, FIRST + 1, 1, "Something else.");
            set(s, FIRST + 2, 1, "An action for no indicator.");
            set(s, FIRST + 2, 2, "Someone");
            set(s, FIRST + 3, 0, "HW-02");                  // an ID and a lead, but no action
            set(s, FIRST + 3, 2, "Capital Programme Manager");
        });
        assertEquals(List.of("Actions!A5", "Actions!A6", "Actions!A7", "Actions!B8"), at(f, FindingCode.BAD_ACTION));
        assertTrue(f.findings().stream().allMatch(x -> x.severity() == Finding.Severity.WARNING));
        assertTrue(f.findings().get(1).message().contains("'CSC-01' on row 6 is not one of this return's indicators "
                + "(HW-01, HW-02)"), f.findings().get(1).message());
        assertTrue(f.actions().stream().allMatch(a -> a.action() == null));
        assertEquals(4, f.actions().size(), "every row that held something is kept for the accounting");
    }

    @Test
    void aMissingLeadOrDateOrADateThatIsNotOneIsSaidAndTheActionKept() throws IOException {
        ReturnFile f = highways("h.xlsx", s -> {
            set(s, FIRST, 0, "HW-01");
            set(s, FIRST, 1, "No lead.");
            date(s, FIRST, LocalDate.of(2022, 3, 31));
            set(s, FIRST + 1, 0, "HW-01");
            set(s, FIRST + 1, 1, "No date.");
            set(s, FIRST + 1, 2, "Lead");
            set(s, FIRST + 2, 0, "HW-01");
            set(s, FIRST + 2, 1, "A date that is not one.");
            set(s, FIRST + 2, 2, "Lead");
            set(s, FIRST + 2, 3, "end of March");
            set(s, FIRST + 3, 0, "HW-01");
            set(s, FIRST + 3, 1, "A day that does not exist.");
            set(s, FIRST + 3, 2, "Lead");
            set(s, FIRST + 3, 3, "31/02/2022");
        });
        assertEquals(List.of("Actions!C5", "Actions!D6", "Actions!D7", "Actions!D8"),
                at(f, FindingCode.INCOMPLETE_ACTION));
        assertTrue(f.findings().get(2).message().contains("'end of March', is not a date"), f.findings().get(2).message());
        List<RecoveryAction> actions = f.actions().stream().map(ActionRow::action).toList();
        assertEquals(List.of("No lead.", "No date.", "A date that is not one.", "A day that does not exist."),
                actions.stream().map(RecoveryAction::action).toList());
        assertEquals("", actions.get(0).lead());
        assertNull(actions.get(1).completionDate());
        assertNull(actions.get(3).completionDate(), "31 February is not quietly made 28 February");
    }

    @Test
    void anActionsSheetThatLostItsHeadingsIsOneWarningAndAReturnWithoutTheSheetHasNone() throws IOException {
        ReturnFile lost = highways("h.xlsx", s -> {
            set(s, 3, 0, "");
            set(s, 3, 1, "");
            set(s, FIRST, 0, "HW-01");
            set(s, FIRST, 1, "Kept nowhere.");
        });
        assertEquals(List.of("Actions!"), at(lost, FindingCode.BAD_ACTION));
        assertTrue(lost.actions().isEmpty());

        Path template = ReturnsTestData.template(dir, HIGHWAYS);
        try (XSSFWorkbook wb = ReturnsTestData.open(template)) {
            wb.unLock();
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.ACTIONS_SHEET));
            ReturnFile older = ReturnReader.read(ReturnsTestData.save(wb, dir.resolve("old.xlsx")), "old.xlsx");
            assertFalse(older.actionsSheet());
            assertTrue(older.readable());
        }
    }

    @Test
    void theValidatorKeepsTheUsableActionsAndAccountsForEveryCell() throws IOException {
        ReturnFile f = highways("h.xlsx", s -> {
            set(s, FIRST, 0, "HW-01");
            set(s, FIRST, 1, "Kept.");
            set(s, FIRST, 2, "Lead");
            set(s, FIRST, 3, "not a date");
            set(s, FIRST + 1, 0, "HW-99");
            set(s, FIRST + 1, 1, "Not kept, but said.");
        });
        ReturnValidator.Result r = new ReturnValidator(ReturnsTestData.catalogue(), Q3, Map.of()).check(List.of(f));
        assertEquals(List.of("Kept."), r.actions().stream().map(RecoveryAction::action).toList());
        assertEquals(Map.of("h.xlsx", java.util.Set.of("HW-01")), r.planned());
        assertFalse(r.findings().stream().anyMatch(x -> x.is(FindingCode.UNACCOUNTED_INPUT)), r.findings().toString());
    }
}
