package org.perfbook.xlsx;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Streaming workbooks (SXSSF) that every zip reader opens. POI's default marks every entry as Zip64,
 * which current Excel reads but older Excel, WPS and some zip readers reject; perfbook's workbooks
 * stay far below the 4 GB and 65,535-entry limits that need it.
 */
public final class Streaming {

    private Streaming() {
    }

    /**
     * A streaming workbook that writes plain zip entries, its text shared by {@link TextKeyedStrings}.
     *
     * @param window        rows kept in memory per sheet before they are flushed to disk
     * @param compressTemp  whether the flushed rows are compressed on disk
     * @param sharedStrings whether text goes to a shared-strings table (inline strings confuse some clients)
     */
    public static SXSSFWorkbook newWorkbook(int window, boolean compressTemp, boolean sharedStrings) {
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(TextKeyedStrings.FACTORY), window, compressTemp,
                sharedStrings);
        plainZip(wb);
        return wb;
    }

    /**
     * Saves {@code wb} with its shared strings in the same order every time: each sheet's last rows are
     * flushed in sheet order first, where POI's own save flushes the sheets in the order of a hash of
     * their objects, which differs from run to run; the same book is then the same bytes.
     */
    public static void write(SXSSFWorkbook wb, OutputStream out) throws IOException {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            ((SXSSFSheet) wb.getSheetAt(i)).flushRows();
        }
        wb.write(out);
    }

    /** Makes {@code wb} write plain entries; a workbook that would need Zip64 fails to save instead. */
    public static void plainZip(SXSSFWorkbook wb) {
        wb.setZip64Mode(Zip64Mode.Never);
    }
}
