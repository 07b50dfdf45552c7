package org.perfbook.template;

import java.util.List;
import java.util.Objects;
import org.perfbook.model.Period;

/**
 * What a return template says about itself, so the reader never guesses by position and can say
 * "this is last quarter's template". Stored in the workbook's custom document properties and in a
 * very hidden sheet; either is enough to read it back.
 *
 * @param formatVersion the template layout's version; the reader knows {@link #FORMAT_VERSION}
 * @param indicatorIds  the indicators the template was issued with, in row order
 */
public record TemplateIdentity(int formatVersion, String service, Period period, List<String> indicatorIds) {

    public static final int FORMAT_VERSION = 1;

    /** Custom property and hidden-sheet key names. */
    public static final String KEY_FORMAT = "perfbook.format";
    public static final String KEY_SERVICE = "perfbook.service";
    public static final String KEY_PERIOD = "perfbook.period";
    public static final String KEY_INDICATORS = "perfbook.indicators";
    /** The very hidden sheet that carries the same keys in columns A (key) and B (value). */
    public static final String SHEET = "perfbook";

    public TemplateIdentity {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        indicatorIds = List.copyOf(indicatorIds);
    }
}
