package org.perfbook.sample;

import org.perfbook.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.calc.Estimate;
import org.perfbook.model.Catalogue;
import org.perfbook.catalogue.CatalogueWriter;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Numbers;
import org.perfbook.model.Period;
import org.perfbook.returns.HistoryReader;
import org.perfbook.template.TemplateLayout;
import org.perfbook.template.TemplateWriter;
import org.perfbook.pipeline.InputsFolder;
import org.perfbook.pipeline.Parallel;
import org.perfbook.pipeline.Progress;

/** Writes a data set as the BI team's inputs: catalogue, history workbook and filled-in returns. */
public final class SampleWriter {

    /** What was written, for the command's summary line. */
    public record Summary(int indicators, int historyRows, int returns, Period first, Period last) {
    }

    private record SampleReturn(String service, Period quarter, Path dir, List<SampleData.Figure> typed,
            List<SampleData.Action> actions) {
    }

    private SampleWriter() {
    }

    /**
     * Figures before {@code first} go to the history workbook; each quarter from {@code first} to
     * {@code last} gets one filled-in return per service. Annual figures are returned in the
     * year's fourth quarter.
     */
    public static Summary write(SampleData data, InputsFolder folder, Period first, Period last, int threads,
            Progress progress) throws IOException {
        Catalogue catalogue = data.catalogue();
        Files.createDirectories(folder.root());
        CatalogueWriter.write(catalogue, folder.catalogue());
        List<SampleData.Figure> history = data.figures().stream().filter(f -> f.period().end().isBefore(first.start()))
                .toList();
        writeHistory(catalogue, history, folder.history());
        List<SampleReturn> jobs = new ArrayList<>();
        for (Period q = first; q.compareTo(last) <= 0; q = q.next()) {
            Path dir = folder.returnsFor(q);
            Files.createDirectories(dir);
            Period quarter = q;
            for (String service : catalogue.services()) {
                if (catalogue.indicatorsDue(service, quarter).isEmpty()) {
                    continue;
                }
                List<SampleData.Figure> due = data.figures().stream()
                        .filter(f -> catalogue.indicator(f.indicatorId()).map(i -> i.service().equals(service)).orElse(false))
                        .filter(f -> f.period().equals(quarter) || quarter.number() == 4 && f.period().equals(quarter.financialYear())
                                && catalogue.indicator(f.indicatorId()).orElseThrow().frequency() == Frequency.ANNUAL
                                || f.period().kind() == Period.Kind.MONTH && quarter.contains(f.period()))
                        // a monthly figure's row names its month in the Breakdown column
                        .map(f -> f.period().kind() == Period.Kind.MONTH ? new SampleData.Figure(f.indicatorId(),
                                f.period(), f.period().label(), f.numerator(), f.denominator(), f.value(), f.commentary()) : f)
                        .toList();
                List<SampleData.Figure> typed = new ArrayList<>(due);
                // what a service types for an indicator it did not yet collect: n/a and a reason
                for (Indicator ind : catalogue.indicatorsDue(service, quarter)) {
                    if (Catalogue.isMonthlyRows(ind, quarter)) {
                        for (Period month : Catalogue.rowPeriods(ind, quarter)) {
                            if (due.stream().noneMatch(f -> f.indicatorId().equals(ind.id()) && f.period().equals(month))) {
                                typed.add(new SampleData.Figure(ind.id(), month, month.label(), "", "", "n/a",
                                        "Not collected for this month: the measure started later."));
                            }
                        }
                        continue;
                    }
                    if (due.stream().noneMatch(f -> f.indicatorId().equals(ind.id()) && f.breakdown().isEmpty())) {
                        typed.add(new SampleData.Figure(ind.id(), quarter, "", "", "", "n/a",
                                "Not collected for this period: the measure started later."));
                    }
                }
                List<SampleData.Action> actions = data.actions().stream().filter(a -> a.period().equals(quarter))
                        .filter(a -> catalogue.indicator(a.indicatorId()).map(i -> i.service().equals(service)).orElse(false))
                        .toList();
                jobs.add(new SampleReturn(service, quarter, dir, typed, actions));
            }
        }
        // templates are independent files, so they are written on several threads
        Parallel.map(jobs, threads, progress, job -> {
            Path template = TemplateWriter.write(catalogue, job.service(), job.quarter(), job.dir(), Map.of());
            ReturnFiller.fill(template, job.typed(), job.actions(), "Performance officer, " + job.service(),
                    savedBefore(job));
            return template;
        });
        int returns = jobs.size();
        return new Summary(catalogue.indicators().size(), history.size(), returns, first, last);
    }

    /** Services send their returns in the days before the due date; a different day for each. */
    private static Instant savedBefore(SampleReturn job) {
        int daysEarly = 1 + Math.floorMod(job.service().hashCode(), 5);
        return TemplateLayout.dueDate(job.quarter()).minusDays(daysEarly).atTime(11, 30)
                .atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private static void writeHistory(Catalogue catalogue, List<SampleData.Figure> figures, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(HistoryReader.SHEET);
            var bold = wb.createFont();
            bold.setBold(true);
            var head = wb.createCellStyle();
            head.setFont(bold);
            Row h = sheet.createRow(0);
            for (int i = 0; i < HistoryReader.HEADINGS.size(); i++) {
                h.createCell(i).setCellValue(HistoryReader.HEADINGS.get(i));
                h.getCell(i).setCellStyle(head);
            }
            int r = 1;
            for (SampleData.Figure f : figures) {
                Indicator ind = catalogue.indicator(f.indicatorId()).orElseThrow();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(ind.id());
                row.createCell(1).setCellValue(f.period().label());
                row.createCell(2).setCellValue(f.breakdown());
                Double value = historyValue(catalogue, ind, f);
                if (value != null) {
                    row.createCell(3).setCellValue(value);
                }
                setNumber(row, 4, f.numerator());
                setNumber(row, 5, f.denominator());
                row.createCell(6).setCellValue(f.commentary());
            }
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(6, 60 * 256);
            sheet.createFreezePane(0, 1);
            SafeFiles.write(file, wb::write);
        }
    }

    /**
     * The inputs in {@code folder} that writing a data set there would replace: the catalogue, the
     * history workbook and a returns folder that holds anything. Real inputs look the same as a
     * sample's, so any of them counts.
     */
    public static List<Path> inputsIn(InputsFolder folder) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path p : List.of(folder.catalogue(), folder.history())) {
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        if (Files.isDirectory(folder.returns())) {
            try (var entries = Files.list(folder.returns())) {
                if (entries.findAny().isPresent()) {
                    found.add(folder.returns());
                }
            }
        } else if (Files.exists(folder.returns())) {
            found.add(folder.returns());
        }
        return found;
    }

    /** Published outturns are values; where only counts were kept the value is worked out the usual way. */
    private static Double historyValue(Catalogue catalogue, Indicator ind, SampleData.Figure f) {
        var typed = Numbers.parsePlain(f.value());
        if (typed.isPresent()) {
            return typed.getAsDouble();
        }
        Double n = boxed(Numbers.parsePlain(f.numerator()));
        Double d = ind.measure() == Measure.RATE && ind.usesPopulation()
                ? catalogue.population(ind.population(), f.period(), f.breakdown()).map(Catalogue.Population::value)
                        .orElse(null)
                : boxed(Numbers.parsePlain(f.denominator()));
        return Estimate.of(ind, n, d).map(Estimate::value).orElse(null);
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static void setNumber(Row row, int col, String text) {
        var n = Numbers.parsePlain(text);
        if (n.isPresent()) {
            row.createCell(col).setCellValue(n.getAsDouble());
        }
    }

    public static List<Period> quarters(Period first, Period last) {
        List<Period> out = new ArrayList<>();
        for (Period q = first; q.compareTo(last) <= 0; q = q.next()) {
            out.add(q);
        }
        return out;
    }
}
