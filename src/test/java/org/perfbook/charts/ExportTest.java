package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart saved as PNG and SVG, and kept as it is when a build draws the same chart again. */
class ExportTest {

    @TempDir
    Path dir;

    private static JFreeChart trend(String id) {
        return CommitteeCharts.trend(ChartFixtures.assessment(id), List.of(), ChartFixtures.Q3);
    }

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @Test
    void theSameChartSavedAgainKeepsBothFilesUntouched() throws Exception {
        byte[] first = Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend");
        Path png = dir.resolve("ASC-02-trend.png");
        Path svg = dir.resolve("ASC-02-trend.svg");
        assertArrayEquals(first, Files.readAllBytes(png));
        assertEquals(1950, ImageIO.read(new ByteArrayInputStream(first)).getWidth(), "6.5 inches at 300 dpi");
        String svgText = Files.readString(svg);
        // the note says which PNG the SVG was drawn with, and the SVG still parses
        assertTrue(svgText.contains("<!-- drawn with its PNG: " + first.length + " bytes"), svgText.substring(0, 300));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Files.setLastModifiedTime(png, LONG_AGO);
        Files.setLastModifiedTime(svg, LONG_AGO);

        byte[] again = Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend");
        assertArrayEquals(first, again);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(png), "the PNG was not made again");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(svg));
    }

    @Test
    void aDifferentChartUnderTheSameNameIsDrawnAgain() throws Exception {
        byte[] first = Export.save(trend("ASC-02"), 6.5, 3.6, dir, "trend");
        byte[] other = Export.save(trend("CX-01"), 6.5, 3.6, dir, "trend");
        assertFalse(java.util.Arrays.equals(first, other));
        assertArrayEquals(other, Files.readAllBytes(dir.resolve("trend.png")));
        assertTrue(Files.readString(dir.resolve("trend.svg")).contains(other.length + " bytes"));
    }

    @Test
    void aPngChangedOrRemovedSinceItsSvgIsDrawnAgain() throws Exception {
        byte[] first = Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend");
        Path png = dir.resolve("ASC-02-trend.png");
        // someone opened the PNG and saved it over, same length, one byte different
        byte[] edited = first.clone();
        edited[edited.length / 2] ^= 1;
        Files.write(png, edited);
        assertArrayEquals(first, Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend"));
        assertArrayEquals(first, Files.readAllBytes(png));

        Files.delete(png);
        assertArrayEquals(first, Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend"));
        assertArrayEquals(first, Files.readAllBytes(png));
    }

    @Test
    void anSvgWithoutItsNoteIsDrawnAgain() throws Exception {
        Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend");
        Path svg = dir.resolve("ASC-02-trend.svg");
        String text = Files.readString(svg);
        String withoutNote = text.replaceFirst("<!--[^>]*-->\n", "");
        assertNotEquals(text, withoutNote);
        Files.writeString(svg, withoutNote);
        Files.setLastModifiedTime(dir.resolve("ASC-02-trend.png"), LONG_AGO);
        Export.save(trend("ASC-02"), 6.5, 3.6, dir, "ASC-02-trend");
        assertEquals(text, Files.readString(svg));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(dir.resolve("ASC-02-trend.png")));
    }

    @Test
    void theSameChartGivesTheSameSvgEveryTimeWithClipPathsNamedAfterIt() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Export.save(trend("ASC-02"), 6.5, 3.6, a, "ASC-02-trend");
        Export.save(trend("ASC-02"), 6.5, 3.6, b, "ASC-02-trend");
        String svg = Files.readString(a.resolve("ASC-02-trend.svg"));
        assertEquals(svg, Files.readString(b.resolve("ASC-02-trend.svg")));
        assertTrue(svg.contains("id='_ASC-02-trend-clip-0'"), svg);
    }

    @Test
    void aChartDrawnAfterALargerOneOnTheSameThreadIsTheChartDrawnAlone() throws Exception {
        JFreeChart small = CommitteeCharts.trend(ChartFixtures.assessment("ASC-02"), ChartFixtures.catalogue().benchmarks(),
                ChartFixtures.Q3);
        JFreeChart large = trend("ASC-02");
        // drawn alone, on a thread that has drawn nothing before
        int[][] alone = new int[1][];
        Thread fresh = new Thread(() -> {
            java.awt.image.BufferedImage img = Export.draw(small, 6.5, 3.6);
            alone[0] = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        });
        fresh.start();
        fresh.join();
        Export.draw(large, 10, 5.5);
        java.awt.image.BufferedImage after = Export.draw(small, 6.5, 3.6);
        assertEquals(java.awt.image.BufferedImage.TYPE_INT_RGB, after.getType());
        assertEquals(1950, after.getWidth());
        assertEquals(1080, after.getHeight());
        assertArrayEquals(alone[0], after.getRGB(0, 0, after.getWidth(), after.getHeight(), null, 0, after.getWidth()),
                "nothing of the larger chart shows through");
        assertArrayEquals(alone[0], ImageIO.read(new ByteArrayInputStream(Png.encode(after, Export.DPI)))
                .getRGB(0, 0, after.getWidth(), after.getHeight(), null, 0, after.getWidth()));
    }
}
