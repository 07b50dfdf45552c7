package org.perfbook.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.perfbook.model.Status;

/**
 * The one look every chart shares: fonts found on a plain Linux machine (Liberation Sans has
 * Arial's metrics), sizes that read at A4 width, light gridlines, no 3-D, and colours from the
 * Okabe–Ito palette so that colour-blind readers can tell the series apart.
 */
public final class HouseStyle {

    /** Chosen once: the first family installed, else the JVM's logical sans-serif. */
    public static final String FAMILY = firstInstalled("Liberation Sans", "Arial", "DejaVu Sans", "Carlito");

    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color MUTED = new Color(0x59, 0x59, 0x59);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** This council: the strong blue of the Okabe–Ito palette. */
    public static final Color COUNCIL = new Color(0x00, 0x72, 0xB2);
    public static final Color ENGLAND = new Color(0x00, 0x00, 0x00);
    public static final Color REGION = new Color(0xE6, 0x9F, 0x00);
    public static final Color NEIGHBOURS = new Color(0x00, 0x9E, 0x73);
    public static final Color OTHERS = new Color(0xB0, 0xB0, 0xB0);
    public static final Color TARGET = new Color(0xD5, 0x5E, 0x00);
    public static final Color TARGET_BAND = new Color(0xD5, 0x5E, 0x00, 0x2E);
    public static final Color EARLIER = new Color(0x9E, 0xC9, 0xE2);

    public static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1.5f, 3.5f}, 0f);

    private HouseStyle() {
    }

    public static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(style, size);
    }

    /**
     * Status fills differ in lightness as well as hue (dark green, light amber, mid red, pale grey),
     * and every chart labels them in words too.
     */
    public static Paint status(Status s) {
        return switch (s) {
            case GREEN -> new Color(0x1B, 0x78, 0x37);
            case AMBER -> new Color(0xF6, 0xC1, 0x4E);
            case RED -> new Color(0xB2, 0x18, 0x2B);
            case NOT_RATED -> new Color(0xD9, 0xD9, 0xD9);
            case NOT_REPORTED -> new Color(0x59, 0x59, 0x59);
        };
    }

    /** Text colour that reads on each status fill. */
    public static Color onStatus(Status s) {
        return s == Status.GREEN || s == Status.RED || s == Status.NOT_REPORTED ? Color.WHITE : INK;
    }

    /** Room the chart padding and the title's own leave for its text: 6 + 10 points of padding, 1 + 1 of the title's, and a margin. */
    private static final double TITLE_SIDES = 20;

    /**
     * Breaks the title into lines at spaces only, to fit a chart {@code widthPt} points wide. JFreeChart breaks
     * where the line break rules allow, which includes after a hyphen, so "aged 0-17" would end a line "0-" and
     * begin the next "17"; lines given here are kept, and each already fits.
     */
    public static void wrapTitle(JFreeChart chart, double widthPt) {
        TextTitle title = chart.getTitle();
        if (title == null || title.getText() == null || title.getText().contains("\n")) {
            return;
        }
        title.setText(wrapAtSpaces(title.getText(), title.getFont(), widthPt - TITLE_SIDES));
    }

    /** {@code text} in lines no wider than {@code width} points, broken at spaces; a word wider alone is left whole. */
    static String wrapAtSpaces(String text, Font font, double width) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringBounds(tried, frc).getWidth() > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        return out.append(line).toString();
    }

    /** Title, subtitle and source line, then the common look. */
    public static void apply(JFreeChart chart, String subtitle, String source) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 4, 10));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(Font.BOLD, 13f));
            title.setPaint(INK);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setTextAlignment(HorizontalAlignment.LEFT);
            title.setMaximumLinesToDisplay(2);
        }
        List<Title> keep = new java.util.ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            keep.add((Title) t);
        }
        chart.clearSubtitles();
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 10f), MUTED, RectangleEdge.TOP,
                    HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.TOP, new RectangleInsets(2, 0, 4, 0));
            sub.setTextAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(sub);
        }
        for (Title t : keep) {
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(font(Font.PLAIN, 9.5f));
                legend.setItemPaint(INK);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            }
            chart.addSubtitle(t);
        }
        if (source != null && !source.isEmpty()) {
            TextTitle src = new TextTitle(source, font(Font.ITALIC, 8.5f), MUTED, RectangleEdge.BOTTOM,
                    HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.BOTTOM, new RectangleInsets(4, 0, 0, 0));
            chart.addSubtitle(src);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(0.6f));
            cp.setDomainGridlinesVisible(false);
            axes(cp.getDomainAxis(), cp.getRangeAxis());
        } else if (plot instanceof XYPlot xp) {
            xp.setRangeGridlinePaint(GRID);
            xp.setRangeGridlineStroke(new BasicStroke(0.6f));
            xp.setDomainGridlinesVisible(false);
            axes(xp.getDomainAxis(), xp.getRangeAxis());
        }
    }

    private static void axes(Axis... axes) {
        for (Axis a : axes) {
            if (a == null) {
                continue;
            }
            a.setLabelFont(font(Font.PLAIN, 10f));
            a.setLabelPaint(INK);
            a.setTickLabelFont(font(Font.PLAIN, 9f));
            a.setTickLabelPaint(INK);
            a.setAxisLinePaint(MUTED);
            a.setTickMarkPaint(MUTED);
            // figures shown whole take whole steps: a step of 0.5 printed whole read "0, 0, 1, 2, 2"
            if (a instanceof org.jfree.chart.axis.NumberAxis n && !(a instanceof org.jfree.chart.axis.SymbolAxis)
                    && n.getNumberFormatOverride() != null && n.getNumberFormatOverride().getMaximumFractionDigits() == 0) {
                n.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits(java.util.Locale.UK));
            }
        }
    }

    private static String firstInstalled(String... families) {
        try {
            List<String> installed = Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            for (String f : families) {
                if (installed.contains(f)) {
                    return f;
                }
            }
        } catch (RuntimeException | Error e) {
            // a machine without fontconfig: the logical font still renders
        }
        return Font.SANS_SERIF;
    }

    /** A diamond of half-diagonal {@code r} centred on the origin: the region's mark and the improving-point mark. */
    static java.awt.Shape diamond(double r) {
        java.awt.geom.Path2D p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
