package org.perfbook.returns;

import org.perfbook.xlsx.CellReading;

import org.perfbook.model.Source;

/**
 * One indicator row of a return as read, before checks against the catalogue.
 *
 * @param indicatorId the ID as typed (trimmed)
 * @param breakdown   empty for the whole authority, else e.g. a district name
 * @param source      the row's ID cell
 */
public record ReturnRow(
        String indicatorId,
        String breakdown,
        Source source,
        CellReading numerator,
        CellReading denominator,
        CellReading value,
        String commentary,
        String dataNote) {

    public ReturnRow {
        breakdown = breakdown == null ? "" : breakdown;
        commentary = commentary == null ? "" : commentary;
        dataNote = dataNote == null ? "" : dataNote;
    }
}
