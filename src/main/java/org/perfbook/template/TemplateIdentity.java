package org.perfbook.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.xlsx.Protection;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Workbooks;

/**
 * What a return template says about itself, so the reader never guesses by position and can say
 * "this is last quarter's template". Stored in the workbook's custom document properties and in a
 * very hidden sheet; either is enough to read it back. This class writes both and reads them back,
 * so the two sides cannot drift apart.
 *
 * @param formatVersion the template layout's version; the reader knows {@link #FORMAT_VERSION}
 * @param indicatorIds  the indicators the template was issued with, in row order
 */
public record TemplateIdentity(int formatVersion, String service, Period period, List<String> indicatorIds) {

    public static final int FORMAT_VERSION = 1;

    /** Custom property and hidden-sheet key names. */
    public static final String KEY_FORMAT = "perfbook.format";
    public static final String KEY_SERVICE = "perfbook.service";
    public static final String KEY_PERIOD = "perfbook.period";
    public static final String KEY_INDICATORS = "perfbook.indicators";
    private static final List<String> KEYS = List.of(KEY_FORMAT, KEY_SERVICE, KEY_PERIOD, KEY_INDICATORS);
    /** The very hidden sheet that carries the same keys in columns A (key) and B (value). */
    public static final String SHEET = "perfbook";

    public TemplateIdentity {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        indicatorIds = List.copyOf(indicatorIds);
    }

    /** The identity of a template issued now: this format, each indicator once in row order. */
    static TemplateIdentity issued(String service, Period period, List<Indicator> indicators) {
        return new TemplateIdentity(FORMAT_VERSION, service, period,
                indicators.stream().map(Indicator::id).distinct().toList());
    }

    /** The keys and values, as written to both the custom properties and the hidden sheet. */
    Map<String, String> entries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(KEY_FORMAT, Integer.toString(formatVersion));
        m.put(KEY_SERVICE, service);
        m.put(KEY_PERIOD, period.fileName());
        m.put(KEY_INDICATORS, String.join(",", indicatorIds));
        return m;
    }

    /** Writes the identity to {@code wb}'s custom properties and a new very hidden, protected sheet. */
    void writeTo(XSSFWorkbook wb) {
        Map<String, String> entries = entries();
        var custom = wb.getProperties().getCustomProperties();
        entries.forEach(custom::addProperty);

        XSSFSheet id = wb.createSheet(SHEET);
        int r = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            Row row = id.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        Protection.withoutPassword(id);
        wb.setSheetVisibility(wb.getSheetIndex(id), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * What reading an identity back found.
     *
     * @param identity null when the workbook carries none, or one that cannot be used
     * @param findings why an identity it carries cannot be used; empty otherwise
     */
    public record Read(TemplateIdentity identity, List<Finding> findings) {
        public Read {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Reads the identity from the custom properties or, when another program dropped those, the
     * hidden sheet. Never throws for a bad identity; {@code name} is how findings name the file.
     */
    public static Read read(Workbooks.Opened wb, String name) {
        Map<String, String> entries = new LinkedHashMap<>();
        Source where = Source.of(name);
        for (String key : KEYS) {
            String v = wb.customProperty(key);
            if (v != null) {
                entries.put(key, v.strip());
            }
        }
        if (entries.isEmpty()) {
            SheetRows s = hiddenSheet(wb);
            if (s != null) {
                where = new Source(name, s.name(), "");
                for (SheetRows.SheetRow row : s.rows()) {
                    String key = row.text(0);
                    if (key.startsWith("perfbook.") && !entries.containsKey(key)) {
                        entries.put(key, row.text(1));
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        TemplateIdentity identity = entries.isEmpty() ? null : parse(entries, where, findings);
        return new Read(identity, findings);
    }

    /** Matched as Excel names sheets: ignoring case. */
    private static SheetRows hiddenSheet(Workbooks.Opened wb) {
        List<String> names = wb.sheetNames();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(SHEET)) {
                return wb.sheet(i);
            }
        }
        return null;
    }

    private static TemplateIdentity parse(Map<String, String> e, Source where, List<Finding> findings) {
        String format = e.get(KEY_FORMAT);
        Integer version = formatVersion(format);
        if (version == null) {
            findings.add(Finding.error(where, FindingCode.UNKNOWN_FORMAT, format == null || format.isEmpty()
                    ? "The template's hidden details have no format version, so perfbook cannot tell which "
                            + "template this is. Ask the BI team for a new template."
                    : "The template's hidden details give the format version '" + format + "', which is not a "
                            + "number. Ask the BI team for a new template."));
            return null;
        }
        String periodText = e.getOrDefault(KEY_PERIOD, "");
        Period period = Period.tryParse(periodText).orElse(null);
        if (period == null) {
            findings.add(Finding.error(where, FindingCode.BAD_IDENTITY, "The template's hidden details give the period '"
                    + periodText + "', which is not a period. Ask the BI team for a new template."));
            return null;
        }
        List<String> ids = Arrays.stream(e.getOrDefault(KEY_INDICATORS, "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new TemplateIdentity(version, e.getOrDefault(KEY_SERVICE, ""), period, ids);
    }

    /** "1" and "1.0" (a spreadsheet may turn the text into a number) are 1; anything else is null. */
    static Integer formatVersion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException ex) {
            return null;
        }
    }
}
