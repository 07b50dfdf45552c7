package org.perfbook.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfbook.risks.RegisterFixture.Q3;
import static org.perfbook.risks.RegisterFixture.Q4;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Confidence;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScore;
import org.perfbook.model.RiskStatus;
import org.perfbook.model.Source;

class RegisterTemplateTest {

    @TempDir
    Path dir;

    private static RiskEntry lastQuarter(String id, RiskStatus status) {
        return new RiskEntry(id, RiskKind.RISK, "Children", Q3, "Family Safeguarding Model", "Implementing the model.",
                "", "Social", "Director of Children's Services", new RiskScore(3, 4), new RiskScore(2, 4), "March 2022",
                java.time.LocalDate.of(2022, 3, 31), Confidence.GREEN, "", "", "", "", "Launched.", status,
                Source.of("x.xlsx"));
    }

    @Test
    void theTemplateIsProtectedWithOnlyTheInputsUnlockedAndLastQuartersEntriesToUpdate() throws IOException {
        Path file = RegisterTemplate.write("Children", Q4,
                List.of(lastQuarter("Corp2", RiskStatus.OPEN), lastQuarter("CORP3", RiskStatus.CLOSED)), dir);
        assertEquals("risk-register-children-2021-22-Q4.xlsx", file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Register");
            assertTrue(s.getProtect(), "the sheet is protected");
            Row first = s.getRow(RegisterTemplate.HEADER_ROW + 1);
            assertEquals("Corp2", first.getCell(RegisterColumn.ID.index()).getStringCellValue());
            assertEquals("Possible (3)", first.getCell(RegisterColumn.CURRENT_LIKELIHOOD.index()).getStringCellValue());
            assertEquals(12, first.getCell(RegisterColumn.LAST_SCORE.index()).getNumericCellValue());
            assertEquals("Green", first.getCell(RegisterColumn.LAST_CONFIDENCE.index()).getStringCellValue());
            // this quarter's confidence is for the directorate to give
            assertEquals("", first.getCell(RegisterColumn.CONFIDENCE.index()).getStringCellValue());
            assertFalse(first.getCell(RegisterColumn.OWNER.index()).getCellStyle().getLocked());
            assertTrue(first.getCell(RegisterColumn.LAST_SCORE.index()).getCellStyle().getLocked());
            // a closed entry is not carried into the next quarter
            Row second = s.getRow(RegisterTemplate.HEADER_ROW + 2);
            assertEquals("", second.getCell(RegisterColumn.ID.index()).getStringCellValue());
            assertFalse(second.getCell(RegisterColumn.ID.index()).getCellStyle().getLocked(), "a spare row for a new entry");
            assertTrue(s.getRow(0).getCell(0).getCellStyle().getLocked());
            assertEquals("2021/22 Q4", wb.getProperties().getCustomProperties().getProperty(RegisterTemplate.PROP_PERIOD)
                    .getLpwstr());

            Set<String> lists = s.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .map(v -> String.join("|", v.getValidationConstraint().getExplicitListValues()))
                    .collect(Collectors.toSet());
            assertTrue(lists.contains("Rare (1)|Unlikely (2)|Possible (3)|Likely (4)|Certain (5)"), lists.toString());
            assertTrue(lists.contains("Insignificant (1)|Minor (2)|Moderate (3)|Major (4)|Catastrophic (5)|Outstanding (5)"),
                    lists.toString());
            assertTrue(lists.contains("Green|Amber|Red"), lists.toString());
            // Warning style: a bare 4 or "Possible" typed by hand is still accepted, and read
            assertTrue(s.getDataValidations().stream()
                    .allMatch(v -> v.getErrorStyle() == DataValidation.ErrorStyle.WARNING));
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
        }
        // what the template holds reads back as the same entry
        RegisterReader.Result r = RegisterReader.read(file, "t.xlsx", Q4);
        assertEquals(List.of("Corp2"), r.entries().stream().map(RiskEntry::id).toList());
        assertEquals(new RiskScore(3, 4), r.entries().get(0).current());
        assertTrue(Arrays.stream(RegisterColumn.values()).filter(c -> !c.input).count() == 2);
    }
}
