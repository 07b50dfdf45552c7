package org.perfbook.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagePartsTest {

    @TempDir
    Path dir;

    /** Bytes like a chart's PNG: noise with a long run in the middle, so a compressed copy differs from them. */
    private static byte[] chartLike(int size, long seed) {
        byte[] chart = new byte[size];
        new Random(seed).nextBytes(chart);
        Arrays.fill(chart, size / 4, size * 3 / 4, (byte) 0xFF);
        return chart;
    }

    /** A shared part of {@code chart} that counts how often its source is opened. */
    private static SharedPart counting(byte[] chart, AtomicInteger opened) {
        return new SharedPart(() -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(chart);
        });
    }

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

    @Test
    void aSharedPartIsCompressedOnceForEveryPackageThatHoldsItAndItsCopyGoesWhenReleased() throws Exception {
        byte[] chart = chartLike(150_000, 9);
        AtomicInteger opened = new AtomicInteger();
        SharedPart part = counting(chart, opened);
        List<Path> saved = new java.util.ArrayList<>();
        for (String name : List.of("book.xlsx", "report.xlsx")) {
            Path file = dir.resolve(name);
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.createSheet("Charts");
                wb.addPicture("stand-in".getBytes(StandardCharsets.US_ASCII), Workbook.PICTURE_TYPE_PNG);
                try (OutputStream out = Files.newOutputStream(file)) {
                    PackageParts.write(wb::write, Map.of("xl/media/image1.png", part), out);
                }
            }
            saved.add(file);
        }
        assertEquals(1, opened.get(), "compressed once, copied as it is into the second package");
        for (Path file : saved) {
            try (XSSFWorkbook back = new XSSFWorkbook(file.toFile())) {
                assertArrayEquals(chart, back.getAllPictures().get(0).getData());
            }
            // java.util.zip checks each entry's CRC and sizes against what it inflates
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                java.util.zip.ZipEntry e = zip.getEntry("xl/media/image1.png");
                assertEquals(chart.length, e.getSize());
                assertArrayEquals(chart, zip.getInputStream(e).readAllBytes());
            }
        }
        Path copy = part.deflated().file();
        assertTrue(Files.exists(copy));
        part.release();
        assertFalse(Files.exists(copy), "the compressed copy is deleted once released");
        assertThrows(IllegalStateException.class, part::deflated);
    }

    @Test
    void aSharedPartCompressedAsItIsMadeIsOnlyCopiedIntoThePackages() throws Exception {
        byte[] chart = chartLike(90_000, 10);
        AtomicInteger opened = new AtomicInteger();
        SharedPart part = counting(chart, opened);
        part.deflate(chart);
        Path copy = part.deflated().file();
        part.deflate(new byte[] {1, 2, 3});
        assertEquals(copy, part.deflated().file(), "deflated once: a second call keeps the first copy");
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Charts");
            wb.addPicture("stand-in".getBytes(StandardCharsets.US_ASCII), Workbook.PICTURE_TYPE_PNG);
            try (OutputStream out = Files.newOutputStream(file)) {
                PackageParts.write(wb::write, Map.of("xl/media/image1.png", part), out);
            }
        }
        assertEquals(0, opened.get(), "the package copies what was compressed, without reading the part again");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            assertArrayEquals(chart, zip.getInputStream(zip.getEntry("xl/media/image1.png")).readAllBytes());
        }
        part.release();
        assertFalse(Files.exists(copy));
        // a chart finishing after a failed build has released its part leaves nothing behind
        part.deflate(chart);
        assertThrows(IllegalStateException.class, part::deflated);
    }

    @Test
    void aPackageWaitingForAPartDoesNotHoldUpTheThreadCompressingIt() throws Exception {
        // as in a build: the package asks for the part before its chart is drawn; the chart's thread
        // compresses the part and only then says it is drawn
        byte[] chart = chartLike(50_000, 11);
        java.util.concurrent.CountDownLatch drawn = new java.util.concurrent.CountDownLatch(1);
        SharedPart part = new SharedPart(() -> {
            try {
                drawn.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            return new ByteArrayInputStream(chart);
        });
        java.util.concurrent.FutureTask<SharedPart.Deflated> asked = new java.util.concurrent.FutureTask<>(part::deflated);
        Thread packaging = new Thread(asked);
        Thread compressing = new Thread(() -> {
            try {
                part.deflate(chart);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            drawn.countDown();
        });
        // daemons, so a deadlock fails this test rather than hangs the run
        packaging.setDaemon(true);
        compressing.setDaemon(true);
        packaging.start();
        Thread.sleep(100);
        compressing.start();
        compressing.join(60_000);
        assertFalse(compressing.isAlive(), "the chart's thread waits for the package, which waits for it");
        assertEquals(chart.length, asked.get(60, java.util.concurrent.TimeUnit.SECONDS).size());
        part.release();
    }
}
