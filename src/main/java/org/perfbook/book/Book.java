package org.perfbook.book;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Period;
import org.perfbook.model.RecoveryAction;
import org.perfbook.model.ReturnReceipt;

/**
 * Everything the performance book shows, already computed: the writer only lays it out.
 *
 * @param priorities  the order of the scorecard sheets
 * @param assessments one per indicator, catalogue order
 * @param data        every observation of every period, for the Data sheet
 * @param findingsInContext every finding of the build with the period, service, indicator and breakdown it is
 *                    about, for the Findings sheet
 * @param inputs      every file read, for the About sheet
 * @param returns     every return read that names its service and period, for the About sheet and the data notes
 * @param receipts    for the book's period: every service that owes a return, and whether it arrived
 * @param notes       plain-English notes for the Summary, e.g. which return superseded which
 * @param pictures    charts to show beside their indicators, and the status chart (no indicator) on the Summary
 * @param revisions   this financial year's earlier figures that a later return replaced with a different one
 */
public record Book(
        Period period,
        ZonedDateTime builtAt,
        String version,
        List<String> priorities,
        List<Assessment> assessments,
        List<Evaluation> data,
        List<FindingContext> findingsInContext,
        List<InputFile> inputs,
        List<ReturnRead> returns,
        List<ReturnReceipt> receipts,
        List<String> notes,
        List<Picture> pictures,
        List<Revision> revisions) {

    /** A book with no figures revised since they were first returned. */
    public Book(Period period, ZonedDateTime builtAt, String version, List<String> priorities,
            List<Assessment> assessments, List<Evaluation> data, List<FindingContext> findingsInContext,
            List<InputFile> inputs, List<ReturnRead> returns, List<ReturnReceipt> receipts, List<String> notes,
            List<Picture> pictures) {
        this(period, builtAt, version, priorities, assessments, data, findingsInContext, inputs, returns, receipts,
                notes, pictures, List.of());
    }

    /** A book with no returns tracking, e.g. one built from the history alone. */
    public Book(Period period, ZonedDateTime builtAt, String version, List<String> priorities,
            List<Assessment> assessments, List<Evaluation> data, List<Finding> findings, List<InputFile> inputs,
            List<ReturnRead> returns, List<String> notes, List<Picture> pictures) {
        this(period, builtAt, version, priorities, assessments, data,
                findings.stream().map(FindingContext::of).toList(), inputs, returns, List.of(), notes, pictures,
                List.of());
    }

    /** Every finding of the build. */
    public List<Finding> findings() {
        return findingsInContext.stream().map(FindingContext::finding).toList();
    }

    /**
     * The findings about this period's returns and about no period's (the catalogue, the history):
     * errors first, then by file and cell.
     */
    public List<FindingContext> currentFindings() {
        return findingsInContext.stream().filter(f -> !f.isBefore(period)).sorted(FindingContext.ORDER).toList();
    }

    /** The findings about earlier periods' returns, latest period first, then errors first, by file and cell. */
    public List<FindingContext> earlierFindings() {
        return findingsInContext.stream().filter(f -> f.isBefore(period))
                .sorted(Comparator.comparing(FindingContext::period, Comparator.reverseOrder())
                        .thenComparing(FindingContext.ORDER))
                .toList();
    }

    /**
     * @param role e.g. "catalogue", "history", "return", "superseded return"
     */
    public record InputFile(String name, String role, long bytes, String sha256) {
    }

    /**
     * A return as its service filled it in.
     *
     * @param file      the name findings and the Data sheet's Source give it
     * @param contact   who to ask about the figures, as typed, or empty
     * @param dataNotes the notes of the rows that have one
     * @param actions   what the return lists to put its indicators back on track (none for a superseded return)
     */
    public record ReturnRead(String file, String service, Period period, String contact, List<DataNote> dataNotes,
            List<RecoveryAction> actions) {

        public ReturnRead(String file, String service, Period period, String contact, List<DataNote> dataNotes) {
            this(file, service, period, contact, dataNotes, List.of());
        }

        public ReturnRead {
            contact = contact == null ? "" : contact;
            dataNotes = List.copyOf(dataNotes);
            actions = List.copyOf(actions);
        }
    }

    /** The actions this period's returns list for the recovery plans, in the order the returns were read. */
    public List<RecoveryAction> recoveryActions() {
        return returns.stream().filter(r -> r.period().equals(period)).flatMap(r -> r.actions().stream()).toList();
    }

    /** What a return says about the data of one row: the figure of this indicator and breakdown. */
    public record DataNote(String indicatorId, String breakdown, String note) {

        public DataNote {
            breakdown = breakdown == null ? "" : breakdown;
            note = note == null ? "" : note;
        }
    }

    public Book {
        priorities = List.copyOf(priorities);
        assessments = List.copyOf(assessments);
        data = List.copyOf(data);
        findingsInContext = List.copyOf(findingsInContext);
        inputs = List.copyOf(inputs);
        returns = List.copyOf(returns);
        receipts = List.copyOf(receipts);
        notes = List.copyOf(notes);
        pictures = List.copyOf(pictures);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
