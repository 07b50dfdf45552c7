package org.perfbook.charts;

import java.awt.Color;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.perfbook.files.SafeFiles;

/** PNG at print resolution and SVG, drawn from the same chart at the same size in points. */
public final class Export {

    public static final int DPI = 300;
    private static final double POINTS_PER_INCH = 72;
    /** What Word and LibreOffice fall back to when the SVG's first font is missing. */
    private static final String SVG_FONTS = "Arial, &quot;Liberation Sans&quot;, Helvetica, sans-serif";

    private Export() {
    }

    /** Lays the chart out in points, then scales, so it looks the same at every resolution. */
    public static byte[] png(JFreeChart chart, double widthIn, double heightIn) {
        return encode(draw(chart, widthIn, heightIn), DPI);
    }

    /** Each drawing thread's pixels, as large as the largest chart it has drawn. */
    private static final ThreadLocal<int[]> PIXELS = new ThreadLocal<>();
    /** TYPE_INT_RGB's own colour model: an image over it is a TYPE_INT_RGB image to Java2D and the encoder. */
    private static final DirectColorModel RGB = new DirectColorModel(24, 0xFF0000, 0x00FF00, 0x0000FF, 0);

    /**
     * The chart drawn at print resolution, straight into the image the encoder reads: over the calling
     * thread's pixels, which its next drawing paints over.
     */
    static BufferedImage draw(JFreeChart chart, double widthIn, double heightIn) {
        double w = widthIn * POINTS_PER_INCH;
        double h = heightIn * POINTS_PER_INCH;
        double scale = DPI / POINTS_PER_INCH;
        int width = (int) Math.round(w * scale);
        int height = (int) Math.round(h * scale);
        // each thread paints every chart, whatever its size, over the same pixels rather than taking 8 to 16 MB
        // anew: those arrays outlived the young generation and filled the heap with dead canvases
        int[] pixels = PIXELS.get();
        if (pixels == null || pixels.length < width * height) {
            pixels = new int[width * height];
            PIXELS.set(pixels);
        }
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, width * height), width, height,
                width, RGB.getMasks(), null);
        BufferedImage image = new BufferedImage(RGB, raster, false, null);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            HouseStyle.wrapTitle(chart, w);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Scalable, with a viewBox so it fills whatever box Word gives it, and fonts that fall back. */
    public static String svg(JFreeChart chart, double widthIn, double heightIn) {
        return XML_DECLARATION + svgElement(chart, widthIn, heightIn, "chart");
    }

    /**
     * The svg element, its clip paths named after {@code name} rather than the clock, so the same chart
     * gives the same file every time and two charts' names never clash on one page.
     */
    private static String svgElement(JFreeChart chart, double widthIn, double heightIn, String name) {
        double w = widthIn * POINTS_PER_INCH;
        double h = heightIn * POINTS_PER_INCH;
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setDefsKeyPrefix("_" + name + "-");
        g.setFontFunction(family -> SVG_FONTS);
        HouseStyle.wrapTitle(chart, w);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        return g.getSVGElement(null, true, new ViewBox(0, 0, w, h), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET)
                + "\n";
    }

    /**
     * Saves the chart as {@code <name>.png} and {@code <name>.svg} in {@code dir} and returns the PNG, unless
     * the two files there are this chart already. The SVG is drawn first (a few milliseconds); when it is the
     * one on disk and the PNG beside it is the one saved with it (the SVG notes the PNG's length and CRC, and
     * the perfbook and Java that drew it), the PNG is kept: drawing and encoding it at 300 dpi is most of a
     * chart's cost, and a build run again as late returns come in mostly redraws the same charts.
     */
    public static byte[] save(JFreeChart chart, double widthIn, double heightIn, Path dir, String name)
            throws IOException {
        Path pngFile = dir.resolve(name + ".png");
        Path svgFile = dir.resolve(name + ".svg");
        // drawing the SVG first leaves the PNG as it would be alone (the chart lays itself out the same way)
        String element = svgElement(chart, widthIn, heightIn, name);
        byte[] kept = kept(pngFile, svgFile, element);
        if (kept != null) {
            return kept;
        }
        byte[] png = encode(draw(chart, widthIn, heightIn), DPI);
        SafeFiles.write(pngFile, out -> out.write(png));
        // the PNG is in place before the SVG that vouches for it, so a run stopped between the two redraws both
        String svg = XML_DECLARATION + note(png) + element;
        SafeFiles.write(svgFile, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        return png;
    }

    /** The PNG on disk if the SVG on disk is {@code element} noted with that PNG; otherwise null. */
    private static byte[] kept(Path pngFile, Path svgFile, String element) {
        try {
            if (!Files.isRegularFile(svgFile) || !Files.isRegularFile(pngFile)) {
                return null;
            }
            String svg = Files.readString(svgFile, StandardCharsets.UTF_8);
            if (!svg.startsWith(XML_DECLARATION) || !svg.endsWith(element)) {
                return null;
            }
            byte[] png = Files.readAllBytes(pngFile);
            String note = svg.substring(XML_DECLARATION.length(), svg.length() - element.length());
            return note.equals(note(png)) ? png : null;
        } catch (IOException | RuntimeException e) {
            // unreadable or not ours: drawn again, which says what is wrong if it cannot be saved either
            return null;
        }
    }

    /** The comment in an SVG saying which PNG was drawn with it, and by what. */
    private static String note(byte[] png) {
        CRC32 crc = new CRC32();
        crc.update(png);
        return "<!-- drawn with its PNG: " + png.length + " bytes, CRC-32 " + Long.toHexString(crc.getValue())
                + "; " + DRAWN_BY + " -->\n";
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /**
     * What else decides the PNG's pixels: the program (its version, and the jar's size and time, since
     * a development build keeps its version number) and the Java that rasterises the text.
     */
    private static final String DRAWN_BY = drawnBy();

    private static String drawnBy() {
        String version = Export.class.getPackage().getImplementationVersion();
        String build = "";
        try {
            Path code = Path.of(Export.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                code = code.resolve(Export.class.getName().replace('.', '/') + ".class");
            }
            build = Files.size(code) + "/" + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // nothing to tell this build from another: never keep a PNG
            build = "unknown " + System.nanoTime();
        }
        return "perfbook " + (version == null ? "development" : version) + " (" + build + "), Java "
                + System.getProperty("java.runtime.version") + ", " + DPI + " dpi";
    }

    /** PNG with a pHYs chunk, so Word and Excel place it at its physical size ({@link Png}). */
    static byte[] encode(BufferedImage image, int dpi) {
        return Png.encode(image, dpi);
    }
}
