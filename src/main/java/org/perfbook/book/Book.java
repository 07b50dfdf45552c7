package org.perfbook.book;

import java.time.ZonedDateTime;
import java.util.List;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;

/**
 * Everything the performance book shows, already computed: the writer only lays it out.
 *
 * @param priorities  the order of the scorecard sheets
 * @param assessments one per indicator, catalogue order
 * @param data        every observation of every period, for the Data sheet
 * @param inputs      every file read, for the About sheet
 * @param notes       plain-English notes for the Summary, e.g. which return superseded which
 * @param pictures    charts to show beside their indicators, and the status chart (no indicator) on the Summary
 */
public record Book(
        Period period,
        ZonedDateTime builtAt,
        String version,
        List<String> priorities,
        List<Assessment> assessments,
        List<Evaluation> data,
        List<Finding> findings,
        List<InputFile> inputs,
        List<String> notes,
        List<Picture> pictures) {

    /**
     * @param role e.g. "catalogue", "history", "return", "superseded return"
     */
    public record InputFile(String name, String role, long bytes, String sha256) {
    }

    public Book {
        priorities = List.copyOf(priorities);
        assessments = List.copyOf(assessments);
        data = List.copyOf(data);
        findings = List.copyOf(findings);
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
        pictures = List.copyOf(pictures);
    }
}
