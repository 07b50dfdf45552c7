package org.perfbook.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.perfbook.calc.RiskProfile;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScale;

/**
 * The 5 x 5 heat map of the corporate register: likelihood across, impact up, each cell shaded by its
 * score's band and labelled with the score and the band's name (so it reads in black and white), each
 * entry a filled circle at its current score with a dashed arrow to a hollow circle at its target.
 * {@link #plan} works out what goes where; {@link Plan#draw} draws it.
 */
public final class RiskHeatMap {

    static final double WIDTH_IN = 6.5;
    static final double HEIGHT_IN = 6.8;

    /** Greys of clearly different lightness under a colour tint, so the bands differ in print too. */
    private static final Map<RiskScale.Band, Color> SHADES = Map.of(
            RiskScale.Band.LOW, new Color(0xEE, 0xF5, 0xEA),
            RiskScale.Band.MEDIUM, new Color(0xFB, 0xE9, 0xB7),
            RiskScale.Band.HIGH, new Color(0xF2, 0xB2, 0x85),
            RiskScale.Band.VERY_HIGH, new Color(0xD9, 0x80, 0x6E));

    /** One cell of the grid, 1-based likelihood and impact. */
    public record Cell(int likelihood, int impact, int score, RiskScale.Band band) {
    }

    /**
     * One entry's marks: its current and target cells and where in them it is drawn (x, y in scale units,
     * 1 to 5, spread within the cell when several entries share it). An entry with no target score (a finding
     * says so) has only its current mark, its target fields repeating the current ones.
     */
    public record Marker(String id, RiskKind kind, int likelihood, int impact, int targetLikelihood, int targetImpact,
            double x, double y, double targetX, double targetY, boolean hasTarget) {

        public int score() {
            return likelihood * impact;
        }

        public int targetScore() {
            return targetLikelihood * targetImpact;
        }
    }

    /** What the heat map shows, ready to draw. */
    public record Plan(String name, String title, String subtitle, String source, List<Cell> cells, List<Marker> markers,
            String altText) {

        /** Draws the chart and saves {@code <name>.png} (300 dpi) and {@code <name>.svg} in {@code dir}. */
        public ChartImage draw(Path dir) throws IOException {
            Files.createDirectories(dir);
            byte[] png = Export.save(chart(this), WIDTH_IN, HEIGHT_IN, dir, name);
            return new ChartImage(name, "", "risk-heat-map", altText, WIDTH_IN, HEIGHT_IN, png);
        }
    }

    private RiskHeatMap() {
    }

    public static Plan plan(RiskProfile profile, String authority) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            for (int l = 1; l <= 5; l++) {
                cells.add(new Cell(l, i, l * i, RiskScale.Band.of(l * i)));
            }
        }
        List<RiskEntry> shown = profile.lines().stream().map(RiskProfile.Line::entry)
                .filter(e -> e.current() != null).toList();
        Map<String, double[][]> at = spread(shown);
        List<Marker> markers = new ArrayList<>();
        for (RiskEntry e : shown) {
            double[] a = at.get(e.key())[0];
            boolean has = e.target() != null;
            double[] t = has ? at.get(e.key())[1] : a;
            var target = has ? e.target() : e.current();
            markers.add(new Marker(e.id(), e.kind(), e.current().likelihood(), e.current().impact(),
                    target.likelihood(), target.impact(), a[0], a[1], t[0], t[1], has));
        }
        String label = profile.period().label();
        return new Plan("risk-heat-map", (authority.isEmpty() ? "Corporate" : authority)
                + " risks and opportunities: current score and target",
                "Corporate register, " + label + ". Circle: risk; diamond: opportunity. Filled: current score; hollow: target.",
                "Source: directorate risk registers, " + label + ". Score = likelihood \u00D7 impact.",
                List.copyOf(cells), List.copyOf(markers), altText(profile, markers));
    }

    /**
     * Where each mark sits within its cell: the current scores and the targets that share a cell are
     * laid out together, two to a row, in register order, so that no two marks cover each other.
     */
    private static Map<String, double[][]> spread(List<RiskEntry> entries) {
        Map<String, List<Object[]>> byCell = new LinkedHashMap<>();
        for (boolean current : new boolean[] {true, false}) {
            for (RiskEntry e : entries) {
                var s = current ? e.current() : e.target();
                if (s == null) {
                    continue;
                }
                byCell.computeIfAbsent(s.likelihood() + "," + s.impact(), k -> new ArrayList<>())
                        .add(new Object[] {e, current});
            }
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        byCell.forEach((k, list) -> {
            int n = list.size();
            int cols = n == 1 ? 1 : 2;
            int rows = (n + cols - 1) / cols;
            double[] ys = switch (rows) {
                case 1 -> new double[] {-0.05};
                case 2 -> new double[] {0.06, -0.24};
                default -> new double[] {0.12, -0.11, -0.34};
            };
            for (int i = 0; i < n; i++) {
                RiskEntry e = (RiskEntry) list.get(i)[0];
                boolean current = (Boolean) list.get(i)[1];
                var s = current ? e.current() : e.target();
                double dx = cols == 1 ? 0 : (i % cols == 0 ? -0.22 : 0.22);
                double dy = ys[Math.min(i / cols, ys.length - 1)] - 0.2 * Math.max(0, i / cols - 2);
                double[][] both = out.computeIfAbsent(e.key(), x -> new double[2][]);
                both[current ? 0 : 1] = new double[] {s.likelihood() + dx, s.impact() + dy};
            }
        });
        return out;
    }

    static String altText(RiskProfile profile, List<Marker> markers) {
        StringBuilder sb = new StringBuilder("Heat map of likelihood (across, Rare 1 to Certain 5) against impact (up, "
                + "Insignificant 1 to Catastrophic 5) for the corporate register, " + profile.period().label() + ". ");
        if (markers.isEmpty()) {
            return sb.append("No entries are on the register.").toString();
        }
        List<String> parts = new ArrayList<>();
        for (Marker m : markers) {
            parts.add(m.id() + " (" + m.kind().label().toLowerCase(Locale.ROOT) + ") at " + m.score() + ", "
                    + RiskScale.LIKELIHOOD.get(m.likelihood() - 1).toLowerCase(Locale.ROOT) + " and "
                    + impactWord(m.impact(), m.kind()) + (m.hasTarget() ? ", target " + m.targetScore() : ", no target given"));
        }
        return sb.append(String.join("; ", parts)).append('.').toString();
    }

    private static String impactWord(int i, RiskKind k) {
        return (i == 5 && k == RiskKind.OPPORTUNITY ? RiskScale.OUTSTANDING : RiskScale.IMPACT.get(i - 1))
                .toLowerCase(Locale.ROOT);
    }

    private static JFreeChart chart(Plan plan) {
        String[] likelihood = RiskScale.LIKELIHOOD.stream().map(w -> w + " (" + (RiskScale.LIKELIHOOD.indexOf(w) + 1) + ")")
                .toArray(String[]::new);
        String[] impact = new String[5];
        for (int i = 0; i < 5; i++) {
            impact[i] = (i == 4 ? "Catastrophic / Outstanding" : RiskScale.IMPACT.get(i)) + " (" + (i + 1) + ")";
        }
        SymbolAxis x = new SymbolAxis("Likelihood", likelihood);
        SymbolAxis y = new SymbolAxis("Impact", impact);
        for (SymbolAxis a : List.of(x, y)) {
            a.setRange(-0.5, 4.5);
            a.setGridBandsVisible(false);
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer(false, true));
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.addAnnotation(new Grid(plan.cells()));
        plot.addAnnotation(new Marks(plan.markers()));
        JFreeChart chart = new JFreeChart(plan.title(), HouseStyle.font(Font.BOLD, 13f), plot, false);
        HouseStyle.apply(chart, plan.subtitle(), plan.source());
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    private static double px(ValueAxis axis, Rectangle2D area, RectangleEdge edge, double scale) {
        return axis.valueToJava2D(scale - 1, area, edge);
    }

    /** The 25 cells, shaded by band, each with its score and band name. */
    private static final class Grid extends AbstractXYAnnotation {
        private final List<Cell> cells;

        Grid(List<Cell> cells) {
            this.cells = cells;
        }

        @Override
        public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis dx, ValueAxis dy, int index,
                PlotRenderingInfo info) {
            RectangleEdge xe = Plot2D.x(plot);
            RectangleEdge ye = Plot2D.y(plot);
            Font score = HouseStyle.font(Font.BOLD, 9f);
            Font band = HouseStyle.font(Font.PLAIN, 7f);
            for (Cell c : cells) {
                double x0 = px(dx, area, xe, c.likelihood() - 0.5);
                double x1 = px(dx, area, xe, c.likelihood() + 0.5);
                double y0 = px(dy, area, ye, c.impact() + 0.5);
                double y1 = px(dy, area, ye, c.impact() - 0.5);
                Rectangle2D r = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
                g.setPaint(SHADES.get(c.band()));
                g.fill(r);
                g.setPaint(Color.WHITE);
                g.setStroke(new BasicStroke(2f));
                g.draw(r);
                g.setPaint(HouseStyle.MUTED);
                g.setFont(score);
                g.drawString(Integer.toString(c.score()), (float) (x0 + 4), (float) (y0 + 11));
                g.setFont(band);
                String name = c.band().label();
                float w = (float) g.getFontMetrics().getStringBounds(name, g).getWidth();
                g.drawString(name, (float) (x1 - w - 4), (float) (y0 + 10));
            }
        }
    }

    /** Each entry's arrow from its current score to its target, then the circles and IDs on top. */
    private static final class Marks extends AbstractXYAnnotation {
        private final List<Marker> markers;

        Marks(List<Marker> markers) {
            this.markers = markers;
        }

        @Override
        public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis dx, ValueAxis dy, int index,
                PlotRenderingInfo info) {
            RectangleEdge xe = Plot2D.x(plot);
            RectangleEdge ye = Plot2D.y(plot);
            double r = 4.6;
            Stroke dashed = new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f);
            for (Marker m : markers) {
                double ax = px(dx, area, xe, m.x());
                double ay = px(dy, area, ye, m.y());
                double bx = px(dx, area, xe, m.targetX());
                double by = px(dy, area, ye, m.targetY());
                double len = Math.hypot(bx - ax, by - ay);
                if (m.hasTarget() && len > 2 * r + 4) {
                    double ux = (bx - ax) / len;
                    double uy = (by - ay) / len;
                    double sx = ax + ux * r;
                    double sy = ay + uy * r;
                    double ex = bx - ux * (r + 1);
                    double ey = by - uy * (r + 1);
                    g.setPaint(HouseStyle.INK);
                    g.setStroke(dashed);
                    g.draw(new Line2D.Double(sx, sy, ex, ey));
                    Path2D head = new Path2D.Double();
                    head.moveTo(ex, ey);
                    head.lineTo(ex - ux * 6 - uy * 3.2, ey - uy * 6 + ux * 3.2);
                    head.lineTo(ex - ux * 6 + uy * 3.2, ey - uy * 6 - ux * 3.2);
                    head.closePath();
                    g.fill(head);
                }
            }
            Font id = HouseStyle.font(Font.BOLD, 7.5f);
            g.setFont(id);
            for (Marker m : markers.stream().filter(Marker::hasTarget).toList()) {
                double bx = px(dx, area, xe, m.targetX());
                double by = px(dy, area, ye, m.targetY());
                java.awt.Shape hollow = shape(m.kind(), bx, by, r);
                g.setPaint(Color.WHITE);
                g.fill(hollow);
                g.setPaint(HouseStyle.INK);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(hollow);
                label(g, m.id(), bx, by, r, HouseStyle.MUTED);
            }
            for (Marker m : markers) {
                double ax = px(dx, area, xe, m.x());
                double ay = px(dy, area, ye, m.y());
                g.setPaint(m.kind() == RiskKind.RISK ? HouseStyle.INK : HouseStyle.COUNCIL);
                g.fill(shape(m.kind(), ax, ay, r));
                label(g, m.id(), ax, ay, r, HouseStyle.INK);
            }
        }

        /** A circle for a risk, a diamond for an opportunity: told apart without colour. */
        private static java.awt.Shape shape(RiskKind kind, double x, double y, double r) {
            if (kind == RiskKind.RISK) {
                return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            }
            double d = r * 1.3;
            Path2D p = new Path2D.Double();
            p.moveTo(x, y - d);
            p.lineTo(x + d, y);
            p.lineTo(x, y + d);
            p.lineTo(x - d, y);
            p.closePath();
            return p;
        }

        private static void label(Graphics2D g, String text, double x, double y, double r, Color ink) {
            var b = g.getFontMetrics().getStringBounds(text, g);
            float tx = (float) (x - b.getWidth() / 2);
            float ty = (float) (y - r - 2);
            g.setPaint(new Color(255, 255, 255, 200));
            g.fill(new Rectangle2D.Double(tx - 1, ty - b.getHeight() + 3, b.getWidth() + 2, b.getHeight() - 1));
            g.setPaint(ink);
            g.drawString(text, tx, ty);
        }
    }

    /** The edges the plot's axes are drawn on. */
    private static final class Plot2D {
        static RectangleEdge x(XYPlot p) {
            return org.jfree.chart.plot.Plot.resolveDomainAxisLocation(p.getDomainAxisLocation(), p.getOrientation());
        }

        static RectangleEdge y(XYPlot p) {
            return org.jfree.chart.plot.Plot.resolveRangeAxisLocation(p.getRangeAxisLocation(), p.getOrientation());
        }
    }

}
