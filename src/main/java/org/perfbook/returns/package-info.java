/**
 * Reading and checking the services' returns and the history workbook: every figure becomes an
 * Observation located to its cell, or a Finding in plain English.
 *
 * <p>Does no calculation of its own beyond {@code calc}'s value rule, and knows nothing of the book or charts.
 */
package org.perfbook.returns;
