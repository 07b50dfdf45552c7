package org.perfbook.book;

/**
 * A chart image to place in the book.
 *
 * @param indicatorId empty for the Summary's status chart
 * @param altText     read out by screen readers in Excel and LibreOffice
 * @param widthIn     the image's print width in inches (its height follows its proportions)
 */
public record Picture(String name, String indicatorId, String altText, double widthIn, double heightIn, byte[] png) {
}
