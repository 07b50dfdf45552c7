package org.perfbook.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfbook.xlsx.BadFiles;

class TablesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(BadFiles.Kind.class)
    void everyKindOfBadWorkbookIsOneLineNamingTheFile(BadFiles.Kind kind) throws IOException {
        Path p = BadFiles.write(dir, kind);
        TableFormatException e = assertThrows(TableFormatException.class, () -> Tables.read(p));
        String prefix = p + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        String message = e.getMessage().substring(prefix.length());
        assertFalse(message.contains("\n"), message);
        assertEquals(kind.problem.message(), message);
    }
}
