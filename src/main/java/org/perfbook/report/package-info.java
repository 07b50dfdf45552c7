/**
 * The committee report, a Word document: the cover report with its summary and lists, then Appendix 'A'
 * with each priority's KPI table and commentary and the recovery plans of the indicators below the desired
 * level, from the same already computed
 * {@link org.perfbook.book.Book} the performance book is written from; and, when the quarter has risk
 * registers, Appendix 'B' with the Corporate Risk and Opportunity Register as the register's own job worked it
 * out ({@link org.perfbook.report.RiskRegisterPart}).
 *
 * <p>Knows nothing of how returns or the catalogue are read.
 */
package org.perfbook.report;
