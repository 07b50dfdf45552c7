package org.perfbook.report;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The report's document, which names each new PNG part from a running count. POI works the number out by
 * listing every picture the document already holds, so adding a report's charts took time growing with
 * the square of their number (a tenth of writing the report at a thousand returns a quarter). The names
 * are the ones POI gives: the first free "word/media/imageN.png" from the count of pictures added.
 */
final class ReportDocument extends XWPFDocument {

    private int nextPng = 1;

    @Override
    public int getNextPicNameNumber(PictureType type) throws InvalidFormatException {
        if (type != PictureType.PNG) {
            return super.getNextPicNameNumber(type);
        }
        int n = nextPng;
        while (getPackage().getPart(PackagingURIHelper.createPartName(XWPFRelation.IMAGE_PNG.getFileName(n))) != null) {
            n++;
        }
        nextPng = n + 1;
        return n;
    }
}
