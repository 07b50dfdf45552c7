package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.Checks;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.returns.ObservationKey;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.returns.ReturnsFolder;

/** The validate job: checks returns against the catalogue before they are built into the book. */
public final class Validation {

    /**
     * @param returns  how many return files were read
     * @param findings every finding, in file and cell order
     * @param tracking  who has sent and who has not, when a folder was checked for a given period; else null
     */
    public record Outcome(int returns, List<Finding> findings, ReturnsTracking.Tracking tracking) {
        public Outcome {
            findings = List.copyOf(findings);
        }

        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    private Validation() {
    }

    /**
     * @param catalogueFile where the catalogue was read: earlier figures for the unusual-change check
     *                      come from the history workbook and returns beside it
     * @param period        the period being collected, or null to take the latest among the returns
     * @throws java.nio.file.NoSuchFileException when a path names nothing
     */
    public static Outcome run(Catalogue catalogue, Path catalogueFile, List<Path> paths, Period period, int threads)
            throws IOException {
        ReturnsFolder.Found found = ReturnsFolder.find(paths);
        List<ReturnFile> files = ReturnsReading.readAll(found.files(), threads, Progress.NONE);
        Period current = period != null ? period : latest(files);
        Path root = catalogueFile.toAbsolutePath().getParent();
        Map<ObservationKey, Double> earlier = current == null || root == null ? Map.of()
                : EarlierFigures.before(catalogue, new InputsFolder(root), current);
        ReturnValidator.Result result = new ReturnValidator(catalogue, period, earlier).check(files);
        List<Finding> findings = new ArrayList<>(found.findings());
        findings.addAll(result.findings());
        findings.addAll(statusChecks(catalogue, result.observations()));
        // a folder checked for a period is that period's collection: say who has not sent
        Path folder = paths.stream().filter(Files::isDirectory).findFirst().orElse(null);
        ReturnsTracking.Tracking tracking = null;
        if (period != null && folder != null) {
            tracking = ReturnsTracking.track(catalogue, period, files, result.superseded(), ReturnsFolder.display(folder));
            findings.addAll(tracking.findings());
        }
        findings.sort(Finding.ORDER);
        return new Outcome(files.size(), findings, tracking == null ? null : tracking.counting(findings));
    }

    /** The checks that need each figure's status (a red figure with no commentary), on figures just read. */
    public static List<Finding> statusChecks(Catalogue catalogue, List<Observation> observations) {
        return Checks.noCommentary(catalogue, new Assessor(catalogue, observations).evaluateAll());
    }

    /** The period being checked when none is asked for: the latest among the templates read. */
    private static Period latest(List<ReturnFile> files) {
        return files.stream().filter(f -> f.identity() != null).map(f -> f.identity().period())
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
