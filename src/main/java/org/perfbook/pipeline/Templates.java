package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Period;
import org.perfbook.returns.ObservationKey;
import org.perfbook.template.TemplateWriter;

/**
 * The template job: this period's return templates, with last period's figures and each cumulative
 * indicator's year to date so far filled in for context.
 */
public final class Templates {

    /** @param file the template written, or null when the service has nothing due this period */
    public record Issued(String service, Path file) {
    }

    private Templates() {
    }

    /**
     * @param catalogueFile last period's figures come from the history workbook and returns beside it
     */
    public static List<Issued> issue(Catalogue catalogue, Path catalogueFile, List<String> services, Period period,
            Path dir) throws IOException, BuildException {
        Path root = catalogueFile.toAbsolutePath().getParent();
        Map<ObservationKey, Double> earlier = root == null ? Map.of()
                : EarlierFigures.before(catalogue, new InputsFolder(root), period);
        Map<String, Double> last = EarlierFigures.lastValues(catalogue, earlier, period);
        Map<String, Double> soFar = EarlierFigures.yearSoFar(catalogue, earlier, period);
        Map<String, String> byFile = new HashMap<>();
        for (String s : services) {
            if (catalogue.indicatorsDue(s, period).isEmpty()) {
                continue;
            }
            String other = byFile.putIfAbsent(TemplateWriter.fileName(s, period).toLowerCase(Locale.ROOT), s);
            if (other != null) {
                // one would overwrite the other: a catalogue problem, said before anything is written
                throw new BuildException("the services '" + other + "' and '" + s + "' would get the same template "
                        + "file name, " + TemplateWriter.fileName(s, period) + "; rename one in the catalogue", List.of());
            }
        }
        List<Issued> out = new ArrayList<>();
        for (String s : services) {
            out.add(new Issued(s, catalogue.indicatorsDue(s, period).isEmpty() ? null
                    : TemplateWriter.write(catalogue, s, period, dir, last, soFar)));
        }
        return out;
    }
}
