package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rows written with runs of repeated rows inflate, with zlib's own checks, to the rows given and Up-filtered repeats. */
class RowStreamTest {

    /** Inflates a zlib stream; the Inflater checks the header and the Adler-32 at the end. */
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

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 97, 256, 259, 260, 261, 262, 5851, 40000})
    void runsOfEveryLengthInflateToTheRowsGiven(int rowLength) throws IOException, DataFormatException {
        Random random = new Random(rowLength);
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        RowStream stream = new RowStream(zlib, 3, rowLength);
        byte[] row = new byte[rowLength];
        byte[] before = new byte[rowLength];
        random.nextBytes(before);
        // a repeated row as the stream holds it: filter type 2 (Up), nothing added to the row above
        byte[] up = new byte[rowLength];
        up[0] = 2;
        // short and long runs (longer than the 32 KB window), rows whose zeros leave each remainder after matches of 258
        int[] runs = {1, 2, 3, 7, 1, 40, 129, 258, 259, 260, 0, 2};
        for (int run : runs) {
            for (int i = random.nextInt(rowLength); i < rowLength; i++) {
                row[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt() : 0xFF);
            }
            stream.row(row);
            expected.write(row);
            stream.repeat(run);
            for (int i = 0; i < run; i++) {
                expected.write(up);
            }
            // a row from before the run comes back: zlib must not reach past the run to the copy it saw
            stream.row(before);
            expected.write(before);
            // the rows after a run are deflated with the repeated row behind them
            System.arraycopy(row, 0, before, 0, rowLength);
            row[random.nextInt(rowLength)] ^= 1;
            stream.row(row);
            expected.write(row);
        }
        stream.finish();
        assertArrayEquals(expected.toByteArray(), inflate(zlib.toByteArray(), expected.size()));
    }

    @Test
    void aStreamWithoutRunsIsPlainZlib() throws IOException, DataFormatException {
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        RowStream stream = new RowStream(zlib, 3, 10);
        byte[] row = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        stream.row(row);
        stream.row(row);
        stream.finish();
        byte[] bytes = zlib.toByteArray();
        assertEquals(0x78, bytes[0] & 0xFF, "deflate with a 32 KB window");
        assertEquals(0, ((bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF) % 31, "the header's check bits");
        assertEquals("01234567890123456789", new String(inflate(bytes, 20), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void adlerOfTwoRunsJoinedIsAdlerOfTheWhole() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            byte[] a = new byte[random.nextInt(70000)];
            byte[] b = new byte[trial % 2 == 0 ? random.nextInt(70000) : 65521 * (1 + random.nextInt(2))];
            random.nextBytes(a);
            random.nextBytes(b);
            Adler32 whole = new Adler32();
            whole.update(a);
            whole.update(b);
            Adler32 first = new Adler32();
            first.update(a);
            Adler32 second = new Adler32();
            second.update(b);
            assertEquals((int) whole.getValue(), RowStream.combine((int) first.getValue(), (int) second.getValue(), b.length),
                    a.length + " bytes then " + b.length);
        }
    }
}
