package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.RiskProfile;
import org.perfbook.charts.RiskHeatMap;
import org.perfbook.model.Confidence;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.sample.RiskSample;
import org.perfbook.testing.Slow;

/**
 * The shipped sample's registers, built end to end: the Q4 2021/22 register must match the committee's
 * (Cabinet Committee on Performance Improvement, Q4 2021/22 Corporate Risk and Opportunity Register).
 */
@Slow
class RiskRegisterSampleTest {

    @TempDir
    static Path dir;
    static RiskRegisters.Outcome outcome;

    @BeforeAll
    static void build() throws Exception {
        RiskSample.write(dir.resolve("workbooks"));
        outcome = RiskRegisters.build(new RiskRegisters.Options(dir.resolve("workbooks"), null, dir.resolve("out"),
                dir.resolve("charts"), "test"));
    }

    @Test
    void theQ4RegisterHasTheSeedsScoresTargetsAndOwners() {
        assertEquals(Period.quarter(2021, 4), outcome.period());
        Map<String, String> got = new LinkedHashMap<>();
        for (RiskProfile.Line l : outcome.profile().lines()) {
            RiskEntry e = l.entry();
            got.put(e.id(), e.current().score() + "/" + e.target().score() + "/" + e.targetDateText() + "/" + e.owner());
        }
        // the seed's Appendix 'A' cards and Appendix 'B' Summary Risk Profile, Q4 2021/22
        Map<String, String> seed = new LinkedHashMap<>();
        seed.put("Corp1", "16/9/March 2022/On going/CMT / Director of OD & Change");
        seed.put("Corp2", "12/8/March 2022/Director of Education and Children's Services");
        seed.put("Corp4", "20/6/March 2022/Adult Social Care with CMT and partners");
        seed.put("Corp5", "16/8/March 2022/Director of Strategy & Performance / Director of Finance");
        seed.put("Corp6", "20/12/March 2023/Corporate Services leadership in conjunction with CMT and partners");
        seed.put("Corp7", "16/12/December 2022/ASC leadership");
        seed.put("CO1", "15/20/March 2022/ASC leadership");
        seed.put("CO2", "6/16/Ongoing/HoS P&IT / Director of Highways");
        assertEquals(seed, got);
    }

    @Test
    void sendIsRemovedAndFamilySafeguardingsConfidenceMovesFromGreenToAmber() {
        List<String> changes = outcome.profile().changes().stream().map(RiskProfile.Change::text).toList();
        assertEquals(List.of("Removal of the risk relating to Special Educational Needs & Disability Improvement Plan "
                        + "(CORP3): closed this quarter. Removed following the assessment of improvement in September 2021.",
                "Corp2 Family Safeguarding Model: the risk confidence RAG rating has changed from green to amber."), changes);
        RiskProfile.Line corp2 = outcome.profile().lines().get(1);
        assertEquals(List.of(Confidence.GREEN, Confidence.GREEN, Confidence.GREEN, Confidence.AMBER),
                List.of(corp2.confidenceIn(1), corp2.confidenceIn(2), corp2.confidenceIn(3), corp2.confidenceIn(4)));
        assertEquals(List.of(16, 16, 12, 12), corp2.history().stream().map(RiskProfile.Point::score).toList());
    }

    @Test
    void theSamplesOneMistakeIsFoundAtItsCell() {
        List<Finding> errors = outcome.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        Finding f = errors.get(0);
        assertTrue(f.is(FindingCode.RISK_SCORE_MISMATCH));
        assertTrue(f.source().file().endsWith("risk-register-education-and-childrens-services-2021-22-Q4.xlsx"));
        assertEquals("M6", f.source().cell());
    }

    @Test
    void theHeatMapPlotsEachEntryAtItsScoreWithAnArrowToItsTarget() throws Exception {
        RiskHeatMap.Plan plan = RiskHeatMap.plan(outcome.profile(), "Lancashire");
        assertEquals(25, plan.cells().size());
        assertEquals(8, plan.markers().size());
        RiskHeatMap.Marker corp4 = plan.markers().stream().filter(m -> m.id().equals("Corp4")).findFirst().orElseThrow();
        assertEquals(List.of(5, 4, 3, 2), List.of(corp4.likelihood(), corp4.impact(), corp4.targetLikelihood(),
                corp4.targetImpact()));
        for (RiskHeatMap.Marker m : plan.markers()) {
            assertTrue(Math.abs(m.x() - m.likelihood()) < 0.5 && Math.abs(m.y() - m.impact()) < 0.5, m.toString());
            assertTrue(Math.abs(m.targetX() - m.targetLikelihood()) < 0.5, m.toString());
        }
        // no two marks in one place
        long distinct = plan.markers().stream().flatMap(m -> java.util.stream.Stream.of(m.x() + "," + m.y(),
                m.targetX() + "," + m.targetY())).distinct().count();
        assertEquals(16, distinct);
        assertTrue(plan.altText().contains("Corp4 (risk) at 20, certain and major, target 6"), plan.altText());
        assertTrue(Files.size(dir.resolve("charts/2021-22-Q4/risk-heat-map.png")) > 10_000);
        assertTrue(Files.readString(dir.resolve("charts/2021-22-Q4/risk-heat-map.svg")).contains("<svg"));
    }

    @Test
    void theSummaryRiskProfileGivesConfidenceInColourAndWords() throws Exception {
        try (InputStream in = Files.newInputStream(outcome.register()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Register", "Summary Risk Profile", "Changes", "Heat map", "Findings"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4)));
            Sheet s = wb.getSheet("Summary Risk Profile");
            DataFormatter fmt = new DataFormatter();
            Row corp2 = java.util.stream.StreamSupport.stream(s.spliterator(), false)
                    .filter(r -> "Corp2".equals(fmt.formatCellValue(r.getCell(0)))).findFirst().orElseThrow();
            assertEquals(List.of("Family Safeguarding Model", "12", "8", "March 2022", "Green", "Green", "Green", "Amber",
                    "No change (12 last quarter)"), java.util.stream.IntStream.rangeClosed(1, 9)
                    .mapToObj(c -> fmt.formatCellValue(corp2.getCell(c))).toList());
            var amber = (org.apache.poi.xssf.usermodel.XSSFColor) corp2.getCell(8).getCellStyle().getFillForegroundColorColor();
            var green = (org.apache.poi.xssf.usermodel.XSSFColor) corp2.getCell(7).getCellStyle().getFillForegroundColorColor();
            assertTrue(amber != null && green != null && !java.util.Arrays.equals(amber.getRGB(), green.getRGB()));
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, wb.getSheet("Heat map").getDrawingPatriarch().getShapes().size());
        }
    }
}
