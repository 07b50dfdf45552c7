package org.perfbook.catalogue;

import java.util.List;
import org.perfbook.model.Finding;
import org.perfbook.model.Source;

/**
 * The catalogue workbook could not be used. Carries every problem found, not only the first, so the
 * BI team can fix the whole workbook in one pass.
 */
public class CatalogueException extends Exception {

    private final List<Finding> findings;

    public CatalogueException(List<Finding> findings) {
        super(summary(findings));
        this.findings = List.copyOf(findings);
    }

    /** All problems, in the order of the workbook's sheets and rows. */
    public List<Finding> findings() {
        return findings;
    }

    private static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a catalogue exception needs at least one finding");
        }
        Finding first = findings.get(0);
        StringBuilder sb = new StringBuilder();
        Source s = first.source();
        sb.append(s.file());
        if (!s.sheet().isEmpty()) {
            sb.append(", sheet ").append(s.sheet());
        }
        if (!s.cell().isEmpty()) {
            sb.append(", cell ").append(s.cell());
        }
        sb.append(": ").append(first.message());
        int more = findings.size() - 1;
        if (more > 0) {
            sb.append(" (and ").append(more).append(more == 1 ? " more problem)" : " more problems)");
        }
        return sb.toString();
    }
}
