package org.perfbook.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report's paragraph styles: Word's own names, so the navigation pane lists the headings and the
 * captions are captions.
 */
final class ReportStyles {

    private ReportStyles() {
    }

    static void add(XWPFDocument doc, String font) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Normal", "Normal", null, -1, 22, false, font));
        styles.addStyle(style("Title", "Title", "Normal", -1, 28, true, font));
        styles.addStyle(style("Heading1", "heading 1", "Normal", 0, 28, true, font));
        styles.addStyle(style("Caption", "caption", "Normal", -1, 20, false, font));
        styles.addStyle(style("ListBullet", "List Bullet", "Normal", -1, 22, false, font));
    }

    /**
     * @param outline  the heading level from 0, or -1 for body text
     * @param halfPts  font size in half points
     */
    private static XWPFStyle style(String id, String name, String basedOn, int outline, int halfPts, boolean bold,
            String font) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        if (outline >= 0) {
            p.addNewKeepNext();
            p.addNewSpacing().setBefore(BigInteger.valueOf(240));
            p.getSpacing().setAfter(BigInteger.valueOf(120));
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr r = s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        f.setCs(font);
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPts));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPts));
        if (id.equals("Heading1") || id.equals("Title")) {
            r.addNewColor().setVal("1F3864");
        }
        return new XWPFStyle(s);
    }
}
