package org.perfbook.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.perfbook.book.Book;
import org.perfbook.book.BookWriter;
import org.perfbook.book.Picture;
import org.perfbook.book.Revision;
import org.perfbook.charts.ChartImage;
import org.perfbook.charts.ChartSet;
import org.perfbook.files.SafeFiles;
import org.perfbook.files.SharedPart;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.Checks;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Catalogue;
import org.perfbook.catalogue.CatalogueException;
import org.perfbook.catalogue.CatalogueReader;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.RecoveryAction;
import org.perfbook.returns.ActionRow;
import org.perfbook.returns.HistoryReader;
import org.perfbook.returns.ObservationKey;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.returns.ReturnsFolder;
import org.perfbook.report.ReportWriter;
import org.perfbook.report.RiskRegisterPart;

/**
 * The main job: reads the catalogue, the history and every period's returns, checks them, derives
 * every figure and writes the performance book and the committee report.
 */
public final class BookBuild {

    /**
     * @param period null for the latest period that has returns
     */
    public record Options(Path workbooks, Period period, Path out, Path charts, int threads, String version) {
    }

    /**
     * @param book     the book written
     * @param report   the committee report written beside it
     * @param findings every finding of the build with what it is about, in file and cell order
     * @param phases   how long each phase of the build took, in the order they ran
     * @param risks    the quarter's Corporate Risk and Opportunity Register, built with the book and carried in
     *                 the report, or null when the period has no risk registers
     */
    public record Outcome(Path book, Path report, Period period, int returns, int observations, List<FindingContext> findings,
            List<Assessment> assessments, Path chartsDir, int charts, long chartMillis,
            ReturnsTracking.Tracking tracking, List<Phase> phases, RiskRegisters.Outcome risks) {

        /**
         * Whether the report carries the register as Appendix 'B': a quarter's folder with no register in it is
         * not one, and would list every entry of last quarter as removed.
         */
        public boolean reportHasRegister() {
            return risks != null && risks.registers() > 0;
        }
    }

    /** Writing one output file. */
    private interface Writing {
        void write() throws IOException;
    }

    /**
     * A chart to draw, the future its picture waits on (done once its files are saved) and the picture's part
     * in the packages, compressed here as the chart is saved: the book and the report take their pictures in
     * their own orders, and would otherwise compress at the end what was drawn long before.
     */
    private record Drawing(ChartSet.Chart chart, CompletableFuture<Void> drawn, SharedPart part) {
        String draw(Path dir) throws IOException {
            try {
                ChartImage image = chart.draw(dir);
                part.deflate(image.png());
                drawn.complete(null);
                return image.name();
            } catch (IOException | RuntimeException | Error e) {
                drawn.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** One phase of the build and the wall time it took. */
    public record Phase(String name, long millis) {
    }

    /** The phases in the order they run, as {@code build --timings} names them. */
    public static final List<String> PHASES = List.of("read returns", "check", "assess", "charts", "book and report");

    private BookBuild() {
    }

    public static Outcome run(Options options, Progress progress) throws BuildException, IOException {
        List<Parallel.Pending<?>> jobs = new ArrayList<>();
        try {
            return build(options, progress, jobs);
        } catch (Throwable failure) {
            // a failed build leaves no thread behind it still reading or writing (a register, a chart)
            jobs.forEach(Parallel.Pending::await);
            throw failure;
        }
    }

    /** The build, with each piece of work it starts on a thread of its own added to {@code jobs}. */
    private static Outcome build(Options options, Progress progress, List<Parallel.Pending<?>> jobs)
            throws BuildException, IOException {
        List<Phase> phases = new ArrayList<>();
        long phaseStart = System.nanoTime();
        InputsFolder folder = new InputsFolder(options.workbooks());
        // the returns do not depend on the catalogue or the history, so they are read while those are; a
        // problem with the period is reported after the catalogue's, as it always was
        BuildException noReturns = null;
        Period period = options.period();
        List<Period> periods;
        try {
            periods = folder.periodsWithReturns();
        } catch (IOException e) {
            periods = null;
        }
        Map<Period, ReturnsFolder.Found> found = new LinkedHashMap<>();
        Parallel.Pending<List<ReturnsReading.Fingerprinted>> reading = null;
        if (periods != null) {
            if (period == null) {
                if (periods.isEmpty()) {
                    noReturns = new BuildException("there are no returns in " + folder.returns()
                            + " (one folder per period, e.g. " + folder.returnsFor(Period.quarter(2021, 3)) + ")", List.of());
                } else {
                    period = periods.get(periods.size() - 1);
                }
            } else if (!periods.contains(period)) {
                noReturns = new BuildException("there are no returns for " + period.label() + " (expected them in "
                        + folder.returnsFor(period) + ")", List.of());
            }
            if (noReturns == null) {
                List<Path> all = new ArrayList<>();
                for (Period p : periods) {
                    if (p.compareTo(period) <= 0) {
                        ReturnsFolder.Found f = ReturnsFolder.find(List.of(folder.returnsFor(p)));
                        found.put(p, f);
                        all.addAll(f.files());
                    }
                }
                progress.total(all.size());
                reading = Parallel.start("reading returns", options.threads(),
                        () -> ReturnsReading.readAndHashAll(all, options.threads(), progress));
                jobs.add(reading);
            }
        }
        Catalogue catalogue;
        try {
            catalogue = CatalogueReader.read(folder.catalogue());
        } catch (CatalogueException e) {
            throw new BuildException("the catalogue " + folder.catalogue() + " cannot be used", e.findings());
        }
        if (periods == null) {
            periods = folder.periodsWithReturns();
        }
        if (noReturns != null) {
            throw noReturns;
        }
        Period bookPeriod = period;
        List<Period> used = periods.stream().filter(p -> p.compareTo(bookPeriod) <= 0).toList();
        // the same committee receives the register; its job needs nothing of the book's, so it runs meanwhile
        Parallel.Pending<RiskRegisters.Outcome> registers = null;
        if (RiskRegisters.has(options.workbooks(), bookPeriod)) {
            registers = Parallel.start("risk register", options.threads(), () -> RiskRegisters.build(new RiskRegisters.Options(
                    options.workbooks(), bookPeriod, options.out(), options.charts(), options.version()), bookPeriod,
                    catalogue.settings()));
            jobs.add(registers);
        }

        List<FindingContext> findings = new ArrayList<>();
        List<Book.InputFile> inputs = new ArrayList<>();
        inputs.add(input(folder.catalogue(), "catalogue"));
        HistoryReader.Result history = HistoryReader.read(folder.history(), catalogue);
        history.findings().forEach(f -> findings.add(FindingContext.of(f)));
        if (Files.isRegularFile(folder.history())) {
            inputs.add(input(folder.history(), "history"));
        }

        List<ReturnsReading.Fingerprinted> read = reading.join();
        Map<Path, ReturnFile> byPath = new HashMap<>();
        Map<Path, String> hashes = new HashMap<>();
        read.forEach(r -> {
            byPath.put(r.file().file(), r.file());
            hashes.put(r.file().file(), r.sha256());
        });
        phaseStart = lap(phases, PHASES.get(0), phaseStart);
        FindingPlaces places = new FindingPlaces();
        found.forEach((p, f) -> {
            f.files().forEach(file -> places.add(byPath.get(file), p));
            f.findings().forEach(x -> findings.add(places.place(x, p)));
        });

        List<Observation> observations = new ArrayList<>(history.observations());
        Map<ObservationKey, Double> earlier = new HashMap<>(ReturnValidator.index(history.observations()));
        List<Observation> fromReturns = new ArrayList<>();
        List<Observation> withheld = new ArrayList<>();
        List<Observation> notAvailable = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Book.ReturnRead> returnsRead = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        Map<String, Set<String>> planned = new HashMap<>();
        int returns = 0;
        ReturnsTracking.Tracking tracking = null;
        for (Period p : used) {
            List<ReturnFile> files = found.get(p).files().stream().map(byPath::get).toList();
            ReturnValidator.Result r = new ReturnValidator(catalogue, p, earlier).check(files);
            if (p.equals(bookPeriod)) {
                tracking = ReturnsTracking.track(catalogue, p, files, r.superseded(),
                        ReturnsFolder.display(folder.returnsFor(p)));
                findings.addAll(tracking.missingReturns());
            }
            Validation.registersAmongReturns(files, r.findings()).forEach(x -> findings.add(places.place(x, p)));
            observations.addAll(r.observations());
            fromReturns.addAll(r.observations());
            withheld.addAll(r.withheld());
            notAvailable.addAll(r.notAvailable());
            earlier.putAll(ReturnValidator.index(r.observations()));
            if (p.equals(bookPeriod)) {
                // a plan is asked of this period's returns: earlier periods' plans went to earlier committees
                planned.putAll(r.planned());
            }
            returns += files.size();
            for (ReturnFile f : files) {
                inputs.add(input(f.file(), r.superseded().containsKey(f) ? "superseded return" : "return",
                        hashes.get(f.file())));
                if (f.identity() != null) {
                    // a superseded return's actions are not the service's latest word
                    returnsRead.add(returnRead(f, r.superseded().containsKey(f)));
                }
            }
            r.superseded().forEach((older, newer) -> notes.add(newer.name() + " supersedes " + older.name()
                    + " (" + older.identity().service() + ", " + p.label() + "): the later return is used."));
            if (p.compareTo(bookPeriod) < 0 && p.financialYear().equals(bookPeriod.financialYear())) {
                revisions.addAll(revisions(catalogue, p, r, earlier));
            }
        }
        phaseStart = lap(phases, PHASES.get(1), phaseStart);

        Assessor assessor = new Assessor(catalogue, observations, withheld, notAvailable);
        List<Assessment> assessments = assessor.assess(bookPeriod, tracking.notReported());
        List<Evaluation> evaluations = assessor.evaluateAll();
        Set<Observation> returned = new HashSet<>(fromReturns);
        List<Evaluation> fromAReturn = evaluations.stream().filter(e -> returned.contains(e.observation())).toList();
        Checks.noCommentary(catalogue, fromAReturn).forEach(x -> findings.add(places.place(x, null)));
        Checks.noRecoveryPlan(catalogue, fromAReturn, planned).forEach(x -> findings.add(places.place(x, null)));
        findings.sort(Comparator.comparing(FindingContext::finding, Finding.ORDER));
        tracking = tracking.counting(findings.stream().map(FindingContext::finding).toList());
        phaseStart = lap(phases, PHASES.get(2), phaseStart);

        long started = System.nanoTime();
        Path chartsDir = options.charts().resolve(bookPeriod.fileName());
        // the charts are drawn while the book and the report are laid out around them: each picture is a
        // stand-in until the save, which waits for its own chart's file (so pictures go into the packages as
        // their charts are drawn, not all after the last); no PNG is held in memory
        List<ChartSet.Chart> plan = ChartSet.plan(assessments, catalogue.priorities(), bookPeriod, catalogue.settings(),
                catalogue.neighbours());
        List<Picture> pictures = new ArrayList<>(plan.size());
        List<Drawing> drawings = new ArrayList<>(plan.size());
        for (ChartSet.Chart c : plan) {
            CompletableFuture<Void> drawn = new CompletableFuture<>();
            Picture p = Picture.beingDrawn(c.name(), c.indicatorId(), c.altText(), c.widthIn(), c.heightIn(),
                    chartsDir.resolve(c.name() + ".png"), drawn);
            pictures.add(p);
            drawings.add(new Drawing(c, drawn, p.part()));
        }
        Parallel.Pending<List<String>> drawing = Parallel.start("charts", options.threads(), () -> {
            try {
                return Parallel.map(drawings, options.threads(), Progress.NONE, d -> d.draw(chartsDir));
            } finally {
                // a chart left undrawn because another failed: its save stops rather than waits for ever
                drawings.forEach(d -> d.drawn().completeExceptionally(
                        new IOException("not drawn, as another chart of the period could not be")));
            }
        });
        jobs.add(drawing);

        Book book = new Book(bookPeriod, ZonedDateTime.now(), options.version(), catalogue.priorities(), assessments,
                evaluations, findings, inputs, returnsRead, tracking.receipts(), notes, pictures, revisions);
        Path file = options.out().resolve(bookPeriod.fileName()).resolve("performance-book-" + bookPeriod.fileName() + ".xlsx");
        Path report = file.resolveSibling("committee-report-" + bookPeriod.fileName() + ".docx");
        RiskRegisters.Outcome risks = null;
        RiskRegisterPart register = null;
        IOException failed = null;
        try {
            risks = registers == null ? null : registers.join();
        } catch (IOException e) {
            failed = e;
        }
        if (risks != null && risks.registers() > 0) {
            register = new RiskRegisterPart(risks.profile(), risks.picture(), risks.registers(), risks.errors(),
                    risks.register().getFileName().toString());
        }
        RiskRegisterPart registerPart = register;
        long chartMillis;
        // the book and the report are independent, so they are written at once where there are two cores; both
        // are moved into place only when both are whole and every chart is drawn, or neither is
        try (SafeFiles.Together outputs = new SafeFiles.Together()) {
            Path bookDraft = outputs.draft(file);
            Path reportDraft = outputs.draft(report);
            List<Writing> writings = List.of(() -> BookWriter.write(book, catalogue.settings(), bookDraft),
                    () -> ReportWriter.write(book, catalogue.settings(), registerPart, reportDraft));
            Parallel.Pending<List<Writing>> writing = failed != null ? null
                    : Parallel.start("writing", options.threads(), () -> Parallel.map(writings, options.threads(), Progress.NONE, w -> {
                        w.write();
                        return w;
                    }));
            if (writing != null) {
                jobs.add(writing);
            }
            // a chart that cannot be drawn stops the saves waiting for it; its own failure is the one reported
            try {
                drawing.join();
            } catch (IOException | RuntimeException | Error e) {
                // the saves waiting for the charts end first, so the drafts are not removed under them
                if (writing != null) {
                    writing.await();
                }
                throw e;
            }
            chartMillis = (System.nanoTime() - started) / 1_000_000;
            phaseStart = lap(phases, PHASES.get(3), phaseStart);
            if (failed != null) {
                throw failed;
            }
            writing.join();
            outputs.commit();
        } finally {
            pictures.forEach(Picture::release);
        }
        lap(phases, PHASES.get(4), phaseStart);
        return new Outcome(file, report, bookPeriod, returns, book.data().size(), findings, assessments, chartsDir,
                pictures.size(), chartMillis, tracking, List.copyOf(phases), risks);
    }

    /**
     * The whole-authority figures of {@code period} that a later return changed: each replaced return is checked
     * on its own (its findings are not the build's: the later return is the one used) and its figures compared
     * with those now held from the return that replaced it.
     */
    static List<Revision> revisions(Catalogue catalogue, Period period, ReturnValidator.Result result,
            Map<ObservationKey, Double> earlier) {
        List<Revision> out = new ArrayList<>();
        result.superseded().forEach((older, newer) -> {
            Map<String, Double> now = new HashMap<>();
            result.observations().stream().filter(o -> o.isTotal() && o.source().file().equals(newer.name()))
                    .forEach(o -> now.put(o.indicatorId().toUpperCase(Locale.ROOT), o.value()));
            List<Observation> first = new ReturnValidator(catalogue, period, new HashMap<>(earlier))
                    .check(List.of(older)).observations();
            for (Observation o : first) {
                Double held = now.get(o.indicatorId().toUpperCase(Locale.ROOT));
                if (o.isTotal() && held != null && o.value() != null
                        && Math.abs(held - o.value()) > 1e-9 * Math.max(1, Math.abs(held))) {
                    out.add(new Revision(o.indicatorId(), o.period(), o.value(), held, older.name(), newer.name()));
                }
            }
        });
        return out;
    }

    /** Records the phase that started at {@code since} as ended now; returns now, when the next one starts. */
    private static long lap(List<Phase> phases, String name, long since) {
        long now = System.nanoTime();
        phases.add(new Phase(name, (now - since) / 1_000_000));
        return now;
    }

    private static Book.ReturnRead returnRead(ReturnFile f, boolean superseded) {
        List<Book.DataNote> dataNotes = f.rows().stream().filter(row -> !row.dataNote().isBlank())
                .map(row -> new Book.DataNote(row.indicatorId(), row.breakdown(), row.dataNote())).toList();
        List<RecoveryAction> actions = superseded ? List.of()
                : f.actions().stream().map(ActionRow::action).filter(a -> a != null).toList();
        return new Book.ReturnRead(f.name(), f.identity().service(), f.identity().period(), f.contact(), dataNotes,
                actions);
    }

    private static Book.InputFile input(Path file, String role) throws IOException {
        return input(file, role, null);
    }

    /** @param sha256 the file's hash if taken already (as each return is, when it is read) */
    private static Book.InputFile input(Path file, String role, String sha256) throws IOException {
        return new Book.InputFile(ReturnsFolder.display(file), role, Files.size(file),
                sha256 != null ? sha256 : sha256(file));
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
