package org.perfbook.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnRow;

/**
 * What each finding in a return is about: the return's period and service, and the indicator and breakdown
 * of the row its cell is on, so the book can say so without knowing how returns are read.
 */
final class FindingPlaces {

    private record Place(Period period, ReturnFile file, Map<String, ReturnRow> rows) {
    }

    private final Map<String, Place> byName = new HashMap<>();

    /** Adds a return read from the folder of {@code period}. */
    void add(ReturnFile file, Period period) {
        Map<String, ReturnRow> rows = new HashMap<>();
        for (ReturnRow row : file.rows()) {
            String key = rowKey(row.source());
            if (key != null) {
                rows.putIfAbsent(key, row);
            }
        }
        byName.put(file.name(), new Place(period, file, rows));
    }

    /**
     * @param period the period of the returns being checked when the finding is not in a known return
     *               (e.g. a lock file in that period's folder), or null when about no period's returns
     */
    FindingContext place(Finding finding, Period period) {
        Place at = byName.get(finding.source().file());
        if (at == null) {
            return period == null ? FindingContext.of(finding) : FindingContext.of(finding, period);
        }
        String service = at.file().identity() == null ? "" : at.file().identity().service();
        String key = rowKey(finding.source());
        ReturnRow row = key == null ? null : at.rows().get(key);
        // a missing-breakdown finding sits on the first district row but is about them all
        boolean oneRow = row != null && !finding.is(FindingCode.MISSING_BREAKDOWN);
        return new FindingContext(finding, at.period(), service, row == null ? "" : row.indicatorId(),
                oneRow ? row.breakdown() : "");
    }

    /** "Return|12" for any cell of row 12 of sheet Return; null when the source names no cell. */
    private static String rowKey(Source source) {
        String cell = source.cell();
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            i++;
        }
        String row = cell.substring(i);
        return row.isEmpty() || !row.chars().allMatch(Character::isDigit) ? null : source.sheet() + "|" + row;
    }
}
