package org.perfbook.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfbook.calc.Estimate;
import org.perfbook.model.Catalogue;
import org.perfbook.model.CellRef;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.xlsx.CellReading;
import org.perfbook.xlsx.HeaderRow;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Workbooks;

/**
 * Reads the history workbook: figures from before perfbook (published outturns), one tidy row
 * each, on a sheet named {@code History} with the headings ID, Period, Breakdown, Value, Numerator,
 * Denominator and Note.
 */
public final class HistoryReader {

    public static final String SHEET = "History";
    public static final List<String> HEADINGS =
            List.of("ID", "Period", "Breakdown", "Value", "Numerator", "Denominator", "Note");

    public record Result(List<Observation> observations, List<Finding> findings) {
        public Result {
            observations = List.copyOf(observations);
            findings = List.copyOf(findings);
        }
    }

    private HistoryReader() {
    }

    public static Result read(Path file, Catalogue catalogue) {
        String name = ReturnsFolder.display(file);
        List<Observation> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new Result(out, findings);
        }
        try (Workbooks.Opened opened = Workbooks.openStreamed(file, name)) {
            if (!opened.isOpen()) {
                findings.add(opened.finding());
                return new Result(out, findings);
            }
            SheetRows sheet = opened.sheet(SHEET);
            if (sheet == null) {
                findings.add(Finding.error(Source.of(name), FindingCode.MISSING_SHEET,
                        "The history workbook has no sheet named '" + SHEET + "'."));
                return new Result(out, findings);
            }
            HeaderRow<String> header = HeaderRow.find(sheet, HeaderRow.labelled(HEADINGS), List.of("ID"),
                    HeaderRow.SEARCH_DEPTH);
            Map<String, Integer> col = header == null ? Map.of() : header.columns();
            for (String required : List.of("ID", "Period", "Value")) {
                if (!col.containsKey(required)) {
                    findings.add(Finding.error(new Source(name, sheet.name(), ""), FindingCode.MISSING_COLUMN,
                            "The history sheet has no '" + required + "' column."));
                }
            }
            if (!findings.isEmpty()) {
                return new Result(out, findings);
            }
            String sheetName = sheet.name();
            for (SheetRows.SheetRow r : sheet.rows(header.row() + 1)) {
                int i = r.index();
                String id = text(r, col.get("ID"));
                String periodText = text(r, col.get("Period"));
                if (id.isEmpty() && periodText.isEmpty()) {
                    continue;
                }
                Source at = new Source(name, sheetName, CellRef.a1(i, col.get("ID")));
                var ind = catalogue.indicator(id);
                if (ind.isEmpty()) {
                    findings.add(Finding.error(at, FindingCode.UNKNOWN_INDICATOR, "'" + id + "' is not an indicator in the catalogue."));
                    continue;
                }
                var period = Period.tryParse(periodText);
                if (period.isEmpty()) {
                    findings.add(Finding.error(new Source(name, sheetName, CellRef.a1(i, col.get("Period"))), FindingCode.BAD_PERIOD,
                            "'" + periodText + "' is not a period: use e.g. 2019/20 or 2019/20 Q3."));
                    continue;
                }
                if (noResult(r, col, name, sheetName, id, periodText, findings)) {
                    continue;
                }
                Double value = number(r, col.get("Value"));
                Double n = number(r, col.get("Numerator"));
                Double d = number(r, col.get("Denominator"));
                Indicator indicator = ind.get();
                if (value == null) {
                    value = Estimate.of(indicator, n, d).map(Estimate::value).orElse(null);
                }
                Source valueAt = new Source(name, sheetName, CellRef.a1(i, col.get("Value")));
                if (value == null) {
                    findings.add(Finding.error(valueAt, FindingCode.MISSING_FIGURE, "No value for " + id + " " + periodText + "."));
                    continue;
                }
                String breakdown = text(r, col.get("Breakdown"));
                String note = text(r, col.get("Note"));
                out.add(new Observation(indicator.id(), period.get(), breakdown, value, n, d, note, valueAt));
            }
        } catch (RuntimeException e) {
            // POI parses some parts lazily, so a damaged file can still fail here.
            findings.add(Workbooks.damaged(name));
        }
        return new Result(out, findings);
    }

    /** A figure's formula saved without its result is reported, never read as blank or 0. */
    private static boolean noResult(SheetRows.SheetRow r, Map<String, Integer> col, String name, String sheet,
            String id, String period, List<Finding> findings) {
        for (String heading : List.of("Value", "Numerator", "Denominator")) {
            Integer c = col.get(heading);
            if (c != null && r.reading(c, Source.of("")).kind() == CellReading.Kind.NO_RESULT) {
                findings.add(Finding.error(new Source(name, sheet, CellRef.a1(r.index(), c)), FindingCode.NO_RESULT,
                        "The " + heading + " for " + id + " " + period + " is a formula whose result was never saved, "
                                + "so there is no figure to read. Open the history workbook in Excel, let it "
                                + "calculate, and save it again."));
                return true;
            }
        }
        return false;
    }

    private static String text(SheetRows.SheetRow r, Integer c) {
        return c == null ? "" : r.text(c);
    }

    /**
     * A figure as the returns read it: a cell formatted 0.0% holding 0.93 is 93, and "1,234" or "93%"
     * typed as text are numbers; a guess from text with other characters is not.
     */
    private static Double number(SheetRows.SheetRow r, Integer c) {
        if (c == null) {
            return null;
        }
        CellReading x = r.reading(c, Source.of(""));
        return x.kind() == CellReading.Kind.NUMBER ? x.number() : null;
    }
}
