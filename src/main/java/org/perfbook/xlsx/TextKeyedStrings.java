package org.perfbook.xlsx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The shared-strings table of a workbook perfbook writes, telling plain strings apart by their text. POI's
 * table tells every string it is given from the others by its XML, serialised through XMLBeans for each text
 * cell written (13–18 µs a cell under the quick compiler; the sample's book has 11,000 text cells); a string
 * without formatting runs or phonetic text is told apart by its text instead, a rich one as POI does. The
 * table written is the same.
 */
final class TextKeyedStrings extends SharedStringsTable {

    /** Starts a plain string's key: XML text never does, so the two kinds of key cannot meet. */
    private static final char PLAIN = '\u0000';

    /** Makes a new workbook's shared strings a {@code TextKeyedStrings}. */
    static final XSSFFactory FACTORY = new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new TextKeyedStrings() : super.newDocumentPart(descriptor);
        }
    };

    @Override
    protected String xmlText(CTRst st) {
        if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
            return PLAIN + st.getT();
        }
        return super.xmlText(st);
    }
}
