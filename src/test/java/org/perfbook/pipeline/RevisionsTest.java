package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.book.Revision;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnRow;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.xlsx.CellReading;

class RevisionsTest {

    static final Period Q2 = Period.quarter(2021, 2);
    static final Indicator DEFECTS = new Indicator("HIG-01", "Emergency defects repaired within 4 hours",
            "Delivering better services", "GET", "Highways", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(95), Tolerance.DEFAULT, false, 2, "");
    static final Indicator LAMPS = new Indicator("HIG-02", "Lamp-out faults repaired within 5 working days",
            "Delivering better services", "GET", "Highways", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(90), Tolerance.DEFAULT, false, 0, "");
    static final Catalogue CATALOGUE = new Catalogue(List.of(DEFECTS, LAMPS), List.of(), List.of(), List.of(),
            List.of());

    private static CellReading num(String file, String cell, double n) {
        return new CellReading(new Source(file, "Return", cell), CellReading.Kind.NUMBER, Double.toString(n), n, false);
    }

    private static ReturnRow row(String file, String id, int r, double n, double d) {
        return new ReturnRow(id, "", new Source(file, "Return", "A" + r), num(file, "H" + r, n), num(file, "I" + r, d),
                new CellReading(new Source(file, "Return", "J" + r), CellReading.Kind.BLANK, "", null, false), "Fine.", "");
    }

    private static ReturnFile file(Path path, List<ReturnRow> rows) {
        return new ReturnFile(path, path.getFileName().toString(),
                new TemplateIdentity(1, "Highways", Q2, List.of("HIG-01", "HIG-02")), "Return", "", rows, List.of(), true);
    }

    @Test
    void aFigureALaterReturnChangedIsARevisionAndAnUnchangedOneIsNot(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("highways-2021-22-Q2.xlsx"), "x");
        Path later = Files.writeString(dir.resolve("highways-2021-22-Q2-v2.xlsx"), "x");
        Files.setLastModifiedTime(first, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(later, FileTime.fromMillis(2_000_000_000_000L));
        // the first return said 55 of 62 emergency defects (88.71%); the later one 56 of 62 (90.32%);
        // the lamps' 1,772 of 1,819 is the same in both
        ReturnFile f1 = file(first, List.of(row(first.getFileName().toString(), "HIG-01", 8, 55, 62),
                row(first.getFileName().toString(), "HIG-02", 9, 1772, 1819)));
        ReturnFile f2 = file(later, List.of(row(later.getFileName().toString(), "HIG-01", 8, 56, 62),
                row(later.getFileName().toString(), "HIG-02", 9, 1772, 1819)));
        ReturnValidator.Result r = new ReturnValidator(CATALOGUE, Q2, Map.of()).check(List.of(f1, f2));
        assertEquals(List.of(f2), r.used());
        List<Revision> revisions = BookBuild.revisions(CATALOGUE, Q2, r, Map.of());
        assertEquals(List.of(new Revision("HIG-01", Q2, 55.0 / 62 * 100, 56.0 / 62 * 100, "highways-2021-22-Q2.xlsx",
                "highways-2021-22-Q2-v2.xlsx")), revisions);
    }
}
