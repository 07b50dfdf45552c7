package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a package read straight from its zip, and a part that inflates far too much refused. */
class PackageZipTest {

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";

    @Test
    void relationshipsResolveRelativeAndAbsoluteTargetsAndLeaveExternalOnesOut() throws IOException {
        Path file = zip("book.xlsx", new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml", utf8("<Types/>"),
                "_rels/.rels", utf8(RELS + "<Relationship Id=\"rId1\" Type=\"http://x/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"),
                "xl/_rels/workbook.xml.rels", utf8(RELS
                        + "<Relationship Id=\"rId1\" Type=\"http://x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://x/styles\" Target=\"../xl/./styles.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"http://x/hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/>"
                        + "</Relationships>"),
                "xl/workbook.xml", utf8("<workbook/>"),
                "xl/Worksheets/Sheet1.xml", utf8("<worksheet/>"))));
        try (PackageZip pkg = PackageZip.open(file)) {
            assertEquals("xl/workbook.xml", pkg.first("", "/officeDocument").target());
            List<PackageZip.Relationship> rels = pkg.relationships("xl/workbook.xml");
            assertEquals(List.of("xl/worksheets/sheet1.xml", "xl/styles.xml"),
                    rels.stream().map(PackageZip.Relationship::target).toList());
            assertTrue(pkg.has("xl/worksheets/sheet1.xml"), "part names are not case-sensitive");
            try (InputStream in = pkg.part("xl/worksheets/sheet1.xml")) {
                assertEquals("<worksheet/>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals(List.of(), pkg.relationships("xl/worksheets/sheet1.xml"), "a part without relationships");
        }
    }

    @Test
    void aZipWithoutContentTypesIsNotAPackage() throws IOException {
        Path file = zip("notes.xlsx", Map.of("notes.txt", utf8("hello")));
        IOException e = assertThrows(IOException.class, () -> PackageZip.open(file));
        assertTrue(e.getMessage().contains("[Content_Types].xml"), e.getMessage());
    }

    @Test
    void aPartInflatingToMoreThanAHundredTimesItsSizeIsRefused() throws IOException {
        // 40 MB of one byte deflates to about 40 KB: a thousand times smaller
        Path file = zip("bomb.xlsx", Map.of("[Content_Types].xml", utf8("<Types/>"),
                "xl/worksheets/sheet1.xml", new byte[40 << 20]));
        try (PackageZip pkg = PackageZip.open(file); InputStream in = pkg.part("xl/worksheets/sheet1.xml")) {
            IOException e = assertThrows(IOException.class, () -> in.transferTo(OutputStream.nullOutputStream()));
            assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        }
    }
}
