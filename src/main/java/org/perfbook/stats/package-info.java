/**
 * The analyst's calculator behind {@code perfbook stats}: plain tables in and out (CSV, or the first
 * sheet of a workbook), one row of counts to one row of figures with intervals.
 */
package org.perfbook.stats;
