/**
 * The spreadsheet layer: opening a workbook with every failure turned into a Finding (a return in one
 * streaming pass over its XML, as are the catalogue, history and risk registers; .xls files and tables
 * with POI's usermodel), finding a header row
 * by its labels, reading a cell as people type it, merged cells, and the shared style pieces, print set-up
 * and sheet protection of the workbooks perfbook writes, and filling large parts (pictures) into a saved
 * package so writers need not hold them in memory.
 *
 * <p>The one home of POI plumbing that readers and writers share; it knows no indicator, return or book.
 */
package org.perfbook.xlsx;
