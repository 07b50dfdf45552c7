package org.perfbook.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action a service lists to put an off-target indicator back on track, as the recovery plan's
 * "Action to be taken | Lead | Completion date" table shows it.
 *
 * @param lead           who leads it, or empty when the service gave no one (a finding says so)
 * @param completionDate null when none was given or what was typed is not a date (a finding says so)
 * @param source         the action's cell, so a question about it goes to the right place
 */
public record RecoveryAction(String indicatorId, String action, String lead, LocalDate completionDate, Source source) {

    public RecoveryAction {
        Objects.requireNonNull(indicatorId, "indicatorId");
        action = action == null ? "" : action;
        lead = lead == null ? "" : lead;
        source = source == null ? Source.of("") : source;
    }
}
