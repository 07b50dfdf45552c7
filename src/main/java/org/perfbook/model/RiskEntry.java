package org.perfbook.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a directorate's risk register for a quarter, as read and checked.
 *
 * @param current        null when its likelihood or impact could not be read (a finding says why)
 * @param target         null likewise
 * @param targetDateText as typed: "March 2022", "Ongoing", "March 2022/On going"
 * @param targetDate     the last day the target date names, or null when it names none ("Ongoing")
 * @param confidence     this quarter's confidence of reaching the target, or null when not given
 * @param source         the entry's ID cell
 */
public record RiskEntry(String id, RiskKind kind, String directorate, Period period, String title, String description,
        String consequences, String riskType, String owner, RiskScore current, RiskScore target, String targetDateText,
        LocalDate targetDate, Confidence confidence, String controls, String controlOwner, String actions,
        String actionOwner, String progress, RiskStatus status, Source source) {

    public RiskEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        directorate = text(directorate);
        title = text(title);
        description = text(description);
        consequences = text(consequences);
        riskType = text(riskType);
        owner = text(owner);
        targetDateText = text(targetDateText);
        controls = text(controls);
        controlOwner = text(controlOwner);
        actions = text(actions);
        actionOwner = text(actionOwner);
        progress = text(progress);
        source = source == null ? Source.of("") : source;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** IDs match in any case and without spaces: "Corp 6" is "CORP6". */
    public static String key(String id) {
        return SPACES.matcher(id).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    }

    public String key() {
        return key(id);
    }

    public boolean closed() {
        return status == RiskStatus.CLOSED;
    }
}
