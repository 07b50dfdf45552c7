package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Code lengths make a complete prefix code within their limit; codes are deflate's canonical ones. */
class HuffmanTest {

    /** Kraft's sum, in units of 2^-limit: exactly 2^limit for a complete prefix code. */
    private static long kraft(int[] lengths, int limit) {
        long sum = 0;
        for (int l : lengths) {
            if (l > 0) {
                sum += 1L << (limit - l);
            }
        }
        return sum;
    }

    @Test
    void countsThatWouldMakeLongCodesAreKeptWithinTheLimit() {
        // Fibonacci counts give Huffman's code a depth of one more bit for each symbol
        int[] frequency = new int[30];
        frequency[0] = 1;
        frequency[1] = 1;
        for (int i = 2; i < frequency.length; i++) {
            frequency[i] = frequency[i - 1] + frequency[i - 2];
        }
        int[] lengths = new int[30];
        Huffman.lengths(frequency, 15, lengths);
        int longest = 0;
        for (int l : lengths) {
            longest = Math.max(longest, l);
            assertTrue(l > 0);
        }
        assertEquals(15, longest, "as long as the limit lets it be");
        assertEquals(1L << 15, kraft(lengths, 15));
        assertTrue(lengths[29] <= lengths[0], "the commonest symbol no longer than the rarest");
    }

    @Test
    void randomCountsMakeACompleteCodeForTheSymbolsUsed() {
        // counts spread over 20 bits, so that some codes would be longer than 15 bits if they were not limited
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int[] frequency = new int[286];
            for (int s = 0; s < frequency.length; s++) {
                frequency[s] = random.nextInt(4) == 0 ? 0 : random.nextInt(1 << random.nextInt(20));
            }
            int[] lengths = new int[286];
            Huffman.lengths(frequency, 15, lengths);
            assertEquals(1L << 15, kraft(lengths, 15), "trial " + trial);
            for (int s = 0; s < frequency.length; s++) {
                assertEquals(frequency[s] > 0, lengths[s] > 0, "a length for each symbol used, trial " + trial);
                assertTrue(lengths[s] <= 15);
            }
        }
    }

    @Test
    void countsWithinTheLimitGetHuffmansOwnCode() {
        // the textbook example (Cormen et al., 16.3): 45, 13, 12, 16, 9, 5 give 1, 3, 3, 3, 4, 4 bits
        int[] lengths = new int[6];
        Huffman.lengths(new int[] {45, 13, 12, 16, 9, 5}, 15, lengths);
        assertArrayEquals(new int[] {1, 3, 3, 3, 4, 4}, lengths);
    }

    @Test
    void oneOrNoSymbolStillMakesACompleteCode() {
        int[] lengths = new int[30];
        Huffman.lengths(new int[30], 15, lengths);
        assertEquals(1L << 15, kraft(lengths, 15));
        int[] one = new int[30];
        one[7] = 40;
        Huffman.lengths(one, 15, lengths);
        assertEquals(1, lengths[7]);
        assertEquals(1L << 15, kraft(lengths, 15));
    }

    @Test
    void canonicalCodesAreRfc1951sExample() {
        // RFC 1951 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010, 011, 100, 101, 110, 00, 1110, 1111
        int[] codes = Huffman.reversedCodes(new int[] {3, 3, 3, 3, 3, 2, 4, 4});
        int[] expected = {0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111};
        int[] lengths = {3, 3, 3, 3, 3, 2, 4, 4};
        for (int s = 0; s < expected.length; s++) {
            assertEquals(expected[s], Integer.reverse(codes[s]) >>> (32 - lengths[s]), "symbol " + s);
        }
    }
}
