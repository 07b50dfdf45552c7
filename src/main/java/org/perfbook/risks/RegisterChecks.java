package org.perfbook.risks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.Source;

/**
 * A quarter's registers read together, and the checks that need them all: an ID used twice (in one
 * register or two) and an entry of last quarter that is on no register now without having been closed.
 */
public final class RegisterChecks {

    /** @param entries the quarter's usable entries, those with a duplicated ID left out */
    public record Quarter(Period period, List<RegisterReader.Result> registers, List<RiskEntry> entries,
            List<Finding> findings) {
    }

    private RegisterChecks() {
    }

    /**
     * @param files       the quarter's register files with the names findings give them
     * @param lastQuarter every entry of last quarter's registers, closed ones too; empty for the first quarter
     */
    public static Quarter quarter(Period period, Map<Path, String> files, List<RiskEntry> lastQuarter) {
        List<RegisterReader.Result> read = new ArrayList<>();
        files.forEach((path, shown) -> read.add(RegisterReader.read(path, shown, period)));
        List<Finding> findings = new ArrayList<>();
        read.forEach(r -> findings.addAll(r.findings()));

        Map<String, List<Source>> byKey = new LinkedHashMap<>();
        Map<String, String> shownId = new LinkedHashMap<>();
        for (RegisterReader.Result r : read) {
            r.ids().forEach((key, cell) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(cell));
            r.entries().forEach(e -> shownId.putIfAbsent(e.key(), e.id()));
        }
        // within one register too: the reader keeps the first cell of each ID, so count rows as well
        for (RegisterReader.Result r : read) {
            Map<String, List<RiskEntry>> inFile = r.entries().stream().collect(Collectors.groupingBy(RiskEntry::key));
            inFile.forEach((key, list) -> list.stream().skip(1).forEach(e -> byKey.get(key).add(e.source())));
        }
        Set<String> duplicated = byKey.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (String key : duplicated) {
            List<Source> cells = byKey.get(key);
            for (Source here : cells) {
                List<String> others = cells.stream().filter(o -> o != here).map(RegisterChecks::where).toList();
                findings.add(Finding.of(here, FindingCode.DUPLICATE_RISK_ID, "The ID " + shownId.getOrDefault(key, key)
                        + " is also used at " + String.join(" and ", others) + ". An ID names one entry of the corporate "
                        + "register, so neither is used until one is renumbered or the entries are merged."));
            }
        }
        List<RiskEntry> entries = read.stream().flatMap(r -> r.entries().stream())
                .filter(e -> !duplicated.contains(e.key())).toList();

        Set<String> seen = read.stream().flatMap(r -> r.ids().keySet().stream()).collect(Collectors.toSet());
        // a register that could not be read at all may hold the entries that seem to have gone
        List<String> unread = read.stream().filter(r -> r.directorate().isEmpty() && r.entries().isEmpty()
                && r.findings().stream().anyMatch(Finding::isError)).map(RegisterReader.Result::file).toList();
        String maybe = unread.isEmpty() ? "" : " It may be in " + String.join(" or ", unread)
                + ", which could not be read: see the finding there first.";
        for (RiskEntry last : lastQuarter) {
            if (last.closed() || seen.contains(last.key())) {
                continue;
            }
            Source at = read.stream().filter(r -> r.directorate().equalsIgnoreCase(last.directorate())
                    && !r.directorate().isEmpty()).findFirst()
                    .map(r -> new Source(r.file(), RegisterTemplate.SHEET, "")).orElse(last.source());
            findings.add(Finding.of(at, FindingCode.VANISHED_ENTRY, last.id() + " (" + last.title() + ") was on the "
                    + (last.directorate().isEmpty() ? "" : last.directorate() + " ") + "register in "
                    + last.period().label() + " but is on no register for " + period.label() + ". If it is to come off "
                    + "the corporate register, put its row back with the Status Closed and say why in Progress; if it "
                    + "was left out by mistake, put it back as it stands now." + maybe));
        }
        return new Quarter(period, List.copyOf(read), entries, List.copyOf(findings));
    }

    private static String where(Source s) {
        return s.file() + (s.cell().isEmpty() ? "" : " cell " + s.cell());
    }

    /** Lower-case ID without spaces, for sorting entries CORP1, CORP2, ..., CORP10. */
    static String sortKey(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
