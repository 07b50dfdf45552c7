package org.perfbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingCodeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (error|warning) \\| (.+) \\|$",
            Pattern.MULTILINE);

    @Test
    void theReadmeTableListsEveryCodeWithItsSeverityAndDescription() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            FindingCode code = FindingCode.of(m.group(1)).orElse(null);
            assertTrue(code != null, "the README lists '" + m.group(1) + "', which is not a finding code");
            assertEquals(code.severity().label(), m.group(2), m.group(1));
            assertEquals(code.description(), m.group(3), m.group(1));
            documented.add(m.group(1));
        }
        Set<String> codes = Arrays.stream(FindingCode.values()).map(FindingCode::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(codes, documented, "the README's table of finding codes");
    }

    @Test
    void codesAreTheStableTextUsersFilterOn() {
        assertEquals("text-in-number", FindingCode.TEXT_IN_NUMBER.code());
        assertEquals(FindingCode.NUMERATOR_OVER_DENOMINATOR, FindingCode.of("numerator-over-denominator").orElseThrow());
        assertTrue(FindingCode.of("no-such-code").isEmpty());
    }

    @Test
    void aFindingMadeFromACodeKeepsItsTextAndUsualSeverity() {
        Finding f = Finding.of(Source.of("highways.xlsx"), FindingCode.NO_COMMENTARY, "Please explain.");
        assertEquals("no-commentary", f.code());
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertTrue(Finding.error(Source.of("x.xlsx"), FindingCode.NO_COMMENTARY, "m").isError());
    }
}
