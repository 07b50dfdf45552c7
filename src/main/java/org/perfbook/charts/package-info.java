/**
 * The chart kinds members see, the house style, and their export as 300-dpi PNG and SVG.
 *
 * <p>The only package that uses JFreeChart; knows nothing of how returns or the catalogue are read.
 */
package org.perfbook.charts;
