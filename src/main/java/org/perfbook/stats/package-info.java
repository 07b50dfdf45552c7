/**
 * The analyst's calculator behind {@code perfbook stats}: plain tables in and out (CSV, or the first
 * sheet of a workbook), one row of counts to one row of figures with intervals, each area's recent trend, or
 * each area against its period's funnel limits.
 */
package org.perfbook.stats;
