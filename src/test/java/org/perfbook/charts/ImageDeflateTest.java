package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The image data inflates, with zlib's own checks (header, Adler-32), to the rows filtered Up. */
class ImageDeflateTest {

    /** The PNG rows the stream should hold, filtered Up as the PNG specification defines it (section 9.2). */
    private static byte[] upFiltered(int[] pixels, int width, int height) {
        byte[] rows = new byte[height * (1 + 3 * width)];
        int i = 0;
        for (int y = 0; y < height; y++) {
            rows[i++] = 2;
            for (int x = 0; x < width; x++) {
                int p = pixels[y * width + x];
                int above = y == 0 ? 0 : pixels[(y - 1) * width + x];
                for (int shift = 16; shift >= 0; shift -= 8) {
                    rows[i++] = (byte) ((p >> shift & 0xFF) - (above >> shift & 0xFF));
                }
            }
        }
        return rows;
    }

    /** Inflates a zlib stream: the Inflater checks its header and its Adler-32. */
    private static byte[] inflate(byte[] zlib, int expected) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        byte[] out = new byte[expected + 1];
        int n = 0;
        while (!inflater.finished()) {
            int got = inflater.inflate(out, n, out.length - n);
            assertTrue(got > 0 || inflater.finished(), "the stream ends before its last block");
            n += got;
        }
        assertEquals(0, inflater.getRemaining(), "bytes after the stream");
        inflater.end();
        return Arrays.copyOf(out, n);
    }

    private static byte[] deflated(int[] pixels, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageDeflate.write(pixels, width, height, out);
        return out.toByteArray();
    }

    private static void assertRoundTrip(int[] pixels, int width, int height) throws IOException, DataFormatException {
        byte[] expected = upFiltered(pixels, width, height);
        byte[] zlib = deflated(pixels, width, height);
        assertEquals(0x7801, (zlib[0] & 0xFF) << 8 | zlib[1] & 0xFF, "zlib header: deflate, 32 KB window");
        assertArrayEquals(expected, inflate(zlib, expected.length));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 85, 86, 87, 300})
    void noiseOfAnyWidthComesBack(int width) throws IOException, DataFormatException {
        Random random = new Random(width);
        int height = 120;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(0x1000000);
        }
        assertRoundTrip(pixels, width, height);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 97, 1950, 12000})
    void chartLikeRowsComeBackAndAreSmall(int width) throws IOException, DataFormatException {
        // white, with a frame, bars, a sloping line, the same "glyph" drawn again along the rows, runs of a grey
        // (whose three bytes are alike) and single pixels changed here and there; rows over 32 KB at 12,000 wide
        Random random = new Random(width);
        int height = 260;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFF);
        int[] glyph = new int[5 * 7];
        for (int i = 0; i < glyph.length; i++) {
            glyph[i] = random.nextBoolean() ? 0x202020 + random.nextInt(0x60) * 0x010101 : 0xFFFFFF;
        }
        for (int y = 0; y < height; y++) {
            int row = y * width;
            if (y == 10 || y == height - 10) {
                Arrays.fill(pixels, row, row + width, 0x808080);
            }
            for (int bar = 0; bar < width / 40; bar++) {
                if (y > 40 + 13 * bar % 150) {
                    Arrays.fill(pixels, row + bar * 40 + 5, row + Math.min(width, bar * 40 + 30), 0x1F77B4 + bar);
                }
            }
            int lineX = (y * 3) % width;
            pixels[row + lineX] = 0xD62728;
            if (lineX + 1 < width) {
                pixels[row + lineX + 1] = 0xE88A8B;
            }
            for (int copy = 0; copy * 9 + 5 <= width && y % 20 < 7; copy++) {
                System.arraycopy(glyph, (y % 20) * 5, pixels, row + copy * 9, 5);
            }
            if (y % 17 == 0) {
                pixels[row + random.nextInt(width)] = random.nextInt(0x1000000);
            }
            if (y % 23 == 5) {
                // a run of one grey, of every length about a match's longest (258 bytes, 86 pixels)
                int length = Math.min(width, 80 + y % 12);
                Arrays.fill(pixels, row + width - length, row + width, 0x050505 * (y % 3));
            }
        }
        assertRoundTrip(pixels, width, height);
        if (width >= 1950) {
            int raw = height * (1 + 3 * width);
            int size = deflated(pixels, width, height).length;
            assertTrue(size < raw / 40, size + " bytes for " + raw);
        }
    }

    @Test
    void aLongImageRunsOverManyBlocksAndStillChecks() throws IOException, DataFormatException {
        // over 32,768 symbols to a block, and the Adler-32's sums past many reductions
        Random random = new Random(3);
        int width = 211;
        int height = 900;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = y % 5 == 0 || x % 13 == 0 ? random.nextInt(0x1000000)
                        : y == 0 ? 0xFFFFFF : pixels[(y - 1) * width + x];
            }
        }
        assertRoundTrip(pixels, width, height);
    }

    @Test
    void blankImagesComeBack() throws IOException, DataFormatException {
        for (int colour : new int[] {0xFFFFFF, 0x000000, 0x020202, 0x123456}) {
            int[] pixels = new int[640 * 50];
            Arrays.fill(pixels, colour);
            assertRoundTrip(pixels, 640, 50);
        }
        assertRoundTrip(new int[] {0x010203}, 1, 1);
    }
}
