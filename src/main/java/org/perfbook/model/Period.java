package org.perfbook.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of the UK financial year (April to March): a whole year, a quarter or a month. Immutable.
 *
 * @param year   the calendar year in which the financial year starts (2021 for 2021/22)
 * @param number 0 for a year, 1 to 4 for a quarter, 1 to 12 for a financial month (1 = April, 12 = March)
 */
public record Period(Kind kind, int year, int number) implements Comparable<Period> {

    public enum Kind { YEAR, QUARTER, MONTH }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2999;

    // Explicit names, never the default locale: labels must read the same on every machine.
    private static final String[] SHORT_MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] LONG_MONTHS = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
            "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};

    private static final String USAGE =
            "use a financial year such as 2021/22, a quarter such as 2021/22 Q3 or a month such as 2021-12";

    private static final String FY = "(?:FY ?)?(\\d{4})[/-](\\d{4}|\\d{2})";
    private static final Pattern YEAR_TEXT = Pattern.compile(FY);
    // compiled once: a period is parsed for every row of the history and every return
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile(" ?([/-]) ?");
    private static final Pattern QUARTER_AFTER = Pattern.compile(FY + "[ -]?Q(\\d{1,2})");
    private static final Pattern QUARTER_BEFORE = Pattern.compile("Q(\\d{1,2})[ -]?" + FY);
    private static final Pattern FINANCIAL_MONTH = Pattern.compile(FY + "[ -]?M(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([A-Z]+)\\.?[ -]?(\\d{4})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        String problem = rangeProblem(kind, year, number);
        if (problem != null) {
            throw new IllegalArgumentException(
                    "No " + kind.name().toLowerCase(Locale.ROOT) + " period " + year + " number " + number + ": " + problem);
        }
    }

    public static Period year(int startYear) {
        return new Period(Kind.YEAR, startYear, 0);
    }

    public static Period quarter(int startYear, int quarter) {
        return new Period(Kind.QUARTER, startYear, quarter);
    }

    /** The financial month holding a calendar month: Dec 2021 is M09 of 2021/22. */
    public static Period month(YearMonth calendarMonth) {
        int m = calendarMonth.getMonthValue();
        return m >= 4
                ? new Period(Kind.MONTH, calendarMonth.getYear(), m - 3)
                : new Period(Kind.MONTH, calendarMonth.getYear() - 1, m + 9);
    }

    public static Period parse(String text) {
        Reading r = read(text);
        if (r.period == null) {
            throw new IllegalArgumentException("'" + text + "' is not a period: " + r.problem);
        }
        return r.period;
    }

    public static Optional<Period> tryParse(String text) {
        return Optional.ofNullable(read(text).period);
    }

    public String label() {
        return switch (kind) {
            case YEAR -> yearLabel(year, "/");
            case QUARTER -> yearLabel(year, "/") + " Q" + number;
            case MONTH -> monthLabel(lastMonth());
        };
    }

    /**
     * Safe in file names. Months use the financial form (2021-22-M09), not the ISO 2021-12, because
     * 2011-12 would be both Dec 2011 and the year 2011/12; the financial form never collides.
     */
    public String fileName() {
        return switch (kind) {
            case YEAR -> yearLabel(year, "-");
            case QUARTER -> yearLabel(year, "-") + "-Q" + number;
            case MONTH -> yearLabel(year, "-") + "-M" + twoDigits(number);
        };
    }

    @Override
    public String toString() {
        return label();
    }

    public LocalDate start() {
        return financialMonth(monthsElapsed() - length() + 1).atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public Period previous() {
        return shift(-1);
    }

    public Period next() {
        return shift(1);
    }

    public Period sameLastYear() {
        return new Period(kind, year - 1, number);
    }

    public Period financialYear() {
        return year(year);
    }

    public int monthsElapsed() {
        return switch (kind) {
            case YEAR -> 12;
            case QUARTER -> 3 * number;
            case MONTH -> number;
        };
    }

    public int quartersElapsed() {
        return monthsElapsed() / 3;
    }

    public double fractionOfYearElapsed() {
        return monthsElapsed() / 12.0;
    }

    /** The academic year (September to August) containing {@link #end()}. */
    public String academicYear() {
        YearMonth last = lastMonth();
        int startYear = last.getMonthValue() >= 9 ? last.getYear() : last.getYear() - 1;
        return yearLabel(startYear, "/");
    }

    public int calendarYear() {
        return end().getYear();
    }

    public String rolling12Label() {
        YearMonth last = lastMonth();
        return monthLabel(last.minusMonths(11)) + " to " + monthLabel(last);
    }

    public boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    @Override
    public int compareTo(Period o) {
        int byEnd = end().compareTo(o.end());
        // Kind and end together fix a period, so this agrees with equals.
        return byEnd != 0 ? byEnd : kind.compareTo(o.kind);
    }

    private int length() {
        return switch (kind) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
    }

    private YearMonth lastMonth() {
        return financialMonth(monthsElapsed());
    }

    private YearMonth financialMonth(int n) {
        return YearMonth.of(year, 4).plusMonths(n - 1L);
    }

    private Period shift(int steps) {
        if (kind == Kind.YEAR) {
            return year(year + steps);
        }
        int perYear = kind == Kind.QUARTER ? 4 : 12;
        int index = year * perYear + (number - 1) + steps;
        return new Period(kind, Math.floorDiv(index, perYear), Math.floorMod(index, perYear) + 1);
    }

    private static String yearLabel(int startYear, String separator) {
        return startYear + separator + twoDigits((startYear + 1) % 100);
    }

    /** 0 to 99 as two digits; String.format was most of working out a label, asked for every return and row. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String monthLabel(YearMonth m) {
        return SHORT_MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** Null when the numbers make a period, else why not; shared by the constructor and the parser. */
    private static String rangeProblem(Kind kind, int year, int number) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return "financial years must start between " + MIN_YEAR + " and " + MAX_YEAR;
        }
        return switch (kind) {
            case YEAR -> number == 0 ? null : "a whole year has number 0";
            case QUARTER -> number >= 1 && number <= 4 ? null : "quarters run from Q1 to Q4";
            case MONTH -> number >= 1 && number <= 12 ? null
                    : "financial months run from M01 (April) to M12 (March)";
        };
    }

    /** A parse result without exceptions, so tryParse stays cheap when scanning many cells. */
    private record Reading(Period period, String problem) {
        static Reading of(Kind kind, int year, int number) {
            String problem = rangeProblem(kind, year, number);
            return problem == null ? new Reading(new Period(kind, year, number), null) : new Reading(null, problem);
        }

        static Reading fail(String problem) {
            return new Reading(null, problem);
        }
    }

    private static Reading read(String text) {
        if (text == null) {
            return Reading.fail(USAGE);
        }
        String t = normalise(text);
        Matcher m;
        if ((m = YEAR_TEXT.matcher(t)).matches()) {
            Integer start = startYear(m, 1);
            if (start != null) {
                // Checked before ISO months so that 2011-12 stays the financial year, the usual UK reading.
                return Reading.of(Kind.YEAR, start, 0);
            }
        }
        if ((m = QUARTER_AFTER.matcher(t)).matches()) {
            return financial(Kind.QUARTER, startYear(m, 1), m.group(3));
        }
        if ((m = QUARTER_BEFORE.matcher(t)).matches()) {
            return financial(Kind.QUARTER, startYear(m, 2), m.group(1));
        }
        if ((m = FINANCIAL_MONTH.matcher(t)).matches()) {
            return financial(Kind.MONTH, startYear(m, 1), m.group(3));
        }
        if ((m = ISO_MONTH.matcher(t)).matches()) {
            return calendarMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = NAMED_MONTH.matcher(t)).matches()) {
            int month = monthNumber(m.group(1));
            if (month > 0) {
                return calendarMonth(Integer.parseInt(m.group(2)), month);
            }
        }
        return Reading.fail(USAGE);
    }

    private static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ")
                .strip()
                // Word and Excel turn 2021-22 into 2021–22 by themselves.
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .transform(t -> SPACED_SEPARATOR.matcher(t).replaceAll("$1"))
                // ROOT, not the default: in a Turkish locale "april" would upper-case to "APRİL".
                .toUpperCase(Locale.ROOT);
    }

    /** The first year when the second one follows it (2021/22, 2021-2022, 1999/00), else null. */
    private static Integer startYear(Matcher fy, int firstGroup) {
        int first = Integer.parseInt(fy.group(firstGroup));
        String second = fy.group(firstGroup + 1);
        int expected = second.length() == 2 ? (first + 1) % 100 : first + 1;
        return Integer.parseInt(second) == expected ? first : null;
    }

    private static Reading financial(Kind kind, Integer startYear, String number) {
        return startYear == null ? Reading.fail(USAGE) : Reading.of(kind, startYear, Integer.parseInt(number));
    }

    private static Reading calendarMonth(int calendarYear, int month) {
        if (month < 1 || month > 12) {
            return Reading.fail(USAGE);
        }
        return month >= 4
                ? Reading.of(Kind.MONTH, calendarYear, month - 3)
                : Reading.of(Kind.MONTH, calendarYear - 1, month + 9);
    }

    private static int monthNumber(String name) {
        for (int i = 0; i < 12; i++) {
            if (name.equals(LONG_MONTHS[i]) || name.equals(SHORT_MONTHS[i].toUpperCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return name.equals("SEPT") ? 9 : 0;
    }
}
