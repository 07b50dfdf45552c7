package org.perfbook.charts;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * Not a test: compares ways of encoding a typical chart as PNG, in CPU time a chart and bytes.
 * Run with {@code bench/png.sh}. Every way draws the same 1950 x 1050 image (6.5 x 3.5 in at 300 dpi).
 */
public final class PngEncodingBench {

    private PngEncodingBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        JFreeChart chart = CommitteeCharts.trend(ChartFixtures.assessment("ASC-02"),
                ChartFixtures.catalogue().benchmarks(), ChartFixtures.Q3);
        List<Way> ways = new ArrayList<>();
        ways.add(new Way("ImageIO, default (deflate level 4)", img -> imageIo(img, null)));
        ways.add(new Way("ImageIO, quality 0.75 (level 2)", img -> imageIo(img, 0.75f)));
        ways.add(new Way("ImageIO, quality 0.875 (level 1)", img -> imageIo(img, 0.875f)));
        for (int level = 1; level <= 6; level++) {
            int l = level;
            ways.add(new Way("pngencoder level " + level + ", no filter", img -> pngEncoder(img, l, false)));
        }
        ways.add(new Way("pngencoder level 3, predictor", img -> pngEncoder(img, 3, true)));
        ways.add(new Way("JDK zlib level 3 on the rows unfiltered (making them included), no PNG", PngEncodingBench::zlibAlone));
        ways.add(new Way("perfbook's Png (Up rows, ImageDeflate)", img -> Png.encode(img, Export.DPI)));
        ways.add(new Way("Export.png as it is (draw + encode)", null));
        ways.add(new Way("for scale: Export.svg of the same chart", img -> Export.svg(chart, 6.5, 3.5)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        BufferedImage image = Export.draw(chart, 6.5, 3.5);
        long drawCpu = 0;
        for (int i = 0; i < rounds; i++) {
            long t = cpu();
            Export.draw(chart, 6.5, 3.5);
            drawCpu += cpu() - t;
        }
        System.out.printf(Locale.ROOT, "%s; %d x %d; %d rounds after %d warm-up; Java %s, %d cores%n",
                "trend chart 6.5 x 3.5 in at 300 dpi", image.getWidth(), image.getHeight(), rounds, rounds,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "drawing alone: %.1f ms CPU a chart%n%n", drawCpu / 1e6 / rounds);
        System.out.println("| way | CPU a chart | bytes |");
        System.out.println("|---|---|---|");
        for (Way w : ways) {
            Function<BufferedImage, byte[]> f = w.encode() != null ? w.encode() : img -> Export.png(chart, 6.5, 3.5);
            byte[] out = null;
            for (int i = 0; i < rounds; i++) {
                out = f.apply(image);
            }
            long t = cpu();
            for (int i = 0; i < rounds; i++) {
                out = f.apply(image);
            }
            long spent = cpu() - t;
            System.out.printf(Locale.ROOT, "| %s | %.1f ms | %,d |%n", w.name(), spent / 1e6 / rounds, out.length);
        }
    }

    private record Way(String name, Function<BufferedImage, byte[]> encode) {
    }

    /** CPU of the whole process, so an encoder's own threads count too. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** What zlib alone costs on the chart's rows, unfiltered: the floor of any PNG encoder built on it. */
    private static byte[] zlibAlone(BufferedImage image) {
        int w = image.getWidth();
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] rows = new byte[image.getHeight() * (1 + 3 * w)];
        for (int y = 0, i = 0; y < image.getHeight(); y++) {
            i++;
            for (int x = 0; x < w; x++, i += 3) {
                int p = pixels[y * w + x];
                rows[i] = (byte) (p >> 16);
                rows[i + 1] = (byte) (p >> 8);
                rows[i + 2] = (byte) p;
            }
        }
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(3);
        deflater.setInput(rows);
        deflater.finish();
        byte[] out = new byte[rows.length];
        int n = 0;
        while (!deflater.finished()) {
            n += deflater.deflate(out, n, out.length - n);
        }
        deflater.end();
        return java.util.Arrays.copyOf(out, n);
    }

    private static byte[] pngEncoder(BufferedImage image, int level, boolean predictor) {
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(level).withPredictorEncoding(predictor)
                .withMultiThreadedCompressionEnabled(false)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(Export.DPI)).toBytes();
    }

    private static byte[] imageIo(BufferedImage image, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", "11811");
            phys.setAttribute("pixelsPerUnitYAxis", "11811");
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
    }
}
