package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.pipeline.Parallel;
import org.perfbook.pipeline.Progress;
import org.perfbook.model.Period;
import org.perfbook.calc.Assessment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ChartsTest {

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Share of pixels close to a colour: the series a reader would see. */
    private static double share(BufferedImage img, Color c) {
        long hits = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - c.getRed()) < 12 && Math.abs(g - c.getGreen()) < 12 && Math.abs(b - c.getBlue()) < 12) {
                    hits++;
                }
            }
        }
        return hits / ((img.getHeight() / 2.0) * (img.getWidth() / 2.0));
    }

    private static int dpi(byte[] png) throws Exception {
        int perMetre = pixelsPerMetre(png);
        return perMetre < 0 ? -1 : (int) Math.round(perMetre * 0.0254);
    }

    /** The pHYs chunk as ImageIO reads it back: the same both ways, in pixels per metre. */
    private static int pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    Element e = (Element) n;
                    assertEquals("meter", e.getAttribute("unitSpecifier"));
                    assertEquals(e.getAttribute("pixelsPerUnitXAxis"), e.getAttribute("pixelsPerUnitYAxis"));
                    return Integer.parseInt(e.getAttribute("pixelsPerUnitXAxis"));
                }
            }
            return -1;
        }
    }

    private static Document svg(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void trendShowsTheCouncilTheTargetAndBenchmarks() throws Exception {
        Assessment a = ChartFixtures.assessment("ASC-02");
        JFreeChart chart = CommitteeCharts.trend(a, ChartFixtures.catalogue().benchmarks(), ChartFixtures.Q3);
        XYPlot plot = chart.getXYPlot();
        assertEquals(11, plot.getDataset(0).getItemCount(0), "every quarter is plotted");
        List<String> others = java.util.stream.IntStream.range(0, plot.getDataset(1).getSeriesCount())
                .mapToObj(i -> plot.getDataset(1).getSeriesKey(i).toString()).toList();
        assertEquals(List.of("Target", "England", "North West"), others);
        assertTrue(chart.getTitle().getText().contains("reablement"));
        byte[] png = Export.png(chart, 6.5, 3.6);
        BufferedImage img = image(png);
        assertEquals(1950, img.getWidth());
        assertEquals(1080, img.getHeight());
        assertTrue(share(img, HouseStyle.COUNCIL) > 0.002, "the council's line is drawn");
        assertTrue(share(img, HouseStyle.TARGET) > 0.0005, "the target line is drawn");
        assertTrue(share(img, Color.WHITE) < 0.97, "not blank");
        assertEquals(300, dpi(png));
        assertEquals(11811, pixelsPerMetre(png), "300 dpi");
        assertEquals(8, png[24], "8 bits a channel");
        assertEquals(2, png[25], "truecolour without alpha: the chart is opaque");
    }

    @Test
    void aRangeTargetIsABand() {
        JFreeChart chart = CommitteeCharts.trend(ChartFixtures.assessment("ASC-06"), List.of(), ChartFixtures.Q3);
        assertEquals(1, chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
        assertTrue(chart.getXYPlot().getRangeAxis().getRange().contains(680));
    }

    @Test
    void benchmarkBarsHighlightTheCouncil() throws Exception {
        Assessment a = ChartFixtures.assessment("ASC-02");
        JFreeChart chart = CommitteeCharts.benchmark(a, Map.of(), ChartFixtures.Q3);
        CategoryPlot plot = chart.getCategoryPlot();
        List<String> columns = plot.getDataset().getColumnKeys().stream().map(Object::toString).toList();
        assertEquals("Council 87.4", columns.get(0), "each bar is labelled with its figure");
        assertTrue(columns.containsAll(List.of("England 79.1", "North West 79.9", "Statistical neighbours (mean) 82.4",
                "Durham 88.0", "Kent 76.2")), columns.toString());
        assertEquals(HouseStyle.COUNCIL, plot.getRenderer().getItemPaint(0, 0));
        assertFalse(HouseStyle.COUNCIL.equals(plot.getRenderer().getItemPaint(0, 1)));
        BufferedImage img = image(Export.png(chart, 6.5, 3.0));
        assertTrue(share(img, HouseStyle.COUNCIL) > 0.005);
    }

    @Test
    void statusSummaryStacksEveryPriority() throws Exception {
        List<Assessment> all = ChartFixtures.assessments();
        JFreeChart chart = CommitteeCharts.statusSummary(all, List.of("Caring for the vulnerable",
                "Delivering better services"), ChartFixtures.Q3);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(4, plot.getDataset().getRowCount(), "green, amber, red, not rated");
        double total = 0;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 2; c++) {
                total += plot.getDataset().getValue(r, c).doubleValue();
            }
        }
        assertEquals(all.size(), total, 1e-9);
        String label = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0);
        assertTrue(label == null || label.startsWith("Green "), "segments are labelled in words: " + label);
    }

    @Test
    void breakdownIsSortedBestFirstWithTheOverallLine() {
        Assessment a = ChartFixtures.assessment("CSC-01");
        JFreeChart chart = CommitteeCharts.breakdown(a, ChartFixtures.Q3);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(12, plot.getDataset().getColumnCount());
        double previous = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 12; c++) {
            double v = plot.getDataset().getValue(0, c).doubleValue();
            assertTrue(v >= previous, "Good is Low: lowest rate first");
            previous = v;
        }
        assertEquals(1, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void yearOnYearHasTwoYearsOfQuarters() {
        JFreeChart chart = CommitteeCharts.yearOnYear(ChartFixtures.assessment("CX-01"), ChartFixtures.Q3);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(List.of("2020/21", "2021/22"), plot.getDataset().getRowKeys());
        assertEquals(4, plot.getDataset().getColumnCount());
        assertEquals(131.0, plot.getDataset().getValue(1, 2).doubleValue());
        assertEquals(null, plot.getDataset().getValue(1, 3), "2021/22 Q4 has not happened");
    }

    @Test
    void svgParsesWithAViewBoxAndFallbackFonts() throws Exception {
        String svg = Export.svg(CommitteeCharts.trend(ChartFixtures.assessment("ASC-02"), List.of(), ChartFixtures.Q3), 6.5, 3.6);
        Document doc = svg(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName() == null ? root.getNodeName() : root.getLocalName());
        double[] box = java.util.Arrays.stream(root.getAttribute("viewBox").trim().split("\\s+"))
                .mapToDouble(Double::parseDouble).toArray();
        assertEquals(List.of(0.0, 0.0, 468.0, 259.2), java.util.Arrays.stream(box).boxed().toList());
        assertTrue(svg.contains("Liberation Sans"));
        assertTrue(svg.contains("reablement"));
    }

    @Test
    void theSetCoversEveryKindWithFindableNamesAndAltText(@TempDir Path dir) throws Exception {
        List<ChartImage> images = render(ChartFixtures.assessments(),
                List.of("Caring for the vulnerable", "Delivering better services"), ChartFixtures.Q3, 2, dir);
        Set<String> names = images.stream().map(ChartImage::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("summary-status", "ASC-02-trend", "ASC-02-benchmark", "CSC-01-breakdown",
                "CX-01-year-on-year", "ASC-06-trend")), names.toString());
        for (ChartImage c : images) {
            assertFalse(c.altText().isBlank());
            assertEquals(300, dpi(c.png()));
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve(c.name() + ".png")), c.png()),
                    "the book embeds the very PNG saved beside it: " + c.name());
        }
        assertTrue(Files.size(dir.resolve("ASC-02-trend.png")) > 10_000);
        assertNotNull(svg(Files.readString(dir.resolve("CSC-01-breakdown.svg"))));
        Map<String, String> alt = new HashMap<>();
        images.forEach(c -> alt.put(c.name(), c.altText()));
        assertTrue(alt.get("ASC-02-trend").contains("87.4"), alt.get("ASC-02-trend"));
    }

    @Test
    void drawingInParallelGivesTheSameImages(@TempDir Path dir) throws Exception {
        List<Assessment> a = ChartFixtures.assessments();
        List<ChartImage> one = render(a, List.of("Caring for the vulnerable"), ChartFixtures.Q3, 1,
                dir.resolve("one"));
        List<ChartImage> two = render(a, List.of("Caring for the vulnerable"), ChartFixtures.Q3, 2,
                dir.resolve("two"));
        assertEquals(one.size(), two.size());
        for (int i = 0; i < one.size(); i++) {
            assertTrue(java.util.Arrays.equals(one.get(i).png(), two.get(i).png()), one.get(i).name());
        }
    }

    /** The charts drawn the way the build draws them: planned here, drawn on a pool of threads. */
    private static List<ChartImage> render(List<Assessment> assessments, List<String> priorities, Period period,
            int threads, Path dir) throws IOException {
        return Parallel.map(ChartSet.plan(assessments, priorities, period), threads, Progress.NONE, c -> c.draw(dir));
    }

    @Test
    void fileNamesCannotEscapeTheFolder() {
        assertEquals("etc-passwd", ChartSet.safe("../../etc/passwd"));
        assertEquals("ASC-06", ChartSet.safe("ASC-06"));
        assertTrue(ChartSet.safe("A".repeat(300)).length() <= 80);
    }

    @Test
    void aLongTitleBreaksBetweenWordsNeverAfterAHyphen() {
        // CSC-08's name: JFreeChart's own line breaking ended the first line "aged 0-" and put "17" on the next
        String name = "Statutory children's social care complaints per 10,000 population aged 0-17";
        JFreeChart chart = new JFreeChart(name, HouseStyle.font(java.awt.Font.BOLD, 13f),
                new XYPlot(null, new org.jfree.chart.axis.NumberAxis(), new org.jfree.chart.axis.NumberAxis(), null),
                false);
        HouseStyle.apply(chart, "", "");
        Export.png(chart, 6.5, 3.6);
        // the lines JFreeChart draws, measured the way it measures them for a title 6.5 in wide
        java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        var block = org.jfree.chart.text.TextUtils.createTextBlock(chart.getTitle().getText(), chart.getTitle().getFont(),
                Color.BLACK, (float) (6.5 * 72 - 18), 2, new org.jfree.chart.text.G2TextMeasurer(g));
        List<String> lines = ((List<?>) block.getLines()).stream()
                .map(l -> ((org.jfree.chart.text.TextLine) l).getFirstTextFragment().getText().strip()).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(name, String.join(" ", lines), "broken only at spaces: " + lines);
        assertTrue(lines.get(1).contains("0-17"), lines.toString());
    }

    @Test
    void aBenchmarkChartGivesBarsToTheNeighboursNotToEveryAuthority(@TempDir Path dir) throws Exception {
        Period q3 = Period.quarter(2021, 3);
        var ind = new org.perfbook.model.Indicator("PH-04", "Children vaccinated", "Caring for the vulnerable", "PH",
                "Public Health", org.perfbook.model.Frequency.QUARTERLY, org.perfbook.model.Measure.PERCENTAGE, 100, "",
                org.perfbook.model.Polarity.HIGH, null, org.perfbook.model.Tolerance.DEFAULT, false, 1, "");
        List<org.perfbook.model.Benchmark> b = new java.util.ArrayList<>();
        b.add(new org.perfbook.model.Benchmark("PH-04", q3, org.perfbook.model.Benchmark.ENGLAND, 91.8, null, null));
        for (int i = 1; i <= 30; i++) {
            b.add(new org.perfbook.model.Benchmark("PH-04", q3, "Authority " + i, 80 + i * 0.5, null, null));
        }
        var c = new org.perfbook.model.Catalogue(List.of(ind), List.of(), List.of(), b, List.of());
        var o = new org.perfbook.model.Observation("PH-04", q3, "", 92.8, null, null, "",
                org.perfbook.model.Source.of("r.xlsx"));
        Assessment a = new org.perfbook.calc.Assessor(c, List.of(o)).assess(q3).get(0);
        assertEquals(30, a.benchmarks().size() - 1, "every authority's figure is in the assessment");
        List<String> neighbours = List.of("Authority 3", "Authority 17", "Authority 29");
        CategoryPlot withNeighbours = (CategoryPlot) CommitteeCharts.benchmark(a, Map.of(), q3,
                org.perfbook.model.Settings.DEFAULTS, neighbours).getPlot();
        List<String> bars = new java.util.ArrayList<>();
        withNeighbours.getDataset().getColumnKeys().forEach(k -> bars.add(k.toString()));
        assertEquals(List.of("Council 92.8", "England 91.8", "Authority 29 94.5", "Authority 17 88.5",
                "Authority 3 81.5"), bars, "the authority, England, then the neighbours best first");
        // without neighbours, 30 authorities are too many for bars; 20 or fewer all get one
        CategoryPlot none = (CategoryPlot) CommitteeCharts.benchmark(a, Map.of(), q3).getPlot();
        assertEquals(2, none.getDataset().getColumnCount());
        assertEquals(20, CommitteeCharts.authorityBars(new org.perfbook.calc.Assessor(new org.perfbook.model.Catalogue(
                List.of(ind), List.of(), List.of(), b.subList(0, 21), List.of()), List.of(o)).assess(q3).get(0),
                List.of()).size());
        // and the planned chart is sized for the bars it draws, not for every authority
        ChartSet.Chart planned = ChartSet.plan(List.of(a), List.of(), q3, org.perfbook.model.Settings.DEFAULTS,
                neighbours).stream().filter(ch -> ch.name().equals("PH-04-benchmark")).findFirst().orElseThrow();
        double height = planned.draw(dir).heightIn();
        assertTrue(height < 4, "height " + height);
        assertFalse(planned.altText().contains("Authority 1,"), planned.altText());
    }

    @Test
    void smallWholeCountsTakeWholeStepsOnTheAxis() {
        // ECO-01's Rosebud loans: 0 to 3 a quarter; steps of 0.5 printed whole read "0, 0, 1, 1, 2, 2, 3"
        var ind = new org.perfbook.model.Indicator("ECO-01", "Number of Rosebud loans", "Supporting economic growth",
                "CEX", "Economic Development", org.perfbook.model.Frequency.QUARTERLY, org.perfbook.model.Measure.COUNT,
                1, "", org.perfbook.model.Polarity.HIGH, null, org.perfbook.model.Tolerance.DEFAULT, false, 0, "");
        double[] loans = {0, 1, 1, 0, 3, 1, 0};
        List<org.perfbook.model.Observation> o = new java.util.ArrayList<>();
        for (int i = 0; i < loans.length; i++) {
            o.add(new org.perfbook.model.Observation("ECO-01", Period.quarter(2020 + i / 4, i % 4 + 1), "", loans[i], null,
                    null, "", org.perfbook.model.Source.of("r.xlsx")));
        }
        var c = new org.perfbook.model.Catalogue(List.of(ind), List.of(), List.of(), List.of(), List.of());
        Period q3 = Period.quarter(2021, 3);
        Assessment a = new org.perfbook.calc.Assessor(c, o).assess(q3).get(0);
        for (JFreeChart chart : List.of(CommitteeCharts.yearOnYear(a, q3), CommitteeCharts.trend(a, List.of(), q3,
                org.perfbook.model.Settings.DEFAULTS))) {
            Export.png(chart, 6.5, 3.6); // the step is chosen as the axis is drawn
            var axis = (org.jfree.chart.axis.NumberAxis) (chart.getPlot() instanceof CategoryPlot cp ? cp.getRangeAxis()
                    : ((XYPlot) chart.getPlot()).getRangeAxis());
            double step = axis.getTickUnit().getSize();
            assertTrue(step >= 1 && step == Math.rint(step), "step " + step);
        }
    }
}
