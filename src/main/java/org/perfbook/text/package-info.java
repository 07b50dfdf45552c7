/**
 * Every way a number, a change or a period is worded for members, so the book, the charts and the
 * templates say the same thing the same way.
 *
 * <p>Pure functions over the model; no Excel, no charts.
 */
package org.perfbook.text;
