package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.RiskProfile;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScale;
import org.perfbook.model.RiskScore;
import org.perfbook.model.RiskStatus;
import org.perfbook.model.Source;

class RiskHeatMapTest {

    static final Period Q4 = Period.quarter(2021, 4);

    @TempDir
    Path dir;

    static RiskEntry e(String id, RiskKind kind, RiskScore now, RiskScore target) {
        return new RiskEntry(id, kind, "D", Q4, id, "", "", "", "Owner", now, target, "", null, null, "", "", "", "",
                "", RiskStatus.OPEN, Source.of("f.xlsx"));
    }

    @Test
    void eachEntrySitsInItsCellSharedCellsAreSpreadAndAnEntryWithoutATargetHasNoArrow() throws Exception {
        List<RiskEntry> q4 = List.of(e("Corp1", RiskKind.RISK, new RiskScore(4, 4), new RiskScore(3, 3)),
                e("Corp5", RiskKind.RISK, new RiskScore(4, 4), new RiskScore(2, 4)),
                e("Corp9", RiskKind.RISK, new RiskScore(5, 5), null),
                e("CO1", RiskKind.OPPORTUNITY, new RiskScore(5, 3), new RiskScore(5, 4)));
        RiskHeatMap.Plan plan = RiskHeatMap.plan(RiskProfile.of(Q4, Map.of(Q4, q4), 12), "");
        assertEquals(25, plan.cells().size());
        assertEquals(RiskScale.Band.VERY_HIGH, plan.cells().get(24).band());
        assertEquals(RiskScale.Band.LOW, plan.cells().get(0).band());
        assertEquals(List.of("Corp1", "Corp5", "Corp9", "CO1"), plan.markers().stream().map(RiskHeatMap.Marker::id).toList());
        RiskHeatMap.Marker corp1 = plan.markers().get(0);
        RiskHeatMap.Marker corp5 = plan.markers().get(1);
        assertEquals(corp1.likelihood(), corp5.likelihood());
        assertTrue(corp1.x() < corp5.x(), "two entries in one cell side by side");
        assertFalse(plan.markers().get(2).hasTarget());
        assertTrue(plan.altText().contains("Corp9 (risk) at 25, certain and catastrophic, no target given"), plan.altText());
        assertTrue(plan.altText().contains("CO1 (opportunity) at 15, certain and moderate, target 20"), plan.altText());

        ChartImage img = plan.draw(dir);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(img.png()));
        assertEquals(Math.round(RiskHeatMap.WIDTH_IN * Export.DPI), png.getWidth());
        assertTrue(Files.readString(dir.resolve("risk-heat-map.svg")).contains("Corp9"));
    }
}
