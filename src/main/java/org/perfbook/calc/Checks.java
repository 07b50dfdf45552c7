package org.perfbook.calc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Indicator;
import org.perfbook.model.Status;

/** Checks that need a figure's status, so they are made after assessment, never while reading. */
public final class Checks {

    private Checks() {
    }

    /**
     * A red figure with no commentary: the committee will ask why. Cumulative indicators are left out,
     * because a quarter's share of the year says little on its own; breakdown rows carry no commentary.
     */
    public static List<Finding> noCommentary(Catalogue catalogue, Collection<Evaluation> evaluations) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            var o = e.observation();
            boolean cumulative = catalogue.indicator(o.indicatorId()).map(Indicator::cumulative).orElse(true);
            if (cumulative || e.status() != Status.RED || !o.isTotal() || !o.commentary().isBlank()) {
                continue;
            }
            out.add(Finding.warning(o.source(), FindingCode.NO_COMMENTARY, o.indicatorId()
                    + " is below the desired level (" + e.status().wording() + ") and has no commentary. The "
                    + "committee will ask why: add a sentence on the reasons and what is being done."));
        }
        return out;
    }
}
