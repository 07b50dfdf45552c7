/**
 * The demonstration data set (from the committee papers, as CSV resources) written as a full inputs
 * folder, and the synthetic scaled one for measuring speed.
 */
package org.perfbook.sample;
