/**
 * The committee report, a Word document: the cover report with its summary and lists, then Appendix 'A'
 * with each priority's KPI table and commentary and the recovery plans of the indicators below the desired
 * level, from the same already computed
 * {@link org.perfbook.book.Book} the performance book is written from.
 *
 * <p>Knows nothing of how returns or the catalogue are read.
 */
package org.perfbook.report;
