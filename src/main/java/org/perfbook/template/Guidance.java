package org.perfbook.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Period;
import org.perfbook.text.PeriodWords;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.xlsx.Protection;

/**
 * The template's plain-English {@code Guidance} sheet. Its prose lives in {@code guidance.txt} beside
 * this class, so it can be reworded without touching code: one line a row, {@code # } a title,
 * {@code ## } a heading, a blank line a gap, anything else a paragraph; {@code {service}},
 * {@code {period}}, {@code {months}} and {@code {due}} are filled in for each template.
 */
final class Guidance {

    static final String RESOURCE = "guidance.txt";

    /** Fits a portrait A4 page at full size. */
    private static final int WIDTH = 90;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(service|period|months|due)\\}");

    enum Kind { TITLE, HEADING, TEXT }

    /** One row of the sheet. */
    record Line(Kind kind, String text) {
    }

    private static final List<Line> PROSE = load();

    private Guidance() {
    }

    static void write(XSSFWorkbook wb, TemplateStyles st, String service, Period period) {
        XSSFSheet g = wb.createSheet(TemplateLayout.GUIDANCE_SHEET);
        g.setColumnWidth(0, WIDTH * 256);
        int r = 0;
        for (Line line : lines(service, period)) {
            Row row = g.createRow(r++);
            CellStyle style = switch (line.kind()) {
                case TITLE -> st.title;
                case HEADING -> st.label;
                case TEXT -> st.wrapped;
            };
            TemplateLayout.text(row, 0, line.text(), style);
            row.setHeightInPoints(switch (line.kind()) {
                case TITLE -> 22;
                case HEADING -> TemplateLayout.LINE_POINTS + 6;
                case TEXT -> TemplateLayout.wrappedLines(line.text(), WIDTH) * TemplateLayout.LINE_POINTS;
            });
        }
        PrintSetUp.fitToWidth(g);
        Protection.withoutPassword(g);
    }

    /** The sheet's rows for this service and period. */
    static List<Line> lines(String service, Period period) {
        Map<String, String> values = Map.of(
                "service", service,
                "period", period.label(),
                "months", TemplateLayout.months(period),
                "due", PeriodWords.day(TemplateLayout.dueDate(period)));
        List<Line> out = new ArrayList<>(PROSE.size());
        for (Line line : PROSE) {
            out.add(new Line(line.kind(), fill(line.text(), values)));
        }
        return out;
    }

    /** One pass, so a service name that happens to contain "{due}" stays as it is. */
    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<Line> load() {
        try (InputStream in = Guidance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            for (String s = reader.readLine(); s != null; s = reader.readLine()) {
                if (s.startsWith("## ")) {
                    lines.add(new Line(Kind.HEADING, s.substring(3)));
                } else if (s.startsWith("# ")) {
                    lines.add(new Line(Kind.TITLE, s.substring(2)));
                } else {
                    lines.add(new Line(Kind.TEXT, s.strip()));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
