package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart PNG is a valid PNG of exactly the pixels drawn, at 300 dpi. */
class PngTest {

    private record Chunk(String type, byte[] data) {
    }

    /** Walks the file chunk by chunk, checking each CRC as a strict reader would. */
    private static List<Chunk> chunks(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] signature = new byte[8];
        in.readFully(signature);
        assertEquals("\u0089PNG\r\n\u001a\n", new String(signature, StandardCharsets.ISO_8859_1));
        List<Chunk> chunks = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            byte[] data = new byte[length];
            in.readFully(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + new String(type, StandardCharsets.US_ASCII));
            chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data));
        }
        return chunks;
    }

    @Test
    void everyPixelComesBackAndThePngSays300Dpi() throws IOException {
        // noise does not compress, so the image data runs over several IDAT chunks
        BufferedImage image = new BufferedImage(301, 203, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] png = Png.encode(image, 300);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(301, back.getWidth());
        assertEquals(203, back.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        List<Chunk> chunks = chunks(png);
        assertEquals("IHDR", chunks.get(0).type());
        assertEquals("pHYs", chunks.get(1).type());
        DataInputStream phys = new DataInputStream(new ByteArrayInputStream(chunks.get(1).data()));
        assertEquals(11811, phys.readInt(), "300 dpi is 11,811 dots a metre");
        assertEquals(11811, phys.readInt());
        assertEquals(1, phys.readByte(), "the unit is the metre");
        assertEquals("IEND", chunks.get(chunks.size() - 1).type());
        long idat = chunks.stream().filter(c -> c.type().equals("IDAT")).count();
        assertTrue(idat > 1, "image data over " + idat + " chunks");
        assertTrue(chunks.stream().allMatch(c -> c.data().length <= 1 << 16));
    }

    @Test
    void aChartDrawnForPrintComesBackPixelForPixel() throws IOException {
        BufferedImage image = Export.draw(CommitteeCharts.trend(ChartFixtures.assessment("ASC-02"),
                ChartFixtures.catalogue().benchmarks(), ChartFixtures.Q3), 6.5, 3.6);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image, Export.DPI)));
        int[] drawn = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] read = back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth());
        assertEquals(1950, back.getWidth());
        assertTrue(java.util.Arrays.equals(drawn, read));
    }

    @Test
    void rowsThatRepeatOrChangeOnlyPartWayAlongComeBackPixelForPixel() throws IOException {
        // each row is the one above with its pixels changed from some column on (or none, or all)
        BufferedImage image = new BufferedImage(97, 120, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < image.getHeight(); y++) {
            int from = switch (y % 4) {
                case 0 -> 0;
                case 1 -> image.getWidth();
                case 2 -> image.getWidth() - 1;
                default -> random.nextInt(image.getWidth());
            };
            for (int x = 0; x < image.getWidth(); x++) {
                int above = y == 0 ? 0xFFFFFF : image.getRGB(x, y - 1) & 0xFFFFFF;
                image.setRGB(x, y, x >= from ? random.nextInt(0x1000000) : above);
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image, 300)));
        int w = image.getWidth();
        int h = image.getHeight();
        assertTrue(java.util.Arrays.equals(image.getRGB(0, 0, w, h, null, 0, w), back.getRGB(0, 0, w, h, null, 0, w)));
    }

    @Test
    void rowsChangedOnlyHereAndThereAndRunsOfRepeatedRowsComeBackPixelForPixel() throws IOException {
        // as in a chart: a row is the one above with a few pixels changed (a line crossing it), or repeats it
        // for a while (a blank band, the body of a bar), or is new
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = new int[w * h];
        Random random = new Random(5);
        java.util.Arrays.fill(pixels, 0, w, 0xFFFFFF);
        for (int y = 1; y < h; y++) {
            System.arraycopy(pixels, (y - 1) * w, pixels, y * w, w);
            switch (y / 10 % 4) {
                case 0 -> {
                    for (int k = random.nextInt(4); k > 0; k--) {
                        pixels[y * w + random.nextInt(w)] = random.nextInt(0x1000000);
                    }
                }
                case 1 -> {
                }
                case 2 -> pixels[y * w + 64 * random.nextInt(w / 64) + (y % 2 == 0 ? 0 : 63)] ^= 0x010203;
                default -> {
                    if (y % 10 == 0) {
                        for (int x = 0; x < w; x++) {
                            pixels[y * w + x] = random.nextInt(0x1000000);
                        }
                    }
                }
            }
        }
        image.setRGB(0, 0, w, h, pixels, 0, w);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image, 300)));
        assertTrue(java.util.Arrays.equals(image.getRGB(0, 0, w, h, null, 0, w), back.getRGB(0, 0, w, h, null, 0, w)));
    }

    @Test
    void onlyAWholeOpaqueRgbImageIsTaken() {
        assertThrows(IllegalArgumentException.class,
                () -> Png.encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), 300));
        BufferedImage whole = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class, () -> Png.encode(whole.getSubimage(2, 2, 5, 5), 300));
    }
}
