/**
 * The performance book workbook, one class per sheet, from an already computed {@link org.perfbook.book.Book}.
 *
 * <p>Knows nothing of how returns or the catalogue are read.
 */
package org.perfbook.book;
