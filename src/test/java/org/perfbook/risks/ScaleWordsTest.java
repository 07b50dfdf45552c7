package org.perfbook.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfbook.model.RiskKind;

class ScaleWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Possible (3)|3", "possible|3", "CERTAIN|5", "Certain|5", "Likely|4", "Rare (1)|1", "4|4", "4.0|4",
        "Unlikely 2|2", "  Likely  (4) |4", "(2)|2"})
    void likelihoodAsPeopleTypeIt(String typed, int expected) {
        assertEquals(expected, ScaleWords.likelihood(typed).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Major (4)|4", "major|4", "Moderate|3", "Insignificant (1)|1", "Catastrophic|5", "Outstanding (5)|5", "2|2"})
    void impactAsPeopleTypeIt(String typed, int expected) {
        assertEquals(expected, ScaleWords.impact(typed, RiskKind.RISK).value());
    }

    @Test
    void unknownWordsAndNumbersOffTheScaleAreSaid() {
        ScaleWords.Reading probable = ScaleWords.likelihood("Probable");
        assertNull(probable.value());
        assertTrue(probable.problem().contains("'Probable' is not a likelihood"), probable.problem());
        assertTrue(probable.problem().contains("Possible (3)"), probable.problem());
        ScaleWords.Reading six = ScaleWords.impact("6", RiskKind.RISK);
        assertNull(six.value());
        assertTrue(six.problem().contains("scale of 1 to 5"), six.problem());
        // an impact word typed as a likelihood (the seeds' swapped labels)
        assertNull(ScaleWords.likelihood("Major").value());
    }

    @Test
    void aWordAndANumberThatDisagreeAreNotGuessedAt() {
        ScaleWords.Reading r = ScaleWords.likelihood("Possible (4)");
        assertNull(r.value());
        assertTrue(r.problem().contains("Possible is 3 on the Key to Scores, not 4"), r.problem());
    }

    @Test
    void anOpportunitysScaleIsNamedWithOutstanding() {
        assertTrue(ScaleWords.impact("Huge", RiskKind.OPPORTUNITY).problem().contains("Outstanding (5)"));
        assertTrue(ScaleWords.impact("Huge", RiskKind.RISK).problem().contains("Catastrophic (5)"));
    }
}
