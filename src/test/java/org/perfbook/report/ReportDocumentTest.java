package org.perfbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** The report's pictures are named and related exactly as POI's own document names them. */
class ReportDocumentTest {

    /** Adds pictures (one of them twice, as POI then shares its part) and lists part name and relation of each. */
    private static List<String> pictures(XWPFDocument doc) throws Exception {
        List<String> out = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "b", "d", "e")) {
            XWPFRun run = doc.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(("perfbook picture " + name).getBytes(StandardCharsets.UTF_8)),
                    PictureType.PNG, name + ".png", Units.toEMU(100), Units.toEMU(50));
            out.add(run.getEmbeddedPictures().get(0).getCTPicture().getBlipFill().getBlip().getEmbed());
        }
        for (XWPFPictureData p : doc.getAllPackagePictures()) {
            out.add(p.getPackagePart().getPartName().getName() + " " + doc.getRelationId(p));
        }
        return out;
    }

    @Test
    void picturesGetThePartNamesAndRelationsPoiGives() throws Exception {
        try (XWPFDocument poi = new XWPFDocument(); ReportDocument ours = new ReportDocument()) {
            List<String> expected = pictures(poi);
            assertEquals(expected, pictures(ours));
            assertEquals(11, expected.size());
        }
    }
}
