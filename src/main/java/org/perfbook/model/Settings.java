package org.perfbook.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the committee paper says of itself: the authority's name, the committee, the contact, and
 * where the benchmarks come from. From the catalogue's optional Settings sheet; every value has a default.
 */
public record Settings(String authority, String committee, String reportTitle, String contactName,
        String contactTelephone, String contactEmail, String meetingDate, String recommendation,
        String benchmarkSource, String riskThreshold) {

    /** The settings' names as the Settings sheet spells them, in the order it lists them. */
    public static final List<String> NAMES = List.of("Authority", "Committee", "Report title", "Contact name",
            "Contact telephone", "Contact email", "Meeting date", "Recommendation", "Benchmark source",
            "Risk register threshold");

    /** A catalogue with no Settings sheet: the words a paper would use without a name. */
    public static final Settings DEFAULTS = new Settings("", "", "", "", "", "", "", "", "", "");

    public Settings {
        authority = clean(authority);
        committee = clean(committee);
        reportTitle = clean(reportTitle);
        contactName = clean(contactName);
        contactTelephone = clean(contactTelephone);
        contactEmail = clean(contactEmail);
        meetingDate = clean(meetingDate);
        recommendation = clean(recommendation);
        benchmarkSource = clean(benchmarkSource);
        riskThreshold = clean(riskThreshold);
    }

    /** Without the risk register's threshold, which then takes its default. */
    public Settings(String authority, String committee, String reportTitle, String contactName,
            String contactTelephone, String contactEmail, String meetingDate, String recommendation,
            String benchmarkSource) {
        this(authority, committee, reportTitle, contactName, contactTelephone, contactEmail, meetingDate,
                recommendation, benchmarkSource, "");
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** The name on a chart's series and in a table: "Lancashire", else "Council". */
    public String authorityLabel() {
        return authority.isEmpty() ? "Council" : authority;
    }

    /** The authority as the subject of a sentence: "Lancashire", else "The council". */
    public String authoritySubject() {
        return authority.isEmpty() ? "The council" : authority;
    }

    /** The authority within a sentence: "Lancashire", else "the council". */
    public String authorityInText() {
        return authority.isEmpty() ? "the council" : authority;
    }

    /** Where the benchmarks come from, for a chart's source line: "OHID Fingertips", else "published benchmarks". */
    public String benchmarkSourceLabel() {
        return benchmarkSource.isEmpty() ? "published benchmarks" : benchmarkSource;
    }

    /** Each setting by its name, as the Settings sheet lists it; blank values included. */
    public Map<String, String> byName() {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> values = List.of(authority, committee, reportTitle, contactName, contactTelephone, contactEmail,
                meetingDate, recommendation, benchmarkSource, riskThreshold);
        for (int i = 0; i < NAMES.size(); i++) {
            m.put(NAMES.get(i), values.get(i));
        }
        return m;
    }

    /** The settings from name–value pairs (names in any case); empty when a name is not a setting. */
    public static Optional<Settings> of(Map<String, String> values) {
        Map<String, String> v = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            Optional<String> name = name(e.getKey());
            if (name.isEmpty()) {
                return Optional.empty();
            }
            v.put(name.get(), e.getValue());
        }
        return Optional.of(new Settings(v.get("Authority"), v.get("Committee"), v.get("Report title"),
                v.get("Contact name"), v.get("Contact telephone"), v.get("Contact email"), v.get("Meeting date"),
                v.get("Recommendation"), v.get("Benchmark source"), v.get("Risk register threshold")));
    }

    /** The setting's own spelling of a name typed in any case and spacing. */
    public static Optional<String> name(String typed) {
        String t = typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return NAMES.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }
}
