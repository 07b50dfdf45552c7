package org.perfbook.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfbook.model.Confidence;
import org.perfbook.model.Direction;
import org.perfbook.model.Period;
import org.perfbook.model.RiskEntry;
import org.perfbook.model.RiskKind;

/**
 * The corporate register for a quarter, derived from every quarter's directorate entries: which entries
 * are on it, each one's direction of travel from last quarter's score, its score and confidence history,
 * and what changed since last quarter. Worked out from the scores, never from what the entries say of
 * themselves.
 *
 * @param lines   the entries on the register: risks, then opportunities, each in ID order
 * @param changes additions, removals, score and confidence changes, in that order; none when there are no
 *                registers of last quarter to compare with
 * @param compared whether last quarter's registers were there to compare with
 */
public record RiskProfile(Period period, int threshold, List<Line> lines, List<Change> changes, boolean compared) {

    /** The seeds' rule: an entry stays on the corporate register while its score is 12 or more. */
    public static final int DEFAULT_THRESHOLD = 12;

    /** One quarter of an entry's history. */
    public record Point(Period period, Integer score, Confidence confidence) {
    }

    /**
     * @param lastScore last quarter's score, or null when it was on no register then
     * @param history   the entry's score and confidence in each quarter of the financial year up to this one
     */
    public record Line(RiskEntry entry, Integer lastScore, Direction direction, List<Point> history) {

        /** This financial year's quarter {@code q} (1 to 4): its confidence, or null. */
        public Confidence confidenceIn(int q) {
            return history.stream().filter(p -> p.period().number() == q).map(Point::confidence)
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
    }

    public enum ChangeKind { ADDED, REMOVED, SCORE, CONFIDENCE }

    /** One change since last quarter, worded as the cover report words it. */
    public record Change(ChangeKind kind, String id, String text) {
    }

    /**
     * Whether an open entry belongs on the corporate register: a risk while its current score is at the
     * threshold or above; an opportunity while the score it aims for is (the seeds keep CO2, scored 6 now
     * and 16 as its target, on the register).
     */
    public static boolean included(RiskEntry e, int threshold) {
        if (e.closed() || e.current() == null) {
            return false;
        }
        if (e.kind() == RiskKind.RISK) {
            return e.current().score() >= threshold;
        }
        return e.target() != null ? e.target().score() >= threshold : e.current().score() >= threshold;
    }

    /** A risk whose score goes down is improving; an opportunity whose score goes up is. */
    public static Direction direction(RiskKind kind, Integer last, Integer now) {
        if (last == null || now == null) {
            return Direction.NOT_AVAILABLE;
        }
        if (last.equals(now)) {
            return Direction.NO_CHANGE;
        }
        boolean down = now < last;
        return down == (kind == RiskKind.RISK) ? Direction.IMPROVING : Direction.WORSENING;
    }

    /**
     * @param quarters every quarter's usable entries (from every directorate), any order; the one for
     *                 {@code period} must be there
     */
    public static RiskProfile of(Period period, Map<Period, List<RiskEntry>> quarters, int threshold) {
        List<RiskEntry> now = quarters.getOrDefault(period, List.of());
        List<RiskEntry> before = quarters.getOrDefault(period.previous(), List.of());
        Map<String, RiskEntry> last = byKey(before);
        Map<String, RiskEntry> current = byKey(now);

        List<Line> lines = new ArrayList<>();
        for (RiskEntry e : now) {
            if (!included(e, threshold)) {
                continue;
            }
            RiskEntry l = last.get(e.key());
            Integer lastScore = l == null || l.current() == null ? null : l.current().score();
            lines.add(new Line(e, lastScore, direction(e.kind(), lastScore, e.current().score()),
                    history(e.key(), period, quarters)));
        }
        lines.sort(Comparator.comparing((Line x) -> x.entry().kind()).thenComparing(x -> x.entry().id(), RiskProfile::byId));

        List<Change> changes = new ArrayList<>();
        Map<String, RiskEntry> onLast = new LinkedHashMap<>();
        before.stream().filter(e -> included(e, threshold)).forEach(e -> onLast.put(e.key(), e));
        for (Line line : lines) {
            RiskEntry e = line.entry();
            if (!onLast.containsKey(e.key())) {
                changes.add(new Change(ChangeKind.ADDED, e.id(), "Addition of the " + noun(e) + " " + e.id() + " "
                        + e.title() + ", scored " + e.current().score() + (last.containsKey(e.key())
                        ? " (it was below the register's threshold of " + threshold + " last quarter)." : ".")));
            }
        }
        onLast.values().stream().sorted(Comparator.comparing(RiskEntry::id, RiskProfile::byId)).forEach(l -> {
            if (lines.stream().anyMatch(x -> x.entry().key().equals(l.key()))) {
                return;
            }
            RiskEntry n = current.get(l.key());
            String why = n == null ? "it is on no directorate register this quarter"
                    : n.closed() ? "closed this quarter" + (n.progress().isEmpty() ? "" : ". " + firstSentence(n.progress()))
                    : n.current() == null ? "its score could not be read this quarter (see the findings)"
                    : "its score is now " + n.current().score() + ", below the register's threshold of " + threshold;
            changes.add(new Change(ChangeKind.REMOVED, l.id(), "Removal of the " + noun(l) + " relating to "
                    + l.title() + " (" + l.id() + "): " + why + (why.endsWith(".") ? "" : ".")));
        });
        for (Line line : lines) {
            RiskEntry e = line.entry();
            if (onLast.containsKey(e.key()) && line.lastScore() != null && !line.lastScore().equals(e.current().score())) {
                changes.add(new Change(ChangeKind.SCORE, e.id(), e.id() + " " + e.title() + ": the " + noun(e)
                        + " score has changed from " + line.lastScore() + " to " + e.current().score() + " ("
                        + line.direction().label().toLowerCase(Locale.ROOT) + ")."));
            }
        }
        for (Line line : lines) {
            RiskEntry e = line.entry();
            RiskEntry l = last.get(e.key());
            if (l != null && l.confidence() != null && e.confidence() != null && l.confidence() != e.confidence()) {
                changes.add(new Change(ChangeKind.CONFIDENCE, e.id(), e.id() + " " + e.title() + ": the " + noun(e)
                        + " confidence RAG rating has changed from " + l.confidence().label().toLowerCase(Locale.ROOT)
                        + " to " + e.confidence().label().toLowerCase(Locale.ROOT) + "."));
            }
        }
        boolean compared = quarters.containsKey(period.previous());
        // without last quarter's registers every entry would read as an addition
        return new RiskProfile(period, threshold, List.copyOf(lines), compared ? List.copyOf(changes) : List.of(), compared);
    }

    private static String noun(RiskEntry e) {
        return e.kind() == RiskKind.RISK ? "risk" : "opportunity";
    }

    private static String firstSentence(String s) {
        String one = s.strip().split("\\R", 2)[0];
        int dot = one.indexOf(". ");
        return dot > 0 ? one.substring(0, dot + 1) : one;
    }

    private static List<Point> history(String key, Period period, Map<Period, List<RiskEntry>> quarters) {
        List<Point> out = new ArrayList<>();
        for (Period q = Period.quarter(period.year(), 1); q.compareTo(period) <= 0; q = q.next()) {
            RiskEntry e = byKey(quarters.getOrDefault(q, List.of())).get(key);
            if (e != null) {
                out.add(new Point(q, e.current() == null ? null : e.current().score(), e.confidence()));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, RiskEntry> byKey(List<RiskEntry> entries) {
        Map<String, RiskEntry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.putIfAbsent(e.key(), e));
        return m;
    }

    private static final Pattern TAIL_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    /** CORP2 before CORP10: the letters, then the number. */
    static int byId(String a, String b) {
        Matcher ma = TAIL_NUMBER.matcher(RiskEntry.key(a));
        Matcher mb = TAIL_NUMBER.matcher(RiskEntry.key(b));
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
            return Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
        }
        return RiskEntry.key(a).compareTo(RiskEntry.key(b));
    }
}
