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
import java.util.zip.CRC32;

/**
 * A chart's PNG: 8-bit RGB, every row filtered "Up", the image data deflated by {@link ImageDeflate}, and a
 * pHYs chunk so Word and Excel place it at its physical size. Written here rather than by a PNG library
 * because the pixels go into the stream in one pass over the image's own array, and because the JDK's zlib,
 * which every Java PNG library uses, was most of a chart's cost; the format is the few chunks PNG requires.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int CHUNK = 1 << 16;
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
                ImageDeflate.write(pixels, w, h, data);
            }
            chunk(out, "IEND", new byte[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
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
