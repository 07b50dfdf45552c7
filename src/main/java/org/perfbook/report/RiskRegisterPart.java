package org.perfbook.report;

import org.perfbook.book.Picture;
import org.perfbook.calc.RiskProfile;

/**
 * What the committee report carries of the quarter's Corporate Risk and Opportunity Register, as the
 * register's own job worked it out: the report reads no register itself.
 *
 * @param heatMap   the heat map, or null when nothing is on the register
 * @param registers how many directorate registers were read
 * @param errors    how many errors the registers hold (an entry with one may be left off the register)
 * @param workbook  the register workbook's file name, where the entries' cards and the findings are
 */
public record RiskRegisterPart(RiskProfile profile, Picture heatMap, int registers, long errors, String workbook) {
}
