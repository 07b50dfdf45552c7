/**
 * Reading and checking the services' returns and the history workbook: every figure becomes an
 * Observation located to its cell, or a Finding in plain English (the row then kept without its figure,
 * so that the service's commentary still reaches the book).
 *
 * <p>Does no calculation of its own beyond {@code calc}'s value rule and the sums and ratios its checks
 * compare with earlier figures, and knows nothing of the book or charts.
 */
package org.perfbook.returns;
