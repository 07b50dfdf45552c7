package org.perfbook.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A finding with what it is about, worked out where the returns are known, so that a service manager can
 * filter for their own service and the BI team for one indicator.
 *
 * @param period      the period of the returns the finding is about, or null when it is about none
 *                    (the catalogue, the history)
 * @param service     the service whose return it is, or empty
 * @param indicatorId the indicator of the return's row, as typed, or empty when not about one row
 * @param breakdown   the row's breakdown, e.g. a district, or empty for the whole authority or no row
 */
public record FindingContext(Finding finding, Period period, String service, String indicatorId, String breakdown) {

    /** Errors first, then file, sheet and cell: the order a list to act on is read in. */
    public static final Comparator<FindingContext> ORDER = Comparator
            .comparing((FindingContext c) -> c.finding().severity())
            .thenComparing(FindingContext::finding, Finding.ORDER);

    public FindingContext {
        Objects.requireNonNull(finding, "finding");
        service = service == null ? "" : service;
        indicatorId = indicatorId == null ? "" : indicatorId;
        breakdown = breakdown == null ? "" : breakdown;
    }

    /** A finding about no period's returns, e.g. one in the history workbook. */
    public static FindingContext of(Finding finding) {
        return new FindingContext(finding, null, "", "", "");
    }

    /** A finding about a period's returns but no one return, e.g. a file in its folder that is not a workbook. */
    public static FindingContext of(Finding finding, Period period) {
        return new FindingContext(finding, period, "", "", "");
    }

    /** Whether it is about the returns of a period before {@code p}, which earlier books already used. */
    public boolean isBefore(Period p) {
        return period != null && period.compareTo(p) < 0;
    }

    public boolean isError() {
        return finding.isError();
    }
}
