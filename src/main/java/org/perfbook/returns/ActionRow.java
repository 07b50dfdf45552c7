package org.perfbook.returns;

import java.util.List;
import org.perfbook.model.RecoveryAction;
import org.perfbook.model.Source;

/**
 * One row of a return's Actions sheet as read.
 *
 * @param action   the action for the recovery plan, or null when the row cannot be used (a finding says why)
 * @param filled   every cell of the row that held something, so nothing typed can go unaccounted for
 * @param dateCell the row's completion date cell
 */
public record ActionRow(RecoveryAction action, List<Source> filled, Source dateCell) {

    public ActionRow {
        filled = List.copyOf(filled);
    }
}
