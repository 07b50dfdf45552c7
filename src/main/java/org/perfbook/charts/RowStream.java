package org.perfbook.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A PNG's image data as a zlib stream, row by row, in which a run of rows repeating the row before is written
 * by hand rather than given to zlib. zlib spends the same time on a blank row as on a busy one (it deflates
 * 6.7 MB of white in 8 ms), and a third of a chart's rows repeat the row above, so skipping them takes about a
 * third off the encoding.
 *
 * <p>A repeated row is written as PNG filter type 2 ("Up") with nothing to add to the row above: a 2 and a
 * row of zeros, which one deflate block (dynamic Huffman codes, RFC 1951 3.2.7) holds in matches one byte
 * back, about nine bytes a row. The stream is zlib's raw deflate with the zlib header and Adler-32 written
 * here. Before a run zlib is flushed with {@link Deflater#FULL_FLUSH}, which ends its block on a byte and
 * forgets its history, so none of its later matches can reach back past the run to bytes it no longer knows
 * the place of; an empty stored block brings the stream back to a byte after the run's block.
 */
final class RowStream {

    private static final int BASE = 65521;
    private static final int MAX_MATCH = 258;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    /** The order in which the code-length code's lengths are written (RFC 1951 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int END_OF_BLOCK = 256;
    /** PNG filter type 2: each byte is added to the byte above it. */
    private static final byte UP = 2;

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
    /** Adler-32 of a row filtered Up with nothing to add; 0 until a run needs it (no Adler-32 of bytes is 0). */
    private int upRowAdler;

    /** Starts the stream: rows of {@code rowLength} bytes (the filter byte included) deflated at {@code level}. */
    RowStream(OutputStream out, int level, int rowLength) throws IOException {
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
    void repeat(int times) throws IOException {
        if (times <= 0) {
            return;
        }
        drain(Deflater.FULL_FLUSH);
        adler = combine(adler, (int) fed.getValue(), fedLength);
        fed.reset();
        fedLength = 0;
        if (upRowAdler == 0) {
            byte[] up = new byte[rowLength];
            up[0] = UP;
            Adler32 one = new Adler32();
            one.update(up);
            upRowAdler = (int) one.getValue();
        }
        for (int i = 0; i < times; i++) {
            adler = combine(adler, upRowAdler, rowLength);
        }
        upRows(times);
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
     * One dynamic block of {@code times} rows filtered Up with nothing to add, then an empty stored block so the
     * stream is on a byte again for zlib. Each row: the literal 2, a literal 0, then the rest of its zeros as
     * matches one byte back (a remainder under 3, too short for a match, as literal zeros).
     */
    private void upRows(int times) throws IOException {
        int zeros = rowLength - 2;
        int full = zeros / MAX_MATCH;
        int rest = zeros % MAX_MATCH;
        int restSymbol = rest >= 3 ? 257 + code(LENGTH_BASE, rest) : -1;
        // the commonest symbols first, so they get the shortest codes
        int[] used = new int[5];
        int n = 0;
        if (full > 0) {
            used[n++] = 257 + LENGTH_BASE.length - 1;
        }
        used[n++] = 0;
        used[n++] = UP;
        if (restSymbol > 0 && restSymbol != 257 + LENGTH_BASE.length - 1) {
            used[n++] = restSymbol;
        }
        used[n++] = END_OF_BLOCK;
        int[] litLengths = new int[286];
        completeCode(litLengths, java.util.Arrays.copyOf(used, n));
        // distance 1 is code 0; code 1 (distance 2) is never used, and only makes the code complete
        int[] distanceLengths = new int[30];
        completeCode(distanceLengths, new int[] {0, 1});
        int[] litCodes = canonical(litLengths);
        int[] distanceCodes = canonical(distanceLengths);
        header(litLengths, distanceLengths);
        for (int r = 0; r < times; r++) {
            huffman(litCodes[UP], litLengths[UP]);
            huffman(litCodes[0], litLengths[0]);
            for (int i = 0; i < full; i++) {
                matchOneBack(MAX_MATCH, litCodes, litLengths, distanceCodes[0], distanceLengths[0]);
            }
            if (rest >= 3) {
                matchOneBack(rest, litCodes, litLengths, distanceCodes[0], distanceLengths[0]);
            } else {
                for (int i = 0; i < rest; i++) {
                    huffman(litCodes[0], litLengths[0]);
                }
            }
        }
        huffman(litCodes[END_OF_BLOCK], litLengths[END_OF_BLOCK]);
        // an empty stored block: three header bits, then up to the byte, then LEN 0 and NLEN 0xFFFF
        bits(0, 3);
        if (bitCount % 8 != 0) {
            bits(0, 8 - bitCount % 8);
        }
        bits(0x0000, 16);
        bits(0xFFFF, 16);
        checkOnByte();
    }

    /** A dynamic block's header: the two codes' lengths, themselves coded (zeros run-length coded). */
    private void header(int[] litLengths, int[] distanceLengths) throws IOException {
        int litCount = 257 + Math.max(0, lastNonZero(litLengths) + 1 - 257);
        int distanceCount = lastNonZero(distanceLengths) + 1;
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
    }

    /** A match of {@code length} bytes one byte back: distance code 0, no extra bits. */
    private void matchOneBack(int length, int[] litCodes, int[] litLengths, int distanceHuffman, int distanceBits)
            throws IOException {
        int c = code(LENGTH_BASE, length);
        huffman(litCodes[257 + c], litLengths[257 + c]);
        bits(length - LENGTH_BASE[c], LENGTH_EXTRA[c]);
        huffman(distanceHuffman, distanceBits);
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

    private void checkOnByte() {
        if (bitCount != 0) {
            throw new IllegalStateException("a block left off a byte");
        }
    }
}
