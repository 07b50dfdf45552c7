/**
 * The BI team's catalogue workbook: reading it into a {@link org.perfbook.model.Catalogue}, with every
 * problem as a finding at its cell, and writing the shipped example.
 *
 * <p>Knows nothing of returns, calculations or the book.
 */
package org.perfbook.catalogue;
