package org.perfbook.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A PNG's image data as a zlib stream, row by row, in which a run of rows repeating the row before is written
 * as one block of copies of that row rather than given to zlib. zlib spends the same time on a blank row as
 * on a busy one (it deflates 6.7 MB of white in 8 ms), and a third of a chart's rows repeat the row above, so
 * skipping them takes about a third off the encoding; the copies cost about what zlib's own matches would.
 *
 * <p>The stream is zlib's raw deflate with the zlib header and Adler-32 written here. Before a run zlib is
 * flushed with {@link Deflater#FULL_FLUSH}, which ends its block on a byte and forgets its history, so none of
 * its later matches can reach back past the run to bytes it no longer knows the place of; the run's block
 * follows (a dynamic Huffman block of matches reaching back one row, RFC 1951 3.2.7), then an empty stored
 * block to come back to a byte. (Giving zlib the repeated row back as a dictionary made the sample's PNGs
 * 0.07 % smaller, not worth hashing every run's row for.)
 */
final class RowStream {

    private static final int BASE = 65521;
    private static final int MAX_MATCH = 258;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
        10, 11, 11, 12, 12, 13, 13};
    /** The order in which the code-length code's lengths are written (RFC 1951 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int END_OF_BLOCK = 256;

    private final OutputStream out;
    private final Deflater deflater;
    private final int rowLength;
    private final byte[] buffer = new byte[1 << 16];
    /** Adler-32 of the bytes before {@link #fed}'s, and how many bytes {@link #fed} has taken since. */
    private int adler = 1;
    private final Adler32 fed = new Adler32();
    private long fedLength;
    private long bits;
    private int bitCount;

    /** Starts the stream: rows of {@code rowLength} bytes (the filter byte included) deflated at {@code level}. */
    RowStream(OutputStream out, int level, int rowLength) throws IOException {
        if (rowLength > 32768) {
            throw new IllegalArgumentException("a row longer than deflate's 32 KB window: " + rowLength + " bytes");
        }
        this.out = out;
        this.rowLength = rowLength;
        this.deflater = new Deflater(level, true);
        int header = 0x7800 | (level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3) << 6;
        header += 31 - header % 31;
        out.write(header >> 8);
        out.write(header & 0xFF);
    }

    /** The next row, given to zlib. */
    void row(byte[] row) throws IOException {
        fed.update(row, 0, rowLength);
        fedLength += rowLength;
        deflater.setInput(row, 0, rowLength);
        while (!deflater.needsInput()) {
            drain(Deflater.NO_FLUSH);
        }
    }

    /** The last row given again {@code times} times. */
    void repeat(byte[] row, int times) throws IOException {
        if (times <= 0) {
            return;
        }
        drain(Deflater.FULL_FLUSH);
        adler = combine(adler, (int) fed.getValue(), fedLength);
        fed.reset();
        fedLength = 0;
        Adler32 one = new Adler32();
        one.update(row, 0, rowLength);
        int rowAdler = (int) one.getValue();
        for (int i = 0; i < times; i++) {
            adler = combine(adler, rowAdler, rowLength);
        }
        copies((long) times * rowLength, rowLength);
    }

    /** Ends the stream with zlib's final block and the Adler-32 of every byte. */
    void finish() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        deflater.end();
        int sum = combine(adler, (int) fed.getValue(), fedLength);
        out.write(sum >>> 24);
        out.write(sum >>> 16);
        out.write(sum >>> 8);
        out.write(sum);
    }

    /** Releases zlib's memory when the stream is abandoned. */
    void end() {
        deflater.end();
    }

    private void drain(int flush) throws IOException {
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
    }

    /** Adler-32 of two runs of bytes joined, from each run's own (zlib's adler32_combine). */
    static int combine(int adler1, int adler2, long length2) {
        long rem = length2 % BASE;
        long sum1 = adler1 & 0xFFFF;
        long sum2 = rem * sum1 % BASE;
        sum1 += (adler2 & 0xFFFF) + BASE - 1;
        sum2 += ((adler1 >>> 16) & 0xFFFF) + ((adler2 >>> 16) & 0xFFFF) + BASE - rem;
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum2 >= 2L * BASE) {
            sum2 -= 2L * BASE;
        }
        if (sum2 >= BASE) {
            sum2 -= BASE;
        }
        return (int) (sum2 << 16 | sum1);
    }

    /**
     * One dynamic block copying {@code length} bytes from {@code distance} back, then an empty stored block so
     * the stream is on a byte again for zlib.
     */
    private void copies(long length, int distance) throws IOException {
        // matches of 258 and what is left; a remainder of 1 or 2 is too short for a match, so the last full
        // match gives up 3 bytes to it
        long full = length / MAX_MATCH;
        int rest = (int) (length % MAX_MATCH);
        int[] tail;
        if (rest == 0) {
            tail = new int[0];
        } else if (rest >= 3) {
            tail = new int[] {rest};
        } else {
            full--;
            tail = new int[] {MAX_MATCH + rest - 3, 3};
        }
        int[] litLengths = new int[286];
        // the commonest symbol first, so it gets the shortest code
        int[] used = distinctSymbols(tail);
        completeCode(litLengths, used);
        int distanceCode = code(DISTANCE_BASE, distance);
        int[] distanceLengths = new int[30];
        completeCode(distanceLengths, new int[] {distanceCode, distanceCode == 0 ? 1 : 0});
        int litCount = 257 + Math.max(0, lastNonZero(litLengths) + 1 - 257);
        int distanceCount = lastNonZero(distanceLengths) + 1;
        int[] litCodes = canonical(litLengths);
        int[] distanceCodes = canonical(distanceLengths);

        // the code lengths of both codes, zeros run-length coded (16 is never needed)
        int[] all = new int[litCount + distanceCount];
        System.arraycopy(litLengths, 0, all, 0, litCount);
        System.arraycopy(distanceLengths, 0, all, litCount, distanceCount);
        int[] symbols = new int[all.length];
        int[] extras = new int[all.length];
        int count = 0;
        for (int i = 0; i < all.length; ) {
            int run = 0;
            while (all[i] == 0 && i + run < all.length && all[i + run] == 0 && run < 138) {
                run++;
            }
            if (run >= 11) {
                symbols[count] = 18;
                extras[count++] = run - 11;
                i += run;
            } else if (run >= 3) {
                symbols[count] = 17;
                extras[count++] = run - 3;
                i += run;
            } else {
                symbols[count++] = all[i++];
            }
        }
        int[] clLengths = new int[19];
        boolean[] present = new boolean[19];
        for (int i = 0; i < count; i++) {
            present[symbols[i]] = true;
        }
        int distinct = 0;
        for (boolean p : present) {
            distinct += p ? 1 : 0;
        }
        int[] clUsed = new int[distinct];
        for (int s = 0, k = 0; s < 19; s++) {
            if (present[s]) {
                clUsed[k++] = s;
            }
        }
        completeCode(clLengths, clUsed);
        int[] clCodes = canonical(clLengths);
        int clCount = 4;
        for (int i = 0; i < CODE_LENGTH_ORDER.length; i++) {
            if (clLengths[CODE_LENGTH_ORDER[i]] != 0) {
                clCount = Math.max(clCount, i + 1);
            }
        }

        bits(0, 1); // not the last block
        bits(2, 2); // dynamic Huffman codes
        bits(litCount - 257, 5);
        bits(distanceCount - 1, 5);
        bits(clCount - 4, 4);
        for (int i = 0; i < clCount; i++) {
            bits(clLengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int i = 0; i < count; i++) {
            int s = symbols[i];
            huffman(clCodes[s], clLengths[s]);
            if (s == 17) {
                bits(extras[i], 3);
            } else if (s == 18) {
                bits(extras[i], 7);
            }
        }
        int distanceExtra = distance - DISTANCE_BASE[distanceCode];
        for (long i = 0; i < full; i++) {
            match(MAX_MATCH, litCodes, litLengths, distanceCodes[distanceCode], distanceLengths[distanceCode],
                    distanceCode, distanceExtra);
        }
        for (int t : tail) {
            match(t, litCodes, litLengths, distanceCodes[distanceCode], distanceLengths[distanceCode], distanceCode,
                    distanceExtra);
        }
        huffman(litCodes[END_OF_BLOCK], litLengths[END_OF_BLOCK]);
        // an empty stored block: three header bits, then up to the byte, then LEN 0 and NLEN 0xFFFF
        bits(0, 3);
        if (bitCount % 8 != 0) {
            bits(0, 8 - bitCount % 8);
        }
        bits(0x0000, 16);
        bits(0xFFFF, 16);
        flushBits();
    }

    private void match(int length, int[] litCodes, int[] litLengths, int distanceHuffman, int distanceBits,
            int distanceCode, int distanceExtra) throws IOException {
        int c = code(LENGTH_BASE, length);
        huffman(litCodes[257 + c], litLengths[257 + c]);
        bits(length - LENGTH_BASE[c], LENGTH_EXTRA[c]);
        huffman(distanceHuffman, distanceBits);
        bits(distanceExtra, DISTANCE_EXTRA[distanceCode]);
    }

    /** 285 (a match of 258), the tail's length symbols and the end of block: the symbols the block uses. */
    private static int[] distinctSymbols(int[] tail) {
        int[] s = new int[2 + tail.length];
        int n = 0;
        s[n++] = 257 + LENGTH_BASE.length - 1;
        for (int t : tail) {
            int symbol = 257 + code(LENGTH_BASE, t);
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= s[i] == symbol;
            }
            if (!seen) {
                s[n++] = symbol;
            }
        }
        s[n++] = END_OF_BLOCK;
        return java.util.Arrays.copyOf(s, n);
    }

    /** The index of the code whose range holds {@code value}, in a table of each range's first value. */
    private static int code(int[] bases, int value) {
        int c = bases.length - 1;
        while (bases[c] > value) {
            c--;
        }
        return c;
    }

    /**
     * Lengths of a complete prefix code over the symbols {@code used} (two or more), shorter first: of m
     * symbols, 2^(b+1) - m get b bits and the rest b + 1, where 2^b &lt;= m &lt; 2^(b+1).
     */
    private static void completeCode(int[] lengths, int[] used) {
        int m = used.length;
        int b = 31 - Integer.numberOfLeadingZeros(m);
        int shorter = m == 1 << b ? m : (1 << (b + 1)) - m;
        for (int i = 0; i < m; i++) {
            lengths[used[i]] = i < shorter ? b : b + 1;
        }
    }

    /** Canonical Huffman codes from code lengths (RFC 1951 3.2.2). */
    private static int[] canonical(int[] lengths) {
        int max = 0;
        for (int l : lengths) {
            max = Math.max(max, l);
        }
        int[] perLength = new int[max + 1];
        for (int l : lengths) {
            if (l > 0) {
                perLength[l]++;
            }
        }
        int[] next = new int[max + 2];
        for (int bitsLong = 1, code = 0; bitsLong <= max; bitsLong++) {
            code = (code + perLength[bitsLong - 1]) << 1;
            next[bitsLong] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            if (lengths[s] > 0) {
                codes[s] = next[lengths[s]]++;
            }
        }
        return codes;
    }

    private static int lastNonZero(int[] a) {
        int i = a.length - 1;
        while (i > 0 && a[i] == 0) {
            i--;
        }
        return i;
    }

    /** A Huffman code, whose bits go most significant first. */
    private void huffman(int code, int length) throws IOException {
        bits(Integer.reverse(code) >>> (32 - length), length);
    }

    /** A value of {@code n} bits, least significant first, as deflate packs them. */
    private void bits(int value, int n) throws IOException {
        bits |= (long) (value & ((1 << n) - 1)) << bitCount;
        bitCount += n;
        while (bitCount >= 8) {
            out.write((int) bits & 0xFF);
            bits >>>= 8;
            bitCount -= 8;
        }
    }

    private void flushBits() throws IOException {
        if (bitCount != 0) {
            throw new IllegalStateException("a block left off a byte");
        }
    }
}
