package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.returns.HistoryReader;
import org.perfbook.returns.ObservationKey;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.returns.ReturnsFolder;

/**
 * The figures before a period, from the history workbook and the previous period's returns: what a
 * template shows as "Last period" and what the unusual-change check compares with.
 */
public final class EarlierFigures {

    private EarlierFigures() {
    }

    /**
     * Every earlier figure, keyed by indicator, period and breakdown: the history, then the returns of
     * the previous period and of the year's earlier periods (for the year to date so far), oldest first.
     */
    public static Map<ObservationKey, Double> before(Catalogue catalogue, InputsFolder folder, Period current) {
        Map<ObservationKey, Double> earlier = new HashMap<>(
                ReturnValidator.index(HistoryReader.read(folder.history(), catalogue).observations()));
        for (Period p : returnsBefore(current)) {
            Path dir = folder.returnsFor(p);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                var prior = ReturnsReading.readAll(ReturnsFolder.find(List.of(dir)).files(), 2, Progress.NONE);
                earlier.putAll(ReturnValidator.index(new ReturnValidator(catalogue, p, earlier).check(prior).observations()));
            } catch (IOException e) {
                // earlier figures only add context and warnings; without them the check is simply not made
            }
        }
        return earlier;
    }

    /** The previous period and the year's periods before {@code current}, oldest first. */
    static List<Period> returnsBefore(Period current) {
        if (current.kind() == Period.Kind.YEAR) {
            return List.of(current.previous());
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = current.previous(); p.kind() != Period.Kind.YEAR; p = p.previous()) {
            periods.add(0, p);
            if (!p.previous().financialYear().equals(current.financialYear())) {
                break;
            }
        }
        return periods;
    }

    /** Each indicator's whole-authority figure for the period before the one its template collects. */
    public static Map<String, Double> lastValues(Catalogue catalogue, InputsFolder folder, Period period) {
        return lastValues(catalogue, before(catalogue, folder, period), period);
    }

    /** As {@link #lastValues(Catalogue, InputsFolder, Period)}, from figures already gathered by {@link #before}. */
    public static Map<String, Double> lastValues(Catalogue catalogue, Map<ObservationKey, Double> earlier, Period period) {
        Map<String, Double> last = new HashMap<>();
        for (Indicator ind : catalogue.indicators()) {
            // a monthly indicator's first row follows the month before the quarter
            Period previous = Catalogue.rowPeriods(ind, period).get(0).previous();
            Double v = earlier.get(new ObservationKey(ind.id(), previous, ""));
            if (v != null) {
                last.put(ind.id(), v);
            }
        }
        return last;
    }

    /**
     * Each cumulative indicator's year to date before {@code period}: the whole-authority total of the
     * year's earlier periods, where every one of them is known. None in the year's first period.
     */
    public static Map<String, Double> yearSoFar(Catalogue catalogue, Map<ObservationKey, Double> earlier, Period period) {
        Map<String, Double> soFar = new HashMap<>();
        if (period.kind() == Period.Kind.YEAR) {
            return soFar;
        }
        for (Indicator ind : catalogue.indicators()) {
            if (!ind.cumulative() || !Catalogue.observationPeriod(ind, period).equals(period)) {
                continue;
            }
            Double sum = 0.0;
            int periods = 0;
            for (Period p = period.previous(); p.financialYear().equals(period.financialYear()); p = p.previous()) {
                Double v = earlier.get(new ObservationKey(ind.id(), p, ""));
                sum = v == null || sum == null ? null : sum + v;
                periods++;
            }
            if (periods > 0 && sum != null) {
                soFar.put(ind.id(), sum);
            }
        }
        return soFar;
    }
}
