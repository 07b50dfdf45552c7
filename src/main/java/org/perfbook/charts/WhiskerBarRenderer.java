package org.perfbook.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.perfbook.calc.Interval;

/**
 * Bars with asymmetric confidence whiskers (Wilson, Byar's and exact limits are not mean ± sd, so
 * the library's statistical renderer cannot draw them), and a paint per bar for highlighting.
 */
final class WhiskerBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final Map<Comparable<?>, Interval> intervals = new HashMap<>();
    private final Map<Comparable<?>, Paint> paints = new HashMap<>();

    WhiskerBarRenderer() {
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.05);
        setMaximumBarWidth(0.12);
    }

    void interval(Comparable<?> column, Interval ci) {
        if (ci != null) {
            intervals.put(column, ci);
        }
    }

    void paint(Comparable<?> column, Paint p) {
        paints.put(column, p);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        CategoryDataset d = getPlot() == null ? null : getPlot().getDataset();
        if (d != null && row == 0) {
            Paint p = paints.get(d.getColumnKey(column));
            if (p != null) {
                return p;
            }
        }
        return super.getItemPaint(row, column);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        Interval ci = row == 0 ? intervals.get(dataset.getColumnKey(column)) : null;
        if (ci == null || pass != 0) {
            return;
        }
        PlotOrientation o = plot.getOrientation();
        RectangleEdge domainEdge = plot.getDomainAxisEdge();
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        double middle = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, domainEdge);
        double lo = rangeAxis.valueToJava2D(ci.lower(), dataArea, rangeEdge);
        double hi = rangeAxis.valueToJava2D(ci.upper(), dataArea, rangeEdge);
        double cap = Math.min(6, state.getBarWidth() * 0.3);
        g2.setPaint(new Color(0x26, 0x26, 0x26));
        g2.setStroke(new BasicStroke(1.1f));
        if (o == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(lo, middle, hi, middle));
            g2.draw(new Line2D.Double(lo, middle - cap, lo, middle + cap));
            g2.draw(new Line2D.Double(hi, middle - cap, hi, middle + cap));
        } else {
            g2.draw(new Line2D.Double(middle, lo, middle, hi));
            g2.draw(new Line2D.Double(middle - cap, lo, middle + cap, lo));
            g2.draw(new Line2D.Double(middle - cap, hi, middle + cap, hi));
        }
    }
}
