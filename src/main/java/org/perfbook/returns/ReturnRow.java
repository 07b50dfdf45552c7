package org.perfbook.returns;

import org.perfbook.xlsx.CellReading;

import org.perfbook.model.Source;

/**
 * One indicator row of a return as read, before checks against the catalogue.
 *
 * @param indicatorId the ID as typed (trimmed)
 * @param breakdown   empty for the whole authority, else e.g. a district name
 * @param source      the row's ID cell
 * @param breakdownSource the row's Breakdown cell (where a monthly indicator's row names its month), or its ID
 *                    cell where the sheet has no Breakdown column
 */
public record ReturnRow(
        String indicatorId,
        String breakdown,
        Source source,
        CellReading numerator,
        CellReading denominator,
        CellReading value,
        String commentary,
        String dataNote,
        Source breakdownSource) {

    public ReturnRow(String indicatorId, String breakdown, Source source, CellReading numerator, CellReading denominator,
            CellReading value, String commentary, String dataNote) {
        this(indicatorId, breakdown, source, numerator, denominator, value, commentary, dataNote, source);
    }

    public ReturnRow {
        breakdownSource = breakdownSource == null ? source : breakdownSource;
        breakdown = breakdown == null ? "" : breakdown;
        commentary = commentary == null ? "" : commentary;
        dataNote = dataNote == null ? "" : dataNote;
    }
}
