package org.perfbook.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.testing.Indicators;

/** Ranks over time in the Data sheet and on the scorecards, and the spine charts' sheet. */
class RankBookTest {

    static final Period Q3 = Period.quarter(2021, 3);

    @TempDir
    Path dir;

    /** Six other authorities at Q1 and Q3, five at Q2: ranks for Q1 and Q3 only. */
    static Book book(List<Picture> pictures) {
        Indicator ind = Indicators.percentage("X-01").priority("Caring").polarity(Polarity.HIGH).build();
        double[][] others = {{55, 60, 70, 40, 65, 50}, {56, 61, 72, 42, 63}, {57, 62, 71, 45, 62, 52}};
        double[] local = {60, 58, 62};
        List<Benchmark> b = new ArrayList<>();
        List<Observation> o = new ArrayList<>();
        Period p = Q3.previous().previous();
        for (int q = 0; q < 3; q++, p = p.next()) {
            b.add(new Benchmark("X-01", p, "England", 55.0, null, null));
            for (int i = 0; i < others[q].length; i++) {
                b.add(new Benchmark("X-01", p, "Authority " + i, others[q][i], null, null));
            }
            o.add(new Observation("X-01", p, "", local[q], null, null, "", Source.of("x.xlsx")));
        }
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), b, List.of());
        Assessor assessor = new Assessor(c, o);
        List<Assessment> a = assessor.assess(Q3);
        return new Book(Q3, ZonedDateTime.parse("2022-01-20T10:15:00Z"), "test", c.priorities(), a,
                assessor.evaluateAll(), List.of(), List.of(), List.of(), List.of(), pictures);
    }

    private XSSFWorkbook written(Book b) throws Exception {
        Path f = dir.resolve("book.xlsx");
        BookWriter.write(b, f);
        return new XSSFWorkbook(f.toFile());
    }

    private static String text(Row r, DataColumn c) {
        Cell cell = r.getCell(c.index());
        return cell == null ? null : cell.getStringCellValue();
    }

    @Test
    void dataSheetHasRankAndQuartileForEveryPeriodWithTheFullSet() throws Exception {
        try (XSSFWorkbook wb = written(book(List.of()))) {
            Sheet data = wb.getSheet(BookWriter.DATA);
            Row header = data.getRow(0);
            assertEquals("Rank among authorities", header.getCell(DataColumn.RANK.index()).getStringCellValue());
            assertEquals("Quartile", header.getCell(DataColumn.QUARTILE.index()).getStringCellValue());
            List<String> ranks = new ArrayList<>();
            List<String> quartiles = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                ranks.add(text(data.getRow(r), DataColumn.RANK));
                quartiles.add(text(data.getRow(r), DataColumn.QUARTILE));
            }
            // 60 among 55 60 70 40 65 50: two higher, one tied -> 3 of 7; Q2 lacks an authority; 62 among
            // 57 62 71 45 62 52: one higher -> 2 of 7 (scipy rankdata method='min' on the negated figures)
            assertEquals(java.util.Arrays.asList("3 of 7", null, "2 of 7"), ranks);
            assertEquals(java.util.Arrays.asList("second quartile", null, "upper quartile"), quartiles);
            // no spine chart given, no sheet for it
            assertNull(wb.getSheet(BookWriter.SPINE));
        }
    }

    @Test
    void scorecardSaysTheRankNowAndBefore() {
        Assessment a = book(List.of()).assessments().get(0);
        assertEquals("Rank: 2 of 7 (upper quartile), 2021/22 Q3; earlier 3 (2021/22 Q1)", ScorecardSheet.ranks(a));
        assertTrue(ScorecardSheet.comparisons(a).contains("Rank: 2 of 7"), ScorecardSheet.comparisons(a));
    }

    @Test
    void spineChartsHaveTheirOwnSheet() throws Exception {
        byte[] png = Picture1x1.PNG;
        List<Picture> pictures = List.of(new Picture("summary-status", "", "Status", 6.5, 3, png),
                new Picture("spine-Caring", "", "Spine chart of Caring", 10, 3, png));
        try (XSSFWorkbook wb = written(book(pictures))) {
            XSSFSheet spine = wb.getSheet(BookWriter.SPINE);
            assertNotNull(spine);
            long shown = spine.getDrawingPatriarch().getShapes().stream().filter(s -> s instanceof XSSFPicture).count();
            assertEquals(1, shown);
            // after the scorecards, before the indicators' charts
            assertEquals(wb.getSheetIndex(BookWriter.CHARTS) - 1, wb.getSheetIndex(spine));
            // the Summary keeps the status chart alone
            long onSummary = wb.getSheet(BookWriter.SUMMARY).getDrawingPatriarch().getShapes().stream()
                    .filter(s -> s instanceof XSSFPicture).count();
            assertEquals(1, onSummary);
        }
    }

    /** A one-pixel PNG, drawn once. */
    static final class Picture1x1 {
        static final byte[] PNG;

        static {
            try {
                var img = new java.awt.image.BufferedImage(4, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
                var out = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(img, "png", out);
                PNG = out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
