package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options shared by several commands behave the same in each. */
class OptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "template"})
    void aBadPeriodIsAUsageErrorSaidInPlainWords(String command) {
        CliRunner r = CliRunner.run(command, "--period", "2021/23", "somewhere.xlsx");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("'2021/23' is not a period: use a financial year such as 2021/22"), r.err());
        assertTrue(r.err().contains("perfbook " + command + " --help"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "sample"})
    void threadsIsOfferedWhereWorkIsSpreadOverThreads(String command) {
        CliRunner r = CliRunner.run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--threads=N"), r.out());
    }
}
