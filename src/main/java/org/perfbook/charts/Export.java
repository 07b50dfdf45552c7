package org.perfbook.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

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
        double w = widthIn * POINTS_PER_INCH;
        double h = heightIn * POINTS_PER_INCH;
        double scale = DPI / POINTS_PER_INCH;
        BufferedImage image = new BufferedImage((int) Math.round(w * scale), (int) Math.round(h * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        return encode(image, DPI);
    }

    /** Scalable, with a viewBox so it fills whatever box Word gives it, and fonts that fall back. */
    public static String svg(JFreeChart chart, double widthIn, double heightIn) {
        double w = widthIn * POINTS_PER_INCH;
        double h = heightIn * POINTS_PER_INCH;
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setFontFunction(family -> SVG_FONTS);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, w, h), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET)
                + "\n";
    }

    /** PNG with a pHYs chunk, so Word and Excel place it at its physical size. */
    static byte[] encode(BufferedImage image, int dpi) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            // a lighter deflate: measured 66 ms and 141 KB a chart against 119 ms and 115 KB by default
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String pixelsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("PNG metadata rejected", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
