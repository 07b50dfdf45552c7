package org.perfbook.returns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Observation;
import org.perfbook.model.Source;
import org.perfbook.xlsx.CellReading;

/**
 * The nothing-lost invariant: after the checks, every input cell of a return that held something is
 * either in a figure the book shows (or keeps without its figure) or named by a finding. Anything
 * else is a fault in perfbook, and is reported as {@code unaccounted-input} rather than lost quietly.
 */
final class Accounting {

    private Accounting() {
    }

    /** Findings for what the checks neither used nor reported; none when all is accounted for. */
    static List<Finding> unaccounted(Collection<ReturnFile> files, Collection<ReturnFile> used,
            Collection<Observation> observations, Collection<Observation> withheld, Collection<Finding> findings) {
        return unaccounted(files, used, observations, withheld, List.of(), findings);
    }

    /**
     * @param notAvailable rows the service said have no figure: in the book as "not available" with the
     *                     reason, so their n/a cells and commentary are accounted for
     */
    static List<Finding> unaccounted(Collection<ReturnFile> files, Collection<ReturnFile> used,
            Collection<Observation> observations, Collection<Observation> withheld,
            Collection<Observation> notAvailable, Collection<Finding> findings) {
        Map<String, List<Finding>> byFile = new HashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.source().file(), k -> new ArrayList<>()).add(f));
        Map<String, List<Observation>> rowsKept = new HashMap<>();
        for (Observation o : observations) {
            rowsKept.computeIfAbsent(rowKey(o.source()), k -> new ArrayList<>()).add(o);
        }
        // a withheld row is in the book without its figure, set aside by an error (perhaps on another row,
        // as when districts do not add up to the total)
        Set<String> rowsWithheld = new HashSet<>();
        for (Observation o : withheld) {
            rowsKept.computeIfAbsent(rowKey(o.source()), k -> new ArrayList<>()).add(o);
            rowsWithheld.add(rowKey(o.source()));
        }
        Set<String> rowsNotAvailable = new HashSet<>();
        for (Observation o : notAvailable) {
            rowsKept.computeIfAbsent(rowKey(o.source()), k -> new ArrayList<>()).add(o);
            rowsNotAvailable.add(rowKey(o.source()));
        }
        List<Finding> out = new ArrayList<>();
        for (ReturnFile f : files) {
            List<Finding> own = byFile.getOrDefault(f.name(), List.of());
            if (!used.contains(f)) {
                // a return that was not used at all must say why
                if (own.isEmpty() && !f.rows().isEmpty()) {
                    out.add(finding(Source.of(f.name()), "none of this return's figures were used, and no reason "
                            + "was given"));
                }
                continue;
            }
            if (own.stream().anyMatch(x -> x.severity() == Finding.Severity.ERROR && x.source().cell().isEmpty())) {
                continue; // the whole return was set aside, and a finding says so
            }
            for (ReturnRow row : f.rows()) {
                out.addAll(row(f, row, own, rowsKept, rowsWithheld, rowsNotAvailable));
            }
            for (ActionRow a : f.actions()) {
                out.addAll(action(a, own));
            }
        }
        return out;
    }

    private static List<Finding> row(ReturnFile f, ReturnRow row, List<Finding> own, Map<String, List<Observation>> kept,
            Set<String> withheld, Set<String> notAvailable) {
        int r = Cell.parse(row.source().cell()).row;
        // a finding on another sheet (the Actions sheet) says nothing about this row
        List<Finding> onRow = own.stream().filter(x -> onSheet(x, row.source().sheet())
                && Cell.range(x.source().cell()).coversRow(r)).toList();
        if (onRow.stream().anyMatch(x -> x.severity() == Finding.Severity.ERROR)) {
            return List.of(); // the row's figure was set aside, and a finding on the row says why
        }
        String key = f.name() + "!" + row.source().sheet() + "!" + r;
        List<Observation> obs = kept.getOrDefault(key, List.of());
        boolean setAside = withheld.contains(key) && own.stream().anyMatch(Finding::isError);
        List<Finding> out = new ArrayList<>();
        // an n/a on a row the book shows as not available is what the book says
        boolean said = notAvailable.contains(key);
        figure(row.numerator(), setAside || obs.stream().anyMatch(o -> o.numerator() != null)
                || said && isNotAvailable(row.numerator()), onRow, out);
        figure(row.denominator(), setAside || obs.stream().anyMatch(o -> o.denominator() != null)
                || said && isNotAvailable(row.denominator()), onRow, out);
        figure(row.value(), setAside || obs.stream().anyMatch(o -> o.value() != null)
                || said && isNotAvailable(row.value()), onRow, out);
        if (!row.commentary().isBlank() && onRow.isEmpty()
                && obs.stream().noneMatch(o -> o.commentary().equals(row.commentary()))) {
            out.add(finding(row.source(), "the commentary on row " + (r + 1) + " (" + row.indicatorId()
                    + ") reached neither the book nor a finding"));
        }
        return out;
    }

    /**
     * Every cell of an action row is in the kept action (its date only when read as one) or named by a
     * finding; a row not used at all is accounted for by a finding on that row of its sheet, saying why.
     */
    private static List<Finding> action(ActionRow a, List<Finding> own) {
        List<Finding> out = new ArrayList<>();
        for (Source cell : a.filled()) {
            Cell at = Cell.parse(cell.cell());
            boolean named = own.stream().anyMatch(x -> x.source().sheet().equals(cell.sheet())
                    && (x.source().cell().isEmpty() || Cell.range(x.source().cell()).covers(at)
                            || a.action() == null && Cell.range(x.source().cell()).coversRow(at.row)));
            boolean kept = a.action() != null && (!cell.equals(a.dateCell()) || a.action().completionDate() != null);
            if (!named && !kept) {
                out.add(finding(cell, "what is typed in " + cell.cell() + " of the " + cell.sheet()
                        + " sheet reached neither a recovery plan nor a finding"));
            }
        }
        return out;
    }

    private static boolean isNotAvailable(CellReading c) {
        return c != null && c.kind() == CellReading.Kind.NOT_AVAILABLE;
    }

    private static boolean onSheet(Finding x, String sheet) {
        return x.source().sheet().isEmpty() || x.source().sheet().equals(sheet);
    }

    private static void figure(CellReading cell, boolean inBook, List<Finding> onRow, List<Finding> out) {
        if (cell == null || cell.kind() == CellReading.Kind.BLANK || inBook) {
            return;
        }
        Cell at = Cell.parse(cell.source().cell());
        if (onRow.stream().anyMatch(x -> Cell.range(x.source().cell()).covers(at))) {
            return;
        }
        out.add(finding(cell.source(), "'" + cell.typed() + "' in " + cell.source().cell()
                + " reached neither the book nor a finding"));
    }

    private static Finding finding(Source at, String what) {
        return Finding.error(at, FindingCode.UNACCOUNTED_INPUT, "perfbook read this return but " + what + ". This is "
                + "a fault in perfbook, not in the return: the figure is not in the book, so check it by hand and "
                + "report it to the BI team with this file.");
    }

    private static String rowKey(Source s) {
        return s.file() + "!" + s.sheet() + "!" + Cell.parse(s.cell()).row;
    }

    /** A zero-based cell; -1 where the reference names none. */
    private record Cell(int row, int column) {
        static Cell parse(String a1) {
            if (a1 == null) {
                return new Cell(-1, -1);
            }
            int i = 0;
            int col = 0;
            while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
                col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
                i++;
            }
            int row = 0;
            int digits = 0;
            while (i < a1.length() && Character.isDigit(a1.charAt(i)) && digits < 9) {
                row = row * 10 + (a1.charAt(i) - '0');
                i++;
                digits++;
            }
            return digits == 0 || col == 0 ? new Cell(-1, -1) : new Cell(row - 1, col - 1);
        }

        static Range range(String ref) {
            String[] parts = Objects.requireNonNullElse(ref, "").split(":", 2);
            Cell a = parse(parts[0]);
            Cell b = parts.length == 2 ? parse(parts[1]) : a;
            return new Range(a, b);
        }
    }

    private record Range(Cell first, Cell last) {
        boolean coversRow(int r) {
            return first.row >= 0 && last.row >= 0 && first.row <= r && r <= last.row;
        }

        boolean covers(Cell c) {
            return coversRow(c.row) && first.column <= c.column && c.column <= last.column;
        }
    }
}
