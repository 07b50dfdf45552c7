package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.perfbook.book.Picture;
import org.perfbook.book.RiskRegisterWriter;
import org.perfbook.calc.RiskProfile;
import org.perfbook.catalogue.CatalogueException;
import org.perfbook.catalogue.CatalogueReader;
import org.perfbook.charts.ChartImage;
import org.perfbook.charts.RiskHeatMap;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.Settings;
import org.perfbook.returns.ReturnsFolder;
import org.perfbook.risks.RegisterChecks;
import org.perfbook.risks.RegisterTemplate;

/**
 * The risk register's jobs, the same cycle as the returns': issue each directorate's register
 * template, check the registers sent back, and build the corporate register for a quarter. Registers
 * live in {@code risks/<period>/} beside the returns ({@code workbooks/risks/2021-22-Q4/}).
 */
public final class RiskRegisters {

    /** @param period null for the latest quarter with registers */
    public record Options(Path workbooks, Period period, Path out, Path charts, String version) {
    }

    /**
     * @param findings the quarter's findings, in file and cell order
     * @param heatMap  the heat map's PNG, or null when nothing is on the register
     * @param picture  the heat map as placed in the register workbook (and the committee report), or null
     */
    public record Outcome(Path register, Period period, int registers, RiskProfile profile, List<Finding> findings,
            Path heatMap, Picture picture) {
        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }
    }

    private RiskRegisters() {
    }

    public static Path folder(Path workbooks) {
        return workbooks.resolve("risks");
    }

    public static Path folder(Path workbooks, Period period) {
        return folder(workbooks).resolve(period.fileName());
    }

    /** Whether {@code period} is a quarter with a registers folder (the committee report then carries the register). */
    public static boolean has(Path workbooks, Period period) throws IOException {
        return period.kind() == Period.Kind.QUARTER && quarters(workbooks).contains(period);
    }

    /** Quarters with a registers folder, oldest first. */
    public static List<Period> quarters(Path workbooks) throws IOException {
        List<Period> out = new ArrayList<>();
        Path root = folder(workbooks);
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).forEach(d -> Period.tryParse(d.getFileName().toString())
                    .filter(p -> p.kind() == Period.Kind.QUARTER).ifPresent(out::add));
        }
        out.sort(null);
        return out;
    }

    /**
     * Every quarter's registers up to {@code last}, each checked against the quarter before it (when that
     * quarter has registers too).
     */
    static Map<Period, RegisterChecks.Quarter> read(Path workbooks, Period last) throws IOException {
        Map<Period, RegisterChecks.Quarter> out = new LinkedHashMap<>();
        RegisterChecks.Quarter before = null;
        for (Period p : quarters(workbooks)) {
            if (p.compareTo(last) > 0) {
                break;
            }
            List<RiskEntry> lastEntries = before != null && before.period().equals(p.previous()) ? allEntries(before)
                    : List.of();
            before = check(List.of(folder(workbooks, p)), p, lastEntries);
            out.put(p, before);
        }
        return out;
    }

    /** Entries of a quarter, those with a duplicated ID too, so that they do not count as vanished next quarter. */
    private static List<RiskEntry> allEntries(RegisterChecks.Quarter q) {
        return q.registers().stream().flatMap(r -> r.entries().stream()).toList();
    }

    private static RegisterChecks.Quarter check(List<Path> paths, Period period, List<RiskEntry> lastQuarter)
            throws IOException {
        ReturnsFolder.Found found = ReturnsFolder.find(paths);
        Map<Path, String> files = new LinkedHashMap<>();
        found.files().forEach(f -> files.put(f, ReturnsFolder.display(f)));
        RegisterChecks.Quarter q = RegisterChecks.quarter(period, files, lastQuarter);
        List<Finding> all = new ArrayList<>(found.findings());
        all.addAll(q.findings());
        all.sort(Finding.ORDER);
        return new RegisterChecks.Quarter(period, q.registers(), q.entries(), List.copyOf(all));
    }

    /** Checks the registers given (files or folders) as one quarter's, against last quarter's in {@code workbooks}. */
    public static RegisterChecks.Quarter validate(Path workbooks, List<Path> paths, Period period) throws IOException {
        List<RiskEntry> last = List.of();
        if (Files.isDirectory(folder(workbooks, period.previous()))) {
            last = allEntries(read(workbooks, period.previous()).getOrDefault(period.previous(),
                    new RegisterChecks.Quarter(period.previous(), List.of(), List.of(), List.of())));
        }
        return check(paths, period, last);
    }

    /** The corporate register, Summary Risk Profile, changes and heat map for a quarter. */
    public static Outcome build(Options o) throws IOException, BuildException {
        List<Period> quarters = quarters(o.workbooks());
        Period period = o.period();
        if (period == null) {
            if (quarters.isEmpty()) {
                throw new BuildException("there are no risk registers in " + folder(o.workbooks())
                        + " (one folder per quarter, e.g. " + folder(o.workbooks(), Period.quarter(2021, 4)) + ")", List.of());
            }
            period = quarters.get(quarters.size() - 1);
        } else if (!quarters.contains(period)) {
            throw new BuildException("there are no risk registers for " + period.label() + " (expected them in "
                    + folder(o.workbooks(), period) + ")", List.of());
        }
        return build(o, period, settings(o.workbooks()));
    }

    /**
     * The register for {@code period}, which has registers, with the settings already read (the book's build
     * has read the catalogue).
     */
    static Outcome build(Options o, Period period, Settings settings) throws IOException {
        int threshold = settings.riskThreshold().isEmpty() ? RiskProfile.DEFAULT_THRESHOLD
                : (int) Double.parseDouble(settings.riskThreshold());
        Map<Period, RegisterChecks.Quarter> read = read(o.workbooks(), period);
        Map<Period, List<RiskEntry>> entries = new LinkedHashMap<>();
        read.forEach((p, q) -> entries.put(p, q.entries()));
        RiskProfile profile = RiskProfile.of(period, entries, threshold);
        RegisterChecks.Quarter now = read.get(period);

        Path chartsDir = o.charts().resolve(period.fileName());
        Picture picture = null;
        Path png = null;
        if (!profile.lines().isEmpty()) {
            ChartImage img = RiskHeatMap.plan(profile, settings.authority()).draw(chartsDir);
            picture = new Picture(img.name(), "", img.altText(), img.widthIn(), img.heightIn(), img.png());
            png = chartsDir.resolve(img.name() + ".png");
        }
        Path file = o.out().resolve(period.fileName()).resolve(RiskRegisterWriter.fileName(period));
        RiskRegisterWriter.write(new RiskRegisterWriter.Register(period, settings.authority(), profile, now.findings(),
                picture, ZonedDateTime.now(), o.version()), file);
        return new Outcome(file, period, now.registers().size(), profile, now.findings(), png, picture);
    }

    /** The catalogue's settings when there is a catalogue; the defaults when there is none. */
    private static Settings settings(Path workbooks) throws BuildException {
        Path cat = new InputsFolder(workbooks).catalogue();
        if (!Files.isRegularFile(cat)) {
            return Settings.DEFAULTS;
        }
        try {
            return CatalogueReader.read(cat).settings();
        } catch (CatalogueException e) {
            throw new BuildException("the catalogue " + cat + " cannot be used", e.findings());
        }
    }

    /** A template issued: the directorate and its file. */
    public record Issued(String directorate, Path file) {
    }

    /**
     * One register template per directorate: those with registers last quarter (their entries filled in to
     * update) and any named in {@code directorates}.
     */
    public static List<Issued> templates(Path workbooks, Period period, List<String> directorates, Path dir)
            throws IOException {
        Map<Period, RegisterChecks.Quarter> read = read(workbooks, period.previous());
        RegisterChecks.Quarter last = read.get(period.previous());
        Map<String, List<RiskEntry>> byDirectorate = new LinkedHashMap<>();
        if (last != null) {
            for (var r : last.registers()) {
                if (!r.directorate().isEmpty()) {
                    byDirectorate.computeIfAbsent(r.directorate(), k -> new ArrayList<>()).addAll(r.entries());
                }
            }
        }
        Set<String> names = new LinkedHashSet<>(byDirectorate.keySet());
        for (String d : directorates) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(d.strip()))) {
                names.add(d.strip());
            }
        }
        List<Issued> out = new ArrayList<>();
        for (String d : names.stream().sorted(Comparator.naturalOrder()).toList()) {
            out.add(new Issued(d, RegisterTemplate.write(d, period, byDirectorate.getOrDefault(d, List.of()), dir)));
        }
        return out;
    }
}
