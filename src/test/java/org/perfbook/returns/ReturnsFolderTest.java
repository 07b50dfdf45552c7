package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.FindingCode;

/** Which files under the paths a user gives are read as returns. */
class ReturnsFolderTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, "x");
    }

    @Test
    void foldersAreSearchedRecursivelyInAStableOrder() throws IOException {
        Path b = touch("waste/waste-2021-22-Q3.xlsx");
        Path a = touch("highways-2021-22-Q3.xlsx");
        Path c = touch("libraries/old/libraries.XLSM");
        Path d = touch("adult-social-care.xls");
        var found = ReturnsFolder.find(List.of(dir));
        assertEquals(List.of(d, a, c, b), found.files());
    }

    @Test
    void lockFilesAndHiddenFilesAreNeverReturns() throws IOException {
        Path real = touch("highways.xlsx");
        touch("~$highways.xlsx");
        touch(".highways.xlsx.tmp");
        touch(".DS_Store");
        assertEquals(List.of(real), ReturnsFolder.find(List.of(dir)).files());
    }

    @Test
    void otherFilesInAFolderAreReportedAsNotRead() throws IOException {
        touch("highways.xlsx");
        touch("notes.docx");
        var found = ReturnsFolder.find(List.of(dir));
        assertEquals(1, found.files().size());
        var warning = found.findings().stream().filter(f -> f.is(FindingCode.NOT_A_SPREADSHEET)).toList();
        assertEquals(1, warning.size(), found.findings()::toString);
        assertTrue(warning.get(0).source().file().endsWith("notes.docx"));
        assertTrue(!warning.get(0).isError());
    }

    @Test
    void aFileNamedDirectlyIsReadWhateverItsNameAndOnlyOnce() throws IOException {
        Path renamed = touch("highways-return.csv");
        Path folder = touch("in/highways.xlsx");
        var found = ReturnsFolder.find(List.of(renamed, dir.resolve("in"), folder));
        assertEquals(List.of(renamed, folder), found.files());
    }

    @Test
    void aPathThatNamesNothingIsAnError() {
        var e = assertThrows(NoSuchFileException.class, () -> ReturnsFolder.find(List.of(dir.resolve("nowhere"))));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void linksAreFollowedToFilesAndEveryOtherLinkIsReportedNotSilentlySkipped() throws IOException {
        Path real = touch("elsewhere/highways.xlsx");
        Path returns = Files.createDirectories(dir.resolve("returns"));
        Path toFile = Files.createSymbolicLink(returns.resolve("highways.xlsx"), real);
        Files.createSymbolicLink(returns.resolve("waste.xlsx"), dir.resolve("gone.xlsx"));
        Files.createSymbolicLink(returns.resolve("loop"), returns);
        var found = ReturnsFolder.find(List.of(returns));
        assertEquals(List.of(toFile), found.files());
        var skipped = found.findings().stream().filter(f -> f.is(FindingCode.SKIPPED_LINK)).toList();
        assertEquals(2, skipped.size(), found.findings()::toString);
        assertTrue(skipped.stream().anyMatch(f -> f.source().file().endsWith("waste.xlsx")
                && f.message().contains("not there")));
        assertTrue(skipped.stream().anyMatch(f -> f.source().file().endsWith("loop")
                && f.message().contains("link to a folder")));
    }

    @Test
    void aReturnSavedAsAnotherSpreadsheetFormatIsAnErrorNotAQuietWarning() throws IOException {
        touch("highways.xlsx");
        touch("waste.ods");
        var found = ReturnsFolder.find(List.of(dir));
        var ods = found.findings().stream().filter(f -> f.source().file().endsWith("waste.ods")).toList();
        assertEquals(1, ods.size(), found.findings()::toString);
        assertTrue(ods.get(0).isError());
        assertTrue(ods.get(0).message().contains("save it as an Excel workbook (.xlsx)"), ods.get(0).message());
    }
}
