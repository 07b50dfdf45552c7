package org.perfbook.template;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.xlsx.Protection;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Workbooks;

/**
 * What a return template says about itself, so the reader never guesses by position and can say
 * "this is last quarter's template". Stored in the workbook's custom document properties and in a
 * very hidden sheet; either is enough to read it back. This class writes both and reads them back,
 * so the two sides cannot drift apart.
 *
 * @param formatVersion the template layout's version; the reader knows {@link #OLDEST_FORMAT} to {@link #FORMAT_VERSION}
 * @param indicatorIds  the indicators the template was issued with, in row order
 * @param indicators    from format 2: what checking each indicator's rows needs, as the catalogue said when the
 *                      template was issued, in row order; empty for older templates
 * @param breakdowns    from format 2: the breakdown (district) names the template's rows were issued with
 */
public record TemplateIdentity(int formatVersion, String service, Period period, List<String> indicatorIds,
        List<Issued> indicators, List<String> breakdowns) {

    /** Format 2 added each indicator's details and the breakdown names, so a service can check its own return. */
    public static final int FORMAT_VERSION = 2;
    /** The oldest format this version of perfbook still reads. */
    public static final int OLDEST_FORMAT = 1;

    /** Custom property and hidden-sheet key names. */
    public static final String KEY_FORMAT = "perfbook.format";
    public static final String KEY_SERVICE = "perfbook.service";
    public static final String KEY_PERIOD = "perfbook.period";
    public static final String KEY_INDICATORS = "perfbook.indicators";
    public static final String KEY_BREAKDOWNS = "perfbook.breakdowns";
    /** One key per indicator: this prefix and its ID. */
    public static final String KEY_INDICATOR = "perfbook.indicator.";
    private static final List<String> KEYS = List.of(KEY_FORMAT, KEY_SERVICE, KEY_PERIOD, KEY_INDICATORS,
            KEY_BREAKDOWNS);
    /** The very hidden sheet that carries the same keys in columns A (key) and B (value). */
    public static final String SHEET = "perfbook";

    /**
     * One indicator as issued: the catalogue's definition with the target and tolerance in force for the
     * template's year (name, priority and directorate are left out), and last period's whole-authority figure.
     *
     * @param last null when there was none
     */
    public record Issued(Indicator indicator, Double last) {
        public Issued {
            Objects.requireNonNull(indicator, "indicator");
        }
    }

    public TemplateIdentity {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        indicatorIds = List.copyOf(indicatorIds);
        indicators = List.copyOf(indicators);
        breakdowns = List.copyOf(breakdowns);
    }

    /** An identity without indicator details, as format 1 templates carry. */
    public TemplateIdentity(int formatVersion, String service, Period period, List<String> indicatorIds) {
        this(formatVersion, service, period, indicatorIds, List.of(), List.of());
    }

    /**
     * The identity of a template issued now (this format, each indicator once in row order) with what
     * checking its rows needs: each indicator's
     * definition, this year's target and tolerance, last period's figure and the breakdown names.
     *
     * @param lastValues indicator ID to last period's whole-authority value; may be empty
     */
    static TemplateIdentity issued(Catalogue catalogue, String service, Period period, List<Indicator> indicators,
            Map<String, Double> lastValues) {
        Map<String, Issued> details = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            Indicator asIssued = new Indicator(i.id(), "", "", "", service, i.frequency(), i.measure(), i.per(),
                    i.population(), i.polarity(), catalogue.targetFor(i, period), catalogue.toleranceFor(i, period),
                    i.cumulative(), i.decimals(), i.breakdown());
            details.putIfAbsent(i.id(), new Issued(asIssued, lastValues.get(i.id())));
        }
        boolean broken = indicators.stream().anyMatch(Indicator::hasBreakdown);
        return new TemplateIdentity(FORMAT_VERSION, service, period, List.copyOf(details.keySet()),
                List.copyOf(details.values()), broken ? catalogue.areas() : List.of());
    }

    /**
     * A small catalogue from templates' own identities, for checking returns where the BI team's
     * catalogue is not at hand: their indicators (the latest template's definition first) and each
     * template year's target. It has no population estimates, benchmarks or neighbours, and no
     * breakdown names ({@link #breakdowns()} carries those).
     */
    public static Catalogue catalogue(List<TemplateIdentity> identities) {
        List<TemplateIdentity> latestFirst = new ArrayList<>(identities);
        latestFirst.sort((a, b) -> b.period().compareTo(a.period()));
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        List<Catalogue.YearTarget> targets = new ArrayList<>();
        for (TemplateIdentity id : latestFirst) {
            for (Issued i : id.indicators()) {
                indicators.putIfAbsent(i.indicator().id().toUpperCase(java.util.Locale.ROOT), i.indicator());
                if (i.indicator().target() != null) {
                    targets.add(new Catalogue.YearTarget(i.indicator().id(), id.period().financialYear(),
                            i.indicator().target(), i.indicator().tolerance()));
                }
            }
        }
        return new Catalogue(List.copyOf(indicators.values()), targets, List.of(), List.of(), List.of());
    }

    /** The keys and values, as written to both the custom properties and the hidden sheet. */
    Map<String, String> entries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(KEY_FORMAT, Integer.toString(formatVersion));
        m.put(KEY_SERVICE, service);
        m.put(KEY_PERIOD, period.fileName());
        m.put(KEY_INDICATORS, String.join(",", indicatorIds));
        if (!breakdowns.isEmpty()) {
            m.put(KEY_BREAKDOWNS, String.join(",", breakdowns.stream().map(TemplateIdentity::encode).toList()));
        }
        for (Issued i : indicators) {
            m.put(KEY_INDICATOR + i.indicator().id(), details(i));
        }
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
        for (String id : ids(entries.getOrDefault(KEY_INDICATORS, ""))) {
            String v = wb.customProperty(KEY_INDICATOR + id);
            if (v != null) {
                entries.put(KEY_INDICATOR + id, v.strip());
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
        List<String> ids = ids(e.getOrDefault(KEY_INDICATORS, ""));
        String service = e.getOrDefault(KEY_SERVICE, "");
        List<Issued> details = new ArrayList<>();
        for (String id : ids) {
            String text = e.get(KEY_INDICATOR + id);
            Issued i = text == null ? null : details(id, service, text);
            if (i != null) {
                details.add(i);
            }
        }
        List<String> breakdowns = Arrays.stream(e.getOrDefault(KEY_BREAKDOWNS, "").split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).map(TemplateIdentity::decode).toList();
        return new TemplateIdentity(version, service, period, ids, details, breakdowns);
    }

    private static List<String> ids(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    // ------------------------------------------------------------ one indicator's details

    /**
     * {@code measure=Percentage;per=100.0;...}: each value URL-encoded, so a target's note or a population's
     * name may hold any character; numbers as Java writes doubles, so they read back exactly.
     */
    private static String details(Issued issued) {
        Indicator i = issued.indicator();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("frequency", i.frequency().label());
        f.put("measure", i.measure().label());
        f.put("per", Double.toString(i.per()));
        f.put("decimals", Integer.toString(i.decimals()));
        f.put("cumulative", Boolean.toString(i.cumulative()));
        f.put("polarity", i.polarity().label());
        if (i.target() != null) {
            f.put("targetLow", Double.toString(i.target().low()));
            f.put("targetHigh", Double.toString(i.target().high()));
            f.put("targetNote", i.target().caveat());
        }
        f.put("tolerance", Double.toString(i.tolerance().amount()));
        f.put("relative", Boolean.toString(i.tolerance().relative()));
        f.put("population", i.population());
        f.put("breakdown", i.breakdown());
        if (issued.last() != null && Double.isFinite(issued.last())) {
            f.put("last", Double.toString(issued.last()));
        }
        // Excel keeps a text property to 255 characters, so empty values are left out
        List<String> parts = new ArrayList<>();
        f.forEach((k, v) -> {
            if (!v.isEmpty()) {
                parts.add(k + "=" + encode(v));
            }
        });
        return String.join(";", parts);
    }

    /** Null when the text cannot be read: that indicator is then checked only with the catalogue. */
    private static Issued details(String id, String service, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                f.put(part.substring(0, eq).strip(), decode(part.substring(eq + 1)));
            }
        }
        try {
            Target target = f.containsKey("targetLow") ? new Target(Double.parseDouble(f.get("targetLow")),
                    Double.parseDouble(f.get("targetHigh")), f.get("targetNote")) : null;
            Tolerance tolerance = new Tolerance(Double.parseDouble(f.get("tolerance")),
                    Boolean.parseBoolean(f.get("relative")));
            Indicator ind = new Indicator(id, "", "", "", service, Frequency.parse(f.get("frequency")),
                    Measure.parse(f.get("measure")), Double.parseDouble(f.get("per")), f.get("population"),
                    Polarity.parse(f.get("polarity")), target, tolerance, Boolean.parseBoolean(f.get("cumulative")),
                    Integer.parseInt(f.get("decimals")), f.get("breakdown"));
            Double last = f.containsKey("last") ? Double.parseDouble(f.get("last")) : null;
            return new Issued(ind, last);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
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
