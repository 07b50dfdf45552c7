package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.Checks;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Source;
import org.perfbook.returns.ObservationKey;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.returns.ReturnsFolder;
import org.perfbook.risks.RegisterReader;
import org.perfbook.template.TemplateIdentity;

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
        findings.addAll(statusChecks(catalogue, result));
        findings = registersAmongReturns(files, findings);
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

    /**
     * What a check without the BI team's catalogue found.
     *
     * @param olderTemplates returns whose templates were issued before templates carried their indicators'
     *                       details, so their rows could not be checked
     */
    public record WithoutCatalogue(Outcome outcome, List<String> olderTemplates) {
        public WithoutCatalogue {
            olderTemplates = List.copyOf(olderTemplates);
        }
    }

    /**
     * The validate job on a service's machine, where the BI team's catalogue is not at hand: each
     * return is checked against what its own template carries (indicators, targets, breakdown names and
     * last period's figures). Population-based rates, benchmarks and the history workbook are left out.
     *
     * @param period the period being collected, or null to take each template's own
     * @throws java.nio.file.NoSuchFileException when a path names nothing
     */
    public static WithoutCatalogue runWithoutCatalogue(List<Path> paths, Period period, int threads)
            throws IOException {
        ReturnsFolder.Found found = ReturnsFolder.find(paths);
        List<ReturnFile> files = ReturnsReading.readAll(found.files(), threads, Progress.NONE);
        List<Finding> findings = new ArrayList<>(found.findings());
        List<ReturnFile> checkable = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (ReturnFile f : files) {
            TemplateIdentity id = f.identity();
            if (id != null && id.indicators().isEmpty() && id.formatVersion() >= TemplateIdentity.OLDEST_FORMAT
                    && id.formatVersion() < TemplateIdentity.FORMAT_VERSION) {
                older.add(f.name());
                findings.addAll(f.findings());
            } else {
                checkable.add(f);
            }
        }
        List<TemplateIdentity> identities = checkable.stream().map(ReturnFile::identity).filter(i -> i != null)
                .toList();
        Catalogue fromTemplates = TemplateIdentity.catalogue(identities);
        Map<String, String> breakdowns = new LinkedHashMap<>();
        Map<ObservationKey, Double> earlier = new HashMap<>();
        for (TemplateIdentity id : identities) {
            id.breakdowns().forEach(b -> breakdowns.putIfAbsent(b.toLowerCase(Locale.ROOT), b));
            for (TemplateIdentity.Issued i : id.indicators()) {
                if (i.last() != null) {
                    Period previous = Catalogue.rowPeriods(i.indicator(), id.period()).get(0).previous();
                    earlier.putIfAbsent(new ObservationKey(i.indicator().id(), previous, ""), i.last());
                }
            }
        }
        ReturnValidator.Result result = ReturnValidator.withoutCatalogue(fromTemplates,
                List.copyOf(breakdowns.values()), period, earlier).check(checkable);
        findings.addAll(result.findings());
        findings.addAll(statusChecks(fromTemplates, result));
        findings = registersAmongReturns(files, findings);
        findings.sort(Finding.ORDER);
        return new WithoutCatalogue(new Outcome(files.size(), findings, null), older);
    }

    /**
     * A risk register given where a return is expected is not "not a return" with no pointer: its findings as a
     * return are replaced by one saying what it is and the command that checks it.
     */
    static List<Finding> registersAmongReturns(List<ReturnFile> files, List<Finding> findings) {
        Map<String, Finding> registers = new LinkedHashMap<>();
        for (ReturnFile f : files) {
            if (f.identity() != null) {
                continue;
            }
            RegisterReader.Identity id = RegisterReader.identify(f.file());
            if (id != null) {
                registers.put(f.name(), registerGivenAsReturn(f.name(), id));
            }
        }
        if (registers.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.stream().filter(x -> !registers.containsKey(x.source().file())).toList());
        out.addAll(registers.values());
        return out;
    }

    private static Finding registerGivenAsReturn(String name, RegisterReader.Identity id) {
        Period period = Period.tryParse(id.period()).orElse(null);
        String whose = (id.directorate().isEmpty() ? "" : id.directorate())
                + (period == null ? "" : (id.directorate().isEmpty() ? "" : ", ") + period.label());
        return Finding.error(Source.of(name), FindingCode.NOT_A_RETURN, "This is a risk register"
                + (whose.isEmpty() ? "" : " (" + whose + ")") + ", not a performance return, so it is not checked "
                + "here. Check it with: perfbook risks validate --period " + quoted(period == null ? "PERIOD"
                        : period.label()) + " " + quoted(name));
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:\\\\-]+") ? arg : "\"" + arg + "\"";
    }

    /** The checks that need each figure's status (a red figure with no commentary), on figures just read. */
    public static List<Finding> statusChecks(Catalogue catalogue, List<Observation> observations) {
        return Checks.noCommentary(catalogue, new Assessor(catalogue, observations).evaluateAll());
    }

    /** As {@link #statusChecks(Catalogue, List)}, and a red figure whose return lists no action for it. */
    static List<Finding> statusChecks(Catalogue catalogue, ReturnValidator.Result result) {
        var evaluations = new Assessor(catalogue, result.observations()).evaluateAll();
        List<Finding> out = new ArrayList<>(Checks.noCommentary(catalogue, evaluations));
        out.addAll(Checks.noRecoveryPlan(catalogue, evaluations, result.planned()));
        return out;
    }

    /** The period being checked when none is asked for: the latest among the templates read. */
    private static Period latest(List<ReturnFile> files) {
        return files.stream().filter(f -> f.identity() != null).map(f -> f.identity().period())
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
