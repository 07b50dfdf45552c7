package org.perfbook.book;

import org.apache.poi.xssf.streaming.SXSSFSheet;

/** One sheet of the book: writes its cells into a sheet that {@link BookWriter} has created and named. */
interface BookSheet {

    void write(SXSSFSheet sheet);
}
