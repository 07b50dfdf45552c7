package org.perfbook.charts;

/**
 * A chart drawn and saved as PNG and SVG, ready to embed.
 *
 * @param name     the file stem a clerk looks for, e.g. {@code ASC-06-trend}
 * @param altText  a sentence for screen readers saying what the chart shows
 * @param widthIn  print width in inches (the PNG is 300 dpi at this size)
 * @param heightIn print height in inches
 * @param png      the PNG bytes, with a pHYs chunk saying 300 dpi (the SVG is only on disk)
 */
public record ChartImage(String name, String indicatorId, String kind, String altText, double widthIn, double heightIn,
        byte[] png) {
}
