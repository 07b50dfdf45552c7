package org.perfbook.charts;

import java.util.Arrays;

/** Huffman code lengths from symbol counts, and deflate's canonical codes from lengths (RFC 1951 3.2.2). */
final class Huffman {

    private Huffman() {
    }

    /**
     * Fills {@code lengths} with a complete prefix code's lengths, none over {@code limit} bits, for the symbols
     * whose {@code frequency} is above 0 (others get 0). Where fewer than two symbols are used, the first unused
     * ones are given a length too, as deflate's decoders want a complete code. Where the Huffman code would be
     * too long, the counts are halved (none below 1) and the code made again, until it fits.
     */
    static void lengths(int[] frequency, int limit, int[] lengths) {
        int n = frequency.length;
        int[] counts = frequency.clone();
        int used = 0;
        for (int c : counts) {
            used += c > 0 ? 1 : 0;
        }
        for (int s = 0; s < n && used < 2; s++) {
            if (counts[s] == 0) {
                counts[s] = 1;
                used++;
            }
        }
        while (!build(counts, limit, lengths)) {
            for (int s = 0; s < n; s++) {
                if (counts[s] > 0) {
                    counts[s] = (counts[s] + 1) >>> 1;
                }
            }
        }
    }

    /** Huffman's code for the counts (two queues over the leaves sorted by count); false if it is over the limit. */
    private static boolean build(int[] counts, int limit, int[] lengths) {
        int n = counts.length;
        long[] leaves = new long[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            if (counts[s] > 0) {
                leaves[m++] = (long) counts[s] << 16 | s;
            }
        }
        Arrays.sort(leaves, 0, m);
        // nodes 0..m-1 are the leaves in order, m.. the joined nodes in the order they are made
        long[] weight = new long[2 * m - 1];
        int[] parent = new int[2 * m - 1];
        for (int i = 0; i < m; i++) {
            weight[i] = leaves[i] >>> 16;
        }
        int leaf = 0;
        int joined = m;
        for (int next = m; next < 2 * m - 1; next++) {
            int a = leaf < m && (joined >= next || weight[leaf] <= weight[joined]) ? leaf++ : joined++;
            int b = leaf < m && (joined >= next || weight[leaf] <= weight[joined]) ? leaf++ : joined++;
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
        }
        int[] depth = new int[2 * m - 1];
        for (int i = 2 * m - 3; i >= 0; i--) {
            depth[i] = depth[parent[i]] + 1;
        }
        Arrays.fill(lengths, 0);
        for (int i = 0; i < m; i++) {
            if (depth[i] > limit) {
                return false;
            }
            lengths[(int) (leaves[i] & 0xFFFF)] = depth[i];
        }
        return true;
    }

    /** The canonical code of each symbol of the given lengths, bit-reversed so it can be written least significant bit first. */
    static int[] reversedCodes(int[] lengths) {
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
        for (int bits = 1, code = 0; bits <= max; bits++) {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int l = lengths[s];
            if (l > 0) {
                codes[s] = Integer.reverse(next[l]++) >>> (32 - l);
            }
        }
        return codes;
    }
}
