package org.perfbook.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagePartsTest {

    @TempDir
    Path dir;

    @Test
    void standInsAreReplacedByTheirContentAndEverythingElseIsKept() throws Exception {
        byte[] first = new byte[200_000];
        byte[] second = new byte[70_000];
        new Random(7).nextBytes(first);
        new Random(8).nextBytes(second);
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("kept");
            wb.addPicture("stand-in one".getBytes(StandardCharsets.US_ASCII), Workbook.PICTURE_TYPE_PNG);
            wb.addPicture("stand-in two".getBytes(StandardCharsets.US_ASCII), Workbook.PICTURE_TYPE_PNG);
            Map<String, byte[]> found = PackageParts.pictures(wb.getPackage());
            assertEquals(List.of("xl/media/image1.png", "xl/media/image2.png"), List.copyOf(found.keySet()));
            Map<String, PackageParts.Content> parts = new LinkedHashMap<>();
            found.forEach((entry, standIn) -> parts.put(entry, () -> new ByteArrayInputStream(
                    new String(standIn, StandardCharsets.US_ASCII).endsWith("one") ? first : second)));
            try (OutputStream out = Files.newOutputStream(file)) {
                PackageParts.write(wb::write, parts, out);
            }
        }
        try (XSSFWorkbook back = new XSSFWorkbook(file.toFile())) {
            assertEquals("kept", back.getSheet("Data").getRow(0).getCell(0).getStringCellValue());
            List<XSSFPictureData> pictures = back.getAllPictures();
            assertEquals(2, pictures.size());
            assertArrayEquals(first, pictures.get(0).getData());
            assertArrayEquals(second, pictures.get(1).getData());
        }
    }

    @Test
    void aPartNotInThePackageIsAnError() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Data");
            Map<String, PackageParts.Content> parts = Map.of("xl/media/image9.png", () -> new ByteArrayInputStream(new byte[1]));
            assertThrows(IllegalStateException.class,
                    () -> PackageParts.write(wb::write, parts, OutputStream.nullOutputStream()));
        }
    }
}
