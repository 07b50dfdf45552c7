package org.perfbook.calc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /**
     * A red figure from a return that has an Actions sheet but lists no action for the indicator: its
     * recovery plan would say nothing about putting it back on track. Left out as for
     * {@link #noCommentary}: cumulative indicators and breakdown rows.
     *
     * @param planned for each return with an Actions sheet (by file name), the upper-case IDs it lists actions for
     */
    public static List<Finding> noRecoveryPlan(Catalogue catalogue, Collection<Evaluation> evaluations,
            Map<String, Set<String>> planned) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            var o = e.observation();
            boolean cumulative = catalogue.indicator(o.indicatorId()).map(Indicator::cumulative).orElse(true);
            Set<String> ids = planned.get(o.source().file());
            if (cumulative || e.status() != Status.RED || !o.isTotal() || ids == null
                    || ids.contains(o.indicatorId().toUpperCase(Locale.ROOT))) {
                continue;
            }
            out.add(Finding.warning(o.source(), FindingCode.NO_RECOVERY_PLAN, o.indicatorId() + " is "
                    + e.status().label() + " (" + e.status().wording().toLowerCase(Locale.ROOT) + ") but the Actions sheet lists no action for it, so its recovery plan "
                    + "has none. List what is being done, who leads it and by when on the Actions sheet."));
        }
        return out;
    }
}
