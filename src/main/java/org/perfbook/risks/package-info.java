/**
 * The directorate risk and opportunity registers: the template a directorate fills in each quarter,
 * reading a filled-in register into {@code model.RiskEntry} records with findings at their cells, and
 * the checks across registers (duplicate IDs, entries that vanished since last quarter). Built on
 * {@code org.perfbook.xlsx}; what is derived from the entries (scores, inclusion, direction, changes)
 * is in {@code org.perfbook.calc}, and nothing here writes the committee's outputs.
 */
package org.perfbook.risks;
