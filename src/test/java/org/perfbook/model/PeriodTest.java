package org.perfbook.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfbook.model.Period.Kind;

class PeriodTest {

    private static final Period FY_2021 = Period.year(2021);
    private static final Period Q3_2021 = Period.quarter(2021, 3);
    private static final Period DEC_2021 = Period.month(YearMonth.of(2021, 12));

    /** Every period whose financial year starts in [from, to]. */
    private static List<Period> allPeriods(int from, int to) {
        List<Period> all = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            all.add(Period.year(y));
            for (int q = 1; q <= 4; q++) {
                all.add(Period.quarter(y, q));
            }
            for (int m = 1; m <= 12; m++) {
                all.add(new Period(Kind.MONTH, y, m));
            }
        }
        return all;
    }

    // ---- parsing ----

    @ParameterizedTest
    @ValueSource(strings = {"2021/22", "2021-22", "2021/2022", "2021-2022", "FY2021/22", "FY 2021/22",
            "fy2021-22", "  2021/22  ", "\u00A02021/22\u00A0", "2021 / 22", "2021\u201322"})
    void parsesEverySpellingOfAFinancialYear(String text) {
        assertEquals(FY_2021, Period.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999/00", "1999-00", "1999/2000", "FY1999-2000"})
    void acceptsAYearThatCrossesTheCentury(String text) {
        assertEquals(Period.year(1999), Period.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021/22 Q3", "2021-22-Q3", "2021-22 Q3", "2021/22Q3", "Q3 2021/22", "Q3 2021-22",
            "q3 2021/22", "2021/22   q3", "2021/22\u00A0Q3", "FY 2021/22 Q3", "2021/2022 Q3", "2021/22 Q03"})
    void parsesEverySpellingOfAQuarter(String text) {
        assertEquals(Q3_2021, Period.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021/22 M09", "2021-22-M09", "2021/22M9", "2021-12", "Dec 2021", "December 2021",
            "dec 2021", "DECEMBER   2021", " Dec\u00A02021 "})
    void parsesEverySpellingOfAMonth(String text) {
        assertEquals(DEC_2021, Period.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
            "Apr 2021,  2021, 1",
            "Sept 2021, 2021, 6",
            "Jan 2022,  2021, 10",
            "2022-03,   2021, 12",
            "2021-04,   2021, 1",
            "March 2022, 2021, 12"})
    void calendarMonthsLandInTheRightFinancialYear(String text, int startYear, int number) {
        assertEquals(new Period(Kind.MONTH, startYear, number), Period.parse(text));
    }

    @Test
    void aYearMonthThatIsAlsoAFinancialYearReadsAsTheYear() {
        // 2011-12 is both Dec 2011 (ISO) and 2011/12; UK returns mean the year.
        assertEquals(Period.year(2011), Period.parse("2011-12"));
        assertEquals(Period.year(2000), Period.parse("2000-01"));
        assertEquals(new Period(Kind.MONTH, 2011, 9), Period.parse("Dec 2011"));
        assertEquals(new Period(Kind.MONTH, 2021, 9), Period.parse("2021-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021/23", "2021/22 Q5", "2021-13", "Q0 2021/22", "2021/22 M13", "2021/22 M00",
            "hello", "Decembre 2021", "2021/21", "2021-2023", "1899/00", "3000/01", "2021", "Q3", "2021-00",
            "Jan 1900"})
    void rejectsTextThatIsNotAPeriodAndNamesIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertEquals(Optional.empty(), Period.tryParse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\t\n"})
    void rejectsBlankText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is not a period"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "hello", "2021/23"})
    void tryParseIsEmptyForNullBlankAndNonsense(String text) {
        assertEquals(Optional.empty(), Period.tryParse(text));
    }

    @Test
    void parseOfNullThrowsIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }

    @Test
    void theMessageSaysWhatToWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse("2021/23"));
        assertEquals("'2021/23' is not a period: use a financial year such as 2021/22, a quarter such as "
                + "2021/22 Q3 or a month such as 2021-12", e.getMessage());
        IllegalArgumentException q5 = assertThrows(IllegalArgumentException.class, () -> Period.parse("2021/22 Q5"));
        assertTrue(q5.getMessage().contains("Q1 to Q4"), q5.getMessage());
    }

    @Test
    void tryParseFindsAValidPeriod() {
        assertEquals(Optional.of(Q3_2021), Period.tryParse(" 2021-22-Q3 "));
    }

    @Test
    void everyPeriodRoundTripsThroughItsLabelAndFileName() {
        List<Period> all = allPeriods(1900, 2999);
        assertEquals(1100 * 17, all.size());
        for (Period p : all) {
            assertEquals(p, Period.parse(p.label()), () -> "label " + p.label());
            assertEquals(p, Period.parse(p.fileName()), () -> "fileName " + p.fileName());
            assertEquals(p, Period.parse(p.label().toLowerCase(Locale.ROOT)), () -> "lower-case " + p.label());
            assertEquals(Optional.of(p), Period.tryParse(p.toString()));
        }
    }

    @Test
    void fileNamesAreSafeAndDistinct() {
        List<Period> all = allPeriods(1900, 2999);
        long distinct = all.stream().map(Period::fileName).distinct().count();
        assertEquals(all.size(), distinct);
        for (Period p : all) {
            assertTrue(p.fileName().matches("[0-9A-Z-]+"), p.fileName());
        }
    }

    @Test
    void monthNamesIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : List.of(Locale.forLanguageTag("tr-TR"), Locale.FRANCE, Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(l);
                assertEquals("Apr 2021", Period.month(YearMonth.of(2021, 4)).label(), l.toString());
                assertEquals(new Period(Kind.MONTH, 2021, 1), Period.parse("april 2021"), l.toString());
                assertEquals("2021-22-M09", DEC_2021.fileName(), l.toString());
                assertEquals("2021/22 Q3", Q3_2021.label(), l.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    // ---- construction ----

    @Test
    void factoriesMakeTheDocumentedFields() {
        assertEquals(new Period(Kind.YEAR, 2021, 0), FY_2021);
        assertEquals(new Period(Kind.QUARTER, 2021, 3), Q3_2021);
        assertEquals(new Period(Kind.MONTH, 2021, 9), DEC_2021);
        Period march = Period.month(YearMonth.of(2022, 3));
        assertEquals(new Period(Kind.MONTH, 2021, 12), march);
        assertEquals("Mar 2022", march.label());
        assertEquals(new Period(Kind.MONTH, 2021, 1), Period.month(YearMonth.of(2021, 4)));
    }

    @ParameterizedTest
    @CsvSource({
            "YEAR,    2021, 1",
            "YEAR,    2021, -1",
            "QUARTER, 2021, 0",
            "QUARTER, 2021, 5",
            "MONTH,   2021, 0",
            "MONTH,   2021, 13",
            "YEAR,    1899, 0",
            "YEAR,    3000, 0",
            "MONTH,   3000, 1"})
    void constructorRejectsNumbersOutOfRange(Kind kind, int year, int number) {
        assertThrows(IllegalArgumentException.class, () -> new Period(kind, year, number));
    }

    @Test
    void yearsAtTheEdgesOfTheRangeAreAllowed() {
        assertEquals("1900/01", Period.year(1900).label());
        assertEquals("2999/00", Period.year(2999).label());
        assertEquals(LocalDate.of(3000, 3, 31), Period.quarter(2999, 4).end());
        assertThrows(IllegalArgumentException.class, () -> Period.year(2999).next());
        assertThrows(IllegalArgumentException.class, () -> Period.month(YearMonth.of(1900, 3)));
    }

    // ---- labels and dates ----

    @ParameterizedTest
    @CsvSource({
            "YEAR,    2021, 0,  2021/22,    2021-22,     2021-04-01, 2022-03-31",
            "YEAR,    1999, 0,  1999/00,    1999-00,     1999-04-01, 2000-03-31",
            "QUARTER, 2021, 1,  2021/22 Q1, 2021-22-Q1,  2021-04-01, 2021-06-30",
            "QUARTER, 2021, 2,  2021/22 Q2, 2021-22-Q2,  2021-07-01, 2021-09-30",
            "QUARTER, 2021, 3,  2021/22 Q3, 2021-22-Q3,  2021-10-01, 2021-12-31",
            "QUARTER, 2021, 4,  2021/22 Q4, 2021-22-Q4,  2022-01-01, 2022-03-31",
            "MONTH,   2021, 1,  Apr 2021,   2021-22-M01, 2021-04-01, 2021-04-30",
            "MONTH,   2021, 9,  Dec 2021,   2021-22-M09, 2021-12-01, 2021-12-31",
            "MONTH,   2021, 10, Jan 2022,   2021-22-M10, 2022-01-01, 2022-01-31",
            "MONTH,   2023, 11, Feb 2024,   2023-24-M11, 2024-02-01, 2024-02-29",
            "MONTH,   2021, 11, Feb 2022,   2021-22-M11, 2022-02-01, 2022-02-28",
            "MONTH,   2021, 12, Mar 2022,   2021-22-M12, 2022-03-01, 2022-03-31"})
    void labelsFileNamesAndDates(Kind kind, int year, int number, String label, String fileName,
                                 LocalDate start, LocalDate end) {
        Period p = new Period(kind, year, number);
        assertAll(
                () -> assertEquals(label, p.label()),
                () -> assertEquals(label, p.toString()),
                () -> assertEquals(fileName, p.fileName()),
                () -> assertEquals(start, p.start()),
                () -> assertEquals(end, p.end()));
    }

    @Test
    void parsedQuarterHasTheRightDates() {
        Period p = Period.parse("2021-22-Q3");
        assertEquals(Period.quarter(2021, 3), p);
        assertEquals(LocalDate.of(2021, 10, 1), p.start());
        assertEquals(LocalDate.of(2021, 12, 31), p.end());
    }

    @Test
    void periodsOfAYearTileItWithoutGapsOrOverlaps() {
        for (Period p : allPeriods(1990, 2040)) {
            assertEquals(p.end().plusDays(1), p.next().start(), p::label);
            assertTrue(p.start().isBefore(p.end()) || p.start().equals(p.end()));
        }
    }

    // ---- navigation ----

    @ParameterizedTest
    @CsvSource({
            "2021/22 Q1, 2020/21 Q4, 2021/22 Q2",
            "2021/22 Q4, 2021/22 Q3, 2022/23 Q1",
            "Apr 2021,   Mar 2021,   May 2021",
            "Mar 2022,   Feb 2022,   Apr 2022",
            "Dec 2021,   Nov 2021,   Jan 2022",
            "2021/22,    2020/21,    2022/23",
            "2000/01,    1999/00,    2001/02"})
    void previousAndNext(String period, String previous, String next) {
        Period p = Period.parse(period);
        assertEquals(Period.parse(previous), p.previous());
        assertEquals(Period.parse(next), p.next());
    }

    @Test
    void previousAndNextAreInversesAndKeepTheKind() {
        for (Period p : allPeriods(1901, 2998)) {
            assertEquals(p, p.next().previous(), p::label);
            assertEquals(p, p.previous().next(), p::label);
            assertEquals(p.kind(), p.next().kind());
            assertTrue(p.compareTo(p.next()) < 0, p::label);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "2021/22 Q3, 2020/21 Q3",
            "2021/22,    2020/21",
            "Mar 2022,   Mar 2021",
            "Apr 2021,   Apr 2020",
            "2000/01 Q1, 1999/00 Q1"})
    void sameLastYear(String period, String lastYear) {
        assertEquals(Period.parse(lastYear), Period.parse(period).sameLastYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021/22", "2021/22 Q1", "2021/22 Q4", "Apr 2021", "Dec 2021", "Mar 2022"})
    void financialYearOfEachPeriodIn2021To22(String period) {
        assertEquals(FY_2021, Period.parse(period).financialYear());
    }

    // ---- how far through the year ----

    @ParameterizedTest
    @CsvSource({
            "2021/22,    12, 4, 1.0",
            "2021/22 Q1,  3, 1, 0.25",
            "2021/22 Q2,  6, 2, 0.5",
            "2021/22 Q3,  9, 3, 0.75",
            "2021/22 Q4, 12, 4, 1.0",
            "Apr 2021,    1, 0, 0.0833333333333333",
            "May 2021,    2, 0, 0.1666666666666667",
            "Jun 2021,    3, 1, 0.25",
            "Dec 2021,    9, 3, 0.75",
            "Feb 2022,   11, 3, 0.9166666666666667",
            "Mar 2022,   12, 4, 1.0"})
    void elapsed(String period, int months, int quarters, double fraction) {
        Period p = Period.parse(period);
        assertEquals(months, p.monthsElapsed());
        assertEquals(quarters, p.quartersElapsed());
        assertEquals(fraction, p.fractionOfYearElapsed(), 1e-12);
    }

    // ---- other calendars ----

    @ParameterizedTest
    @CsvSource({
            "2021/22 Q1, 2020/21",
            "2021/22 Q2, 2021/22",
            "2021/22 Q3, 2021/22",
            "2021/22 Q4, 2021/22",
            "2021/22,    2021/22",
            "Aug 2021,   2020/21",
            "Sep 2021,   2021/22",
            "Jul 2022,   2021/22",
            "1999/00 Q3, 1999/00",
            "1999/00 Q1, 1998/99"})
    void academicYearContainsTheEnd(String period, String academicYear) {
        assertEquals(academicYear, Period.parse(period).academicYear());
    }

    @ParameterizedTest
    @CsvSource({
            "2021/22 Q1, 2021",
            "2021/22 Q3, 2021",
            "2021/22 Q4, 2022",
            "2021/22,    2022",
            "Dec 2021,   2021",
            "Jan 2022,   2022"})
    void calendarYearOfTheEnd(String period, int year) {
        assertEquals(year, Period.parse(period).calendarYear());
    }

    @Test
    void lastQuarterEndsInMarchOfTheNextCalendarYear() {
        Period q4 = Period.quarter(2021, 4);
        assertEquals(LocalDate.of(2022, 3, 31), q4.end());
        assertEquals(2022, q4.calendarYear());
    }

    @ParameterizedTest
    @CsvSource({
            "2021/22 Q3, Jan 2021 to Dec 2021",
            "2021/22,    Apr 2021 to Mar 2022",
            "2021/22 Q4, Apr 2021 to Mar 2022",
            "2021/22 Q1, Jul 2020 to Jun 2021",
            "Feb 2022,   Mar 2021 to Feb 2022",
            "Dec 2021,   Jan 2021 to Dec 2021"})
    void rolling12Label(String period, String label) {
        assertEquals(label, Period.parse(period).rolling12Label());
    }

    // ---- containment and order ----

    @Test
    void aYearContainsItsQuartersAndMonthsAndNothingElse() {
        for (Period p : allPeriods(2019, 2023)) {
            assertEquals(p.year() == 2021, FY_2021.contains(p), p::label);
        }
    }

    @Test
    void aQuarterContainsItsMonthsAndItself() {
        List<Period> inside = allPeriods(2019, 2023).stream().filter(Q3_2021::contains).toList();
        assertEquals(List.of(Q3_2021, new Period(Kind.MONTH, 2021, 7), new Period(Kind.MONTH, 2021, 8),
                new Period(Kind.MONTH, 2021, 9)), inside);
    }

    @Test
    void smallerPeriodsDoNotContainLargerOnes() {
        assertFalse(DEC_2021.contains(Q3_2021));
        assertFalse(Q3_2021.contains(FY_2021));
        assertFalse(Q3_2021.contains(Period.parse("Mar 2022")));
        assertFalse(FY_2021.contains(Period.quarter(2022, 1)));
        assertFalse(FY_2021.contains(Period.parse("Mar 2021")));
    }

    @Test
    void everyPeriodContainsItself() {
        for (Period p : allPeriods(1900, 2999)) {
            assertTrue(p.contains(p), p::label);
        }
    }

    @Test
    void sortingGivesChronologicalOrderWithLongerPeriodsFirstAtTheSameEnd() {
        List<Period> expected = Stream.of(
                "Feb 2021", "2020/21", "2020/21 Q4", "Mar 2021",
                "Apr 2021", "May 2021", "2021/22 Q1", "Jun 2021",
                "2021/22 Q2", "2021/22 Q3", "Dec 2021",
                "Jan 2022", "2021/22", "2021/22 Q4", "Mar 2022",
                "2022/23 Q1").map(Period::parse).toList();
        Random random = new Random(20220331L);
        for (int i = 0; i < 20; i++) {
            List<Period> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);
            Collections.sort(shuffled);
            assertEquals(expected, shuffled);
        }
    }

    @Test
    void orderAgreesWithEqualsAndIsAntisymmetric() {
        List<Period> all = allPeriods(2019, 2022);
        for (Period a : all) {
            for (Period b : all) {
                int ab = a.compareTo(b);
                assertEquals(a.equals(b), ab == 0, () -> a + " vs " + b);
                assertEquals(Integer.signum(ab), -Integer.signum(b.compareTo(a)), () -> a + " vs " + b);
            }
        }
    }

    @Test
    void yearsSortByStartYear() {
        List<Period> years = IntStream.rangeClosed(1990, 2030).mapToObj(Period::year).toList();
        List<Period> shuffled = new ArrayList<>(years);
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertEquals(years, shuffled);
    }
}
