package org.perfbook.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A PNG's image data as a zlib stream (RFC 1950 and 1951), every row filtered "Up" (each byte less the byte
 * above it), deflated by a coder made for chart images rather than by zlib.
 *
 * <p>Why not zlib: a chart at 300 dpi is some 6 MB of pixels, nineteen in twenty of them the same as the pixel
 * above (margins, the bodies of bars, the space between lines), and zlib looks for matches at every byte
 * whatever the bytes are: it took 9 ms a chart, most of the chart's cost. Here a stretch of pixels the same as
 * the ones above (zeros, filtered Up) is found by {@link Arrays#mismatch}, many pixels at a time, and written
 * as a match one or three bytes back; so is a stretch of pixels that all differ alike from the ones above (the
 * top edge of a bar, a gridline). Each other pixel and the next are looked up by their values in a table of
 * where two pixels were last seen, and what follows there is matched as far as it goes (a glyph drawn again,
 * a line at the same slope); whatever is left is literal bytes. Each block's Huffman codes are made from its
 * own symbols. On the sample's charts this takes half the time of zlib at level 3, for files 8 % larger.
 */
final class ImageDeflate {

    private static final int BASE = 65521;
    /** Bytes Adler-32's sums may take before they must be reduced (zlib's NMAX). */
    private static final int NMAX = 5552;
    private static final int MAX_MATCH = 258;
    private static final int MIN_MATCH = 3;
    private static final int END_OF_BLOCK = 256;
    private static final int LITERAL_LENGTH_CODES = 286;
    private static final int DISTANCE_CODES = 30;
    /** PNG filter type 2: each byte is added to the byte above it. */
    private static final int UP = 2;
    /** Symbols a block holds before its codes are made and it is written. */
    private static final int BLOCK = 1 << 15;
    /** How far back a match may reach. */
    private static final int WINDOW = 1 << 15;
    /** Bits of the table of where two pixels were last seen (12 made the files larger, 16 no smaller). */
    private static final int HASH_BITS = 14;
    /** For each distance 1 to 32,768: its distance code in the low 5 bits, its extra bits' value above. */
    private static final int[] DISTANCE_SYMBOL = new int[WINDOW + 1];
    private static final int[] DISTANCE_EXTRA_BITS = new int[WINDOW + 1];
    /** The order in which the code-length code's lengths are written (RFC 1951 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** For each match length 3 to 258: its length code (257 to 285) in the low 9 bits, its extra bits above. */
    private static final int[] LENGTH_SYMBOL = new int[MAX_MATCH + 1];
    /** For each match length: how many extra bits it has. */
    private static final int[] LENGTH_EXTRA_BITS = new int[MAX_MATCH + 1];

    static {
        int[] base = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
            163, 195, 227, 258};
        int[] extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        for (int distance = 1, code = 0; distance <= WINDOW; distance++) {
            int extraBits = code < 4 ? 0 : (code >> 1) - 1;
            int first = code < 4 ? code + 1 : ((2 + (code & 1)) << extraBits) + 1;
            if (distance >= first + (1 << extraBits)) {
                code++;
                extraBits = code < 4 ? 0 : (code >> 1) - 1;
                first = code < 4 ? code + 1 : ((2 + (code & 1)) << extraBits) + 1;
            }
            DISTANCE_SYMBOL[distance] = code | (distance - first) << 5;
            DISTANCE_EXTRA_BITS[distance] = extraBits;
        }
        for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
            int c = base.length - 1;
            while (base[c] > length) {
                c--;
            }
            LENGTH_SYMBOL[length] = 257 + c | (length - base[c]) << 9;
            LENGTH_EXTRA_BITS[length] = extra[c];
        }
    }

    private final OutputStream out;
    private final int width;
    /** The block's symbols: a literal byte as itself, a match as {@code 1 << 30 | length << 16 | distance}. */
    private final int[] symbols = new int[BLOCK + 8];
    private int count;
    /** For each hash of two filtered pixels, the index + 1 of the last pixel where they were seen (0: none). */
    private final int[] seen = new int[1 << HASH_BITS];
    /** For the same pixel: its place in the stream, in bytes, and how many pixels its row has from it on. */
    private final int[] seenAt = new int[1 << HASH_BITS];
    private final int[] seenRoom = new int[1 << HASH_BITS];
    private final int[] literalFrequency = new int[LITERAL_LENGTH_CODES];
    private final int[] distanceFrequency = new int[DISTANCE_CODES];
    private final byte[] buffer = new byte[1 << 16];
    private int buffered;
    private long bits;
    private int bitCount;
    private long sum1 = 1;
    private long sum2;
    private int unreduced;

    private ImageDeflate(OutputStream out, int width) {
        this.out = out;
        this.width = width;
    }

    /**
     * Writes the image data of {@code pixels} (0xRRGGBB, row after row, {@code width} to a row) to {@code out}:
     * the zlib stream a PNG's IDAT chunks hold, for 8-bit RGB.
     */
    static void write(int[] pixels, int width, int height, OutputStream out) throws IOException {
        ImageDeflate stream = new ImageDeflate(out, width);
        // deflate, 32 KB window; the check bits make the two bytes a multiple of 31
        stream.put(0x78, 8);
        stream.put(0x01, 8);
        for (int y = 0; y < height; y++) {
            stream.row(pixels, y * width);
        }
        stream.finish();
    }

    /** The row starting at pixel {@code at}. */
    private void row(int[] pixels, int at) throws IOException {
        boolean first = at < width;
        literal(UP);
        adler(UP);
        int end = at + width;
        // where pixel i of this row is in the stream: 3i on from here
        int rowPlace = (int) ((long) (at / width) * (3 * width + 1) + 1 - 3L * at);
        // the last pixel's difference from the one above it, as 0xRRGGBB; -1 at the start of a row
        int previous = -1;
        for (int x = at; x < end; ) {
            int same = first ? 0 : Arrays.mismatch(pixels, x, end, pixels, x - width, end - width);
            if (same != 0) {
                int n = same < 0 ? end - x : same;
                run(0, previous, n);
                adlerZeros(3L * n);
                previous = 0;
                x += n;
                continue;
            }
            int difference = filtered(pixels, x);
            int n = 1;
            // the first pixel after the run, filtered (when the row goes on)
            int next = 0;
            while (x + n < end) {
                next = filtered(pixels, x + n);
                if (next != difference) {
                    break;
                }
                n++;
            }
            if (n == 1 && previous != difference && x + 1 < end) {
                // a pixel unlike the one before: perhaps it and the next are as two pixels seen before
                int slot = (difference * 0x9E3779B1 + next * 0x85EBCA77) >>> (32 - HASH_BITS);
                int candidate = seen[slot] - 1;
                int place = rowPlace + 3 * x;
                int distance = place - seenAt[slot];
                int room = seenRoom[slot];
                seen[slot] = x + 1;
                seenAt[slot] = place;
                seenRoom[slot] = end - x;
                int matched = 0;
                int last = 0;
                long spanSum1 = 0;
                long spanSum2 = 0;
                if (candidate >= 0 && distance <= WINDOW) {
                    int limit = Math.min(Math.min(end - x, room), MAX_MATCH / 3);
                    while (matched < limit) {
                        int a = filtered(pixels, x + matched);
                        if (a != filtered(pixels, candidate + matched)) {
                            break;
                        }
                        // the matched bytes' own Adler-32 sums, from nothing, taken in if the match is kept
                        spanSum2 += 3 * spanSum1 + 3 * (a >>> 16) + 2 * (a >>> 8 & 0xFF) + (a & 0xFF);
                        spanSum1 += (a >>> 16) + (a >>> 8 & 0xFF) + (a & 0xFF);
                        last = a;
                        matched++;
                    }
                }
                if (matched >= 2) {
                    match(3 * matched, distance);
                    sum2 = (sum2 + 3L * matched * sum1 + spanSum2) % BASE;
                    sum1 = (sum1 + spanSum1) % BASE;
                    unreduced = 0;
                    previous = last;
                    x += matched;
                    continue;
                }
            }
            run(difference, previous, n);
            adlerPixels(difference, n);
            previous = difference;
            x += n;
        }
    }

    /** Pixel {@code i} filtered Up: its difference from the pixel above, or itself in the first row. */
    private int filtered(int[] pixels, int i) {
        return i < width ? pixels[i] & 0xFFFFFF : difference(pixels[i], pixels[i - width]);
    }

    /** Ends the stream: the last block, and the Adler-32 of every byte the rows stand for. */
    private void finish() throws IOException {
        block(true);
        if (bitCount % 8 != 0) {
            put(0, 8 - bitCount % 8);
        }
        sum1 %= BASE;
        sum2 %= BASE;
        int adler = (int) (sum2 << 16 | sum1);
        for (int shift = 24; shift >= 0; shift -= 8) {
            put(adler >>> shift & 0xFF, 8);
        }
        drain();
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    /** Each byte of {@code pixel} less the one above it, modulo 256, without borrowing from its neighbour. */
    private static int difference(int pixel, int above) {
        int high = 0x808080;
        return (((pixel | high) - (above & ~high & 0xFFFFFF)) ^ ((pixel ^ ~above) & high)) & 0xFFFFFF;
    }

    /** {@code n} pixels each {@code difference}, after a pixel whose difference was {@code previous}. */
    private void run(int difference, int previous, int n) throws IOException {
        int r = difference >>> 16;
        int g = difference >>> 8 & 0xFF;
        int b = difference & 0xFF;
        int bytes = 3 * n;
        int distanceCode; // in bytes back
        if (r == g && g == b && (previous < 0 ? UP : previous & 0xFF) == b) {
            distanceCode = 1;
        } else if (previous == difference) {
            distanceCode = 3;
        } else if (r == g && g == b) {
            literal(b);
            bytes--;
            distanceCode = 1;
        } else {
            literal(r);
            literal(g);
            literal(b);
            bytes -= 3;
            distanceCode = 3;
        }
        while (bytes >= MIN_MATCH) {
            // never leave fewer than three bytes, too few for a match
            int length = bytes >= MAX_MATCH + MIN_MATCH || bytes == MAX_MATCH ? MAX_MATCH
                    : bytes > MAX_MATCH ? bytes - MIN_MATCH : bytes;
            match(length, distanceCode);
            bytes -= length;
        }
        // a remainder of one or two bytes, as literals: the run's bytes go r, g, b over and over
        int done = 3 * n - bytes;
        for (int i = 0; i < bytes; i++) {
            int k = (done + i) % 3;
            literal(k == 0 ? r : k == 1 ? g : b);
        }
    }

    private void literal(int value) throws IOException {
        symbols[count++] = value;
        literalFrequency[value]++;
        if (count >= BLOCK) {
            block(false);
        }
    }

    private void match(int length, int distance) throws IOException {
        symbols[count++] = 1 << 30 | length << 16 | distance;
        literalFrequency[LENGTH_SYMBOL[length] & 0x1FF]++;
        distanceFrequency[DISTANCE_SYMBOL[distance] & 0x1F]++;
        if (count >= BLOCK) {
            block(false);
        }
    }

    private void adler(int value) {
        sum1 += value;
        sum2 += sum1;
        if (++unreduced >= NMAX) {
            reduce();
        }
    }

    /** Adler-32 over {@code n} zero bytes: the first sum stays, the second adds it once a byte. */
    private void adlerZeros(long n) {
        sum2 = (sum2 + n % BASE * (sum1 % BASE)) % BASE;
        sum1 %= BASE;
        unreduced = 0;
    }

    /**
     * Adler-32 over {@code n} pixels each {@code pixel}: a pixel whose sum at its start is A and whose bytes are r,
     * g, b adds r + g + b to the first sum and 3A + 3r + 2g + b to the second, so n of them add n times the
     * first and, to the second, 3nA + 3(r + g + b) n(n - 1) / 2 + n(3r + 2g + b).
     */
    private void adlerPixels(int pixel, int n) {
        int r = pixel >>> 16;
        int g = pixel >>> 8 & 0xFF;
        int b = pixel & 0xFF;
        long bytes = r + g + b;
        long weighted = 3 * r + 2 * g + b;
        if (n == 1) {
            sum2 += 3 * sum1 + weighted;
            sum1 += bytes;
            unreduced += 3;
            if (unreduced >= NMAX - 3) {
                reduce();
            }
        } else {
            sum2 = (sum2 + 3L * n * sum1 + 3 * bytes * ((long) n * (n - 1) / 2) + n * weighted) % BASE;
            sum1 = (sum1 + n * bytes) % BASE;
            unreduced = 0;
        }
    }

    private void reduce() {
        sum1 %= BASE;
        sum2 %= BASE;
        unreduced = 0;
    }

    /** Writes the symbols so far as one dynamic-Huffman block, with codes made from their counts. */
    private void block(boolean last) throws IOException {
        literalFrequency[END_OF_BLOCK]++;
        int[] literalLengths = new int[LITERAL_LENGTH_CODES];
        Huffman.lengths(literalFrequency, 15, literalLengths);
        int[] distanceLengths = new int[DISTANCE_CODES];
        Huffman.lengths(distanceFrequency, 15, distanceLengths);
        int[] literalCodes = Huffman.reversedCodes(literalLengths);
        int[] distanceCodes = Huffman.reversedCodes(distanceLengths);
        put(last ? 1 : 0, 1);
        put(2, 2); // dynamic Huffman codes
        header(literalLengths, distanceLengths);
        // each match length's code and extra bits as one value, and how many bits it is
        int[] lengthValue = new int[MAX_MATCH + 1];
        int[] lengthBits = new int[MAX_MATCH + 1];
        for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
            int symbol = LENGTH_SYMBOL[length];
            int code = symbol & 0x1FF;
            lengthValue[length] = literalCodes[code] | (symbol >>> 9) << literalLengths[code];
            lengthBits[length] = literalLengths[code] + LENGTH_EXTRA_BITS[length];
        }
        // the bits are gathered here, in locals, and written a 32-bit word at a time
        long gathered = bits;
        int held = bitCount;
        for (int i = 0; i < count; i++) {
            int s = symbols[i];
            if (s < 1 << 30) {
                gathered |= (long) literalCodes[s] << held;
                held += literalLengths[s];
            } else {
                int length = s >>> 16 & 0x1FF;
                gathered |= (long) lengthValue[length] << held;
                held += lengthBits[length];
                if (held >= 32) {
                    word((int) gathered);
                    gathered >>>= 32;
                    held -= 32;
                }
                int distance = s & 0xFFFF;
                int dsymbol = DISTANCE_SYMBOL[distance];
                int d = dsymbol & 0x1F;
                gathered |= (long) (distanceCodes[d] | (dsymbol >>> 5) << distanceLengths[d]) << held;
                held += distanceLengths[d] + DISTANCE_EXTRA_BITS[distance];
            }
            if (held >= 32) {
                word((int) gathered);
                gathered >>>= 32;
                held -= 32;
            }
        }
        bits = gathered;
        bitCount = held;
        put(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
        count = 0;
        Arrays.fill(literalFrequency, 0);
        Arrays.fill(distanceFrequency, 0);
    }

    /** A dynamic block's header: the two codes' lengths, themselves Huffman coded (zeros run-length coded). */
    private void header(int[] literalLengths, int[] distanceLengths) throws IOException {
        int literalCount = Math.max(257, lastNonZero(literalLengths) + 1);
        int distanceCount = Math.max(1, lastNonZero(distanceLengths) + 1);
        int[] all = new int[literalCount + distanceCount];
        System.arraycopy(literalLengths, 0, all, 0, literalCount);
        System.arraycopy(distanceLengths, 0, all, literalCount, distanceCount);
        int[] lengthSymbols = new int[all.length];
        int[] extras = new int[all.length];
        int[] frequency = new int[19];
        int n = 0;
        for (int i = 0; i < all.length; ) {
            int run = 0;
            while (i + run < all.length && all[i + run] == 0 && run < 138) {
                run++;
            }
            if (run >= 11) {
                lengthSymbols[n] = 18;
                extras[n++] = run - 11;
                i += run;
            } else if (run >= 3) {
                lengthSymbols[n] = 17;
                extras[n++] = run - 3;
                i += run;
            } else {
                lengthSymbols[n++] = all[i++];
            }
            frequency[lengthSymbols[n - 1]]++;
        }
        int[] lengths = new int[19];
        Huffman.lengths(frequency, 7, lengths);
        int[] codes = Huffman.reversedCodes(lengths);
        int codeLengthCount = 4;
        for (int i = 0; i < CODE_LENGTH_ORDER.length; i++) {
            if (lengths[CODE_LENGTH_ORDER[i]] != 0) {
                codeLengthCount = Math.max(codeLengthCount, i + 1);
            }
        }
        put(literalCount - 257, 5);
        put(distanceCount - 1, 5);
        put(codeLengthCount - 4, 4);
        for (int i = 0; i < codeLengthCount; i++) {
            put(lengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int i = 0; i < n; i++) {
            int s = lengthSymbols[i];
            put(codes[s], lengths[s]);
            if (s == 17) {
                put(extras[i], 3);
            } else if (s == 18) {
                put(extras[i], 7);
            }
        }
    }

    private static int lastNonZero(int[] a) {
        int i = a.length - 1;
        while (i >= 0 && a[i] == 0) {
            i--;
        }
        return i;
    }

    /** {@code n} bits (at most 32 past a whole word) of {@code value}, least significant first, as deflate packs them. */
    private void put(int value, int n) throws IOException {
        bits |= (value & 0xFFFFFFFFL) << bitCount;
        bitCount += n;
        if (bitCount >= 32) {
            word((int) bits);
            bits >>>= 32;
            bitCount -= 32;
        }
    }

    /** 32 bits, least significant byte first. */
    private void word(int value) throws IOException {
        if (buffered > buffer.length - 4) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
        buffer[buffered] = (byte) value;
        buffer[buffered + 1] = (byte) (value >>> 8);
        buffer[buffered + 2] = (byte) (value >>> 16);
        buffer[buffered + 3] = (byte) (value >>> 24);
        buffered += 4;
    }

    /** The whole bytes still held as bits. */
    private void drain() throws IOException {
        while (bitCount >= 8) {
            if (buffered == buffer.length) {
                out.write(buffer, 0, buffered);
                buffered = 0;
            }
            buffer[buffered++] = (byte) bits;
            bits >>>= 8;
            bitCount -= 8;
        }
    }
}
