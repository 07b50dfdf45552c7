package org.perfbook.book;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * Places pictures with one-cell anchors and an explicit size, so Excel and LibreOffice show them at
 * their true proportions whatever the column widths (a two-cell anchor stretches with the columns).
 */
final class Pictures {

    /** English Metric Units per inch, the unit of drawing sizes. */
    private static final long EMU_PER_INCH = 914_400;

    private record Placed(String altText, String name, long cx, long cy) {
    }

    private final SXSSFWorkbook wb;
    private final XSSFSheet sheet;
    private XSSFDrawing drawing;
    private final List<Placed> placed = new ArrayList<>();

    Pictures(SXSSFWorkbook wb, String sheetName) {
        this.wb = wb;
        this.sheet = wb.getXSSFWorkbook().getSheet(sheetName);
    }

    /** Puts the picture's top-left corner at the cell, shown {@code widthIn} inches wide. */
    void place(Picture p, int row, int col, double widthIn) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        // a stand-in that BookWriter replaces with the PNG after the save, so POI never holds the image
        int index = wb.addPicture(p.standIn(), Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setRow1(row);
        anchor.setCol2(col + 1);
        anchor.setRow2(row + 1);
        anchor.setDx1(30_000);
        anchor.setDy1(30_000);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture((org.apache.poi.xssf.usermodel.XSSFClientAnchor) anchor, index);
        double heightIn = widthIn * p.heightIn() / p.widthIn();
        placed.add(new Placed(p.altText(), p.name(), Math.round(widthIn * EMU_PER_INCH), Math.round(heightIn * EMU_PER_INCH)));
    }

    /** Height in points that a picture shown {@code widthIn} wide needs. */
    static float heightPoints(Picture p, double widthIn) {
        return (float) (widthIn * p.heightIn() / p.widthIn() * 72 + 6);
    }

    /** Turns every two-cell anchor made by {@link #place} into a one-cell anchor with its size and alt text. */
    void finish() {
        if (drawing == null) {
            return;
        }
        CTDrawing ct = drawing.getCTDrawing();
        // the anchors as one array, and all removed at once: XMLBeans finds the n-th element by counting from
        // the first, so taking or removing them one by one took time growing with the square of the charts
        CTTwoCellAnchor[] twos = ct.getTwoCellAnchorArray();
        for (int i = 0; i < twos.length && i < placed.size(); i++) {
            CTTwoCellAnchor two = twos[i];
            Placed p = placed.get(i);
            CTOneCellAnchor one = ct.addNewOneCellAnchor();
            one.setFrom(two.getFrom());
            one.addNewExt().setCx(p.cx());
            one.getExt().setCy(p.cy());
            one.setPic(two.getPic());
            one.getPic().getSpPr().getXfrm().getExt().setCx(p.cx());
            one.getPic().getSpPr().getXfrm().getExt().setCy(p.cy());
            one.getPic().getNvPicPr().getCNvPr().setName(p.name());
            one.getPic().getNvPicPr().getCNvPr().setDescr(p.altText());
            one.addNewClientData();
        }
        ct.setTwoCellAnchorArray(new CTTwoCellAnchor[0]);
    }
}
