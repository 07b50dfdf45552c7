/**
 * The figures: percentages and rates from their counts, confidence intervals, changes, direction of
 * travel, status against target, benchmarks, statistical process control (XmR) and the assessment of each
 * indicator at the book's period; and the corporate risk register ({@code RiskProfile}): inclusion,
 * direction of travel and changes by quarter.
 *
 * <p>Depends on {@code model} only (and commons-math3): no Excel, no charts, no files.
 */
package org.perfbook.calc;
