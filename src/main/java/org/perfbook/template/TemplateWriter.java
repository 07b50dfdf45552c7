package org.perfbook.template;

import static org.perfbook.template.TemplateLayout.HEADER_ROW;
import static org.perfbook.template.TemplateLayout.HEADINGS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.files.FileNames;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.xlsx.Protection;

/**
 * Writes the quarterly return template a service fills in: a protected {@code Return} sheet whose
 * only unlocked cells are the inputs ({@link TemplateLayout}, with {@link InputRules} on the inputs),
 * an optional {@link ActionsSheet} for the actions of a recovery plan, a plain-English {@link Guidance} sheet, and the template's {@link TemplateIdentity} in custom
 * document properties and a very hidden sheet.
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    /** {@code <slug>-<period>.xlsx}, e.g. {@code childrens-social-care-2021-22-Q3.xlsx}. */
    public static String fileName(String service, Period period) {
        return FileNames.slug(service, "service") + "-" + period.fileName() + ".xlsx";
    }

    /**
     * Writes the template for {@code service} into {@code dir} (created if needed) and returns its path.
     *
     * @param lastValues indicator ID to last period's whole-authority value; may be empty
     * @throws IllegalArgumentException when the service has no indicators due for the period (annual ones are due in Q4)
     */
    public static Path write(Catalogue catalogue, String service, Period period, Path dir,
            Map<String, Double> lastValues) throws IOException {
        return write(catalogue, service, period, dir, lastValues, Map.of());
    }

    /**
     * As {@link #write(Catalogue, String, Period, Path, Map)}, with each cumulative indicator's year to date
     * so far, which the row and the cell prompt show beside "this quarter only".
     *
     * @param yearSoFar indicator ID to the whole-authority total of the year's periods before {@code period};
     *                  may be empty
     */
    public static Path write(Catalogue catalogue, String service, Period period, Path dir,
            Map<String, Double> lastValues, Map<String, Double> yearSoFar) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dir, "dir");
        List<Indicator> indicators = catalogue.indicatorsDue(service, period);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("The catalogue has no indicators due from the service '" + service
                    + "' for " + period.label() + ".");
        }
        Map<String, Double> last = lastValues == null ? Map.of() : lastValues;
        Map<String, Double> soFar = yearSoFar == null ? Map.of() : yearSoFar;

        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(service, period)).normalize();
        if (!folder.equals(target.getParent())) {
            // The slug allows only [a-z0-9-], so this is a guard against future changes to it.
            throw new IllegalStateException("template name escapes the output folder: " + target);
        }

        SafeFiles.write(target, out -> {
            try (XSSFWorkbook wb = build(catalogue, service, period, indicators, last, soFar)) {
                wb.write(out);
            }
        });
        return target;
    }

    private static XSSFWorkbook build(Catalogue catalogue, String service, Period period,
            List<Indicator> indicators, Map<String, Double> last, Map<String, Double> soFar) {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles st = new TemplateStyles(wb);
        String serviceName = indicators.get(0).service().isEmpty() ? service : indicators.get(0).service();

        XSSFSheet sheet = wb.createSheet(TemplateLayout.RETURN_SHEET);
        InputRules rules = new InputRules(sheet);
        TemplateLayout.writeHeaderBlock(sheet, st, serviceName, period);
        rules.contact(TemplateLayout.ROW_CONTACT, TemplateLayout.COL_HEADER_VALUE);
        TemplateLayout.writeHeadings(sheet, st);

        List<String> areas = catalogue.areas();
        int r = HEADER_ROW + 1;
        for (Indicator ind : indicators) {
            if (Catalogue.isMonthlyRows(ind, period)) {
                Double before = last.get(ind.id());
                for (Period month : Catalogue.rowPeriods(ind, period)) {
                    TemplateLayout.writeMonthRow(sheet.createRow(r), st, catalogue, ind, month, before);
                    rules.indicatorRow(r, ind, month, null);
                    before = null;
                    r++;
                }
                continue;
            }
            TemplateLayout.writeIndicatorRow(sheet.createRow(r), st, catalogue, ind, period, "", last.get(ind.id()),
                    soFar.get(ind.id()));
            rules.indicatorRow(r, ind, period, soFar.get(ind.id()));
            r++;
            if (ind.hasBreakdown()) {
                for (String area : areas) {
                    TemplateLayout.writeIndicatorRow(sheet.createRow(r), st, catalogue, ind, period, area, null);
                    rules.indicatorRow(r, ind, period, null);
                    r++;
                }
            }
        }
        int lastRow = r - 1;
        rules.addAll();

        TemplateLayout.setWidths(sheet);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        printSetUp(sheet, lastRow);
        // Only against accidental edits (design §3.2, pitfall W8), not security: a service can unprotect
        // a sheet (Review, Unprotect Sheet) if BI asks it to.
        Protection.withoutPassword(sheet);
        // Services resize columns and rows to read long commentary; that changes nothing we read.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);

        ActionsSheet.write(wb, st, indicators);
        Guidance.write(wb, st, serviceName, period);
        TemplateIdentity.issued(catalogue, serviceName, period, indicators, last).writeTo(wb);

        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.lockStructure();
        wb.getProperties().getCoreProperties().setTitle("Performance return: " + serviceName + ", " + period.label());
        wb.getProperties().getCoreProperties().setCreator("perfbook");
        return wb;
    }

    /** Landscape, one page wide, the headings on every page. */
    private static void printSetUp(XSSFSheet sheet, int lastRow) {
        PrintSetUp.landscape(sheet);
        PrintSetUp.repeatRows(sheet, HEADER_ROW, HEADER_ROW);
        PrintSetUp.sideMargins(sheet, 0.4);
        PrintSetUp.printArea(sheet, HEADINGS.size() - 1, Math.max(lastRow, HEADER_ROW));
    }
}
