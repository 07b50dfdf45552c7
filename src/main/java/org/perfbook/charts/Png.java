package org.perfbook.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A chart's PNG: 8-bit RGB, rows unfiltered, the image data deflated at level 3 by the JDK's zlib, and a
 * pHYs chunk so Word and Excel place it at its physical size. Charts are flat colour on white, so
 * filters made files no smaller and encoding slower; zlib's levels 1 to 3 cost the same here and 3 is
 * the smallest (bench/png.sh). Four or more rows repeating the one above are written by {@link RowStream}
 * as "Up" rows with nothing to add, instead of being deflated again. Written here rather than by a PNG
 * library because the pixels are turned into PNG rows in one pass over the image's own array, which measured
 * 15 % quicker than the library perfbook used before (com.pngencoder) on its chart images; the format is the
 * few chunks PNG requires.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LEVEL = 3;
    private static final int CHUNK = 1 << 16;
    /** Rows repeating the one above, from how many in a row they are written by hand rather than deflated. */
    private static final int RUN = 4;
    /** Pixels compared with the row above at a time, past a row's first difference. */
    private static final int STRETCH = 64;
    private static final double METRES_PER_INCH = 0.0254;

    private Png() {
    }

    /** The image (opaque, {@code TYPE_INT_RGB}) as a PNG saying {@code dpi} dots per inch. */
    static byte[] encode(BufferedImage image, int dpi) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB
                || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel packed)
                || packed.getScanlineStride() != image.getWidth() || image.getRaster().getParent() != null) {
            throw new IllegalArgumentException("a chart is drawn into a whole TYPE_INT_RGB image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(w * h / 8);
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream d = new DataOutputStream(header);
            d.writeInt(w);
            d.writeInt(h);
            d.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits a sample, RGB, deflate, PNG's one filter method, no interlace
            chunk(out, "IHDR", header.toByteArray(), 13);
            header.reset();
            int perMetre = (int) Math.round(dpi / METRES_PER_INCH);
            d.writeInt(perMetre);
            d.writeInt(perMetre);
            d.writeByte(1); // the unit is the metre
            chunk(out, "pHYs", header.toByteArray(), 9);
            try (ImageData data = new ImageData(out)) {
                RowStream rows = new RowStream(data, LEVEL, 1 + 3 * w);
                try {
                    byte[] row = new byte[1 + 3 * w]; // row[0] = 0: the row is not filtered (filter type None)
                    // from: the row's first pixel that differs from the row above (-1: none); the first row is all new
                    for (int y = 0, at = 0, from = 0; y < h; ) {
                        // a row holds the previous row's bytes: only from the first pixel that differs do they change
                        // (a third of a chart's rows are the same as the one above, and most start with white margin)
                        if (y == 0) {
                            convert(pixels, at, 0, w, row);
                        } else if (from >= 0) {
                            // past the first difference, stretches the same as above are left as they are
                            for (int x = from; x < w; ) {
                                int end = Math.min(w, x + STRETCH);
                                int differs = Arrays.mismatch(pixels, at + x, at + end, pixels, at - w + x, at - w + end);
                                if (differs >= 0) {
                                    convert(pixels, at, x + differs, end, row);
                                }
                                x = end;
                            }
                        }
                        rows.row(row);
                        // the rows after it that repeat it; the first that does not gives its own first difference
                        int same = 0;
                        for (int next = at + w; y + 1 + same < h; next += w, same++) {
                            from = Arrays.mismatch(pixels, next, next + w, pixels, at, at + w);
                            if (from >= 0) {
                                break;
                            }
                        }
                        if (same >= RUN) {
                            rows.repeat(same);
                        } else {
                            for (int i = 0; i < same; i++) {
                                rows.row(row);
                            }
                        }
                        y += 1 + same;
                        at += (1 + same) * w;
                    }
                    rows.finish();
                } catch (IOException | RuntimeException e) {
                    rows.end();
                    throw e;
                }
            }
            chunk(out, "IEND", new byte[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Pixels {@code from} to {@code to} of the row starting at {@code at}, as the PNG row's RGB bytes. */
    private static void convert(int[] pixels, int at, int from, int to, byte[] row) {
        for (int x = from, i = 1 + 3 * from; x < to; x++, i += 3) {
            int p = pixels[at + x];
            row[i] = (byte) (p >> 16);
            row[i + 1] = (byte) (p >> 8);
            row[i + 2] = (byte) p;
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** The deflated image data, cut into IDAT chunks of at most 64 KB. */
    private static final class ImageData extends OutputStream {
        private final DataOutputStream out;
        private final byte[] pending = new byte[CHUNK];
        private int size;

        ImageData(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (size == pending.length) {
                flushChunk();
            }
            pending[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (size == pending.length) {
                    flushChunk();
                }
                int n = Math.min(len, pending.length - size);
                System.arraycopy(b, off, pending, size, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() throws IOException {
            if (size > 0) {
                chunk(out, "IDAT", pending, size);
                size = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flushChunk();
        }
    }
}
