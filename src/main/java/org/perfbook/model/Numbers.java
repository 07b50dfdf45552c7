package org.perfbook.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads numbers as people type them in catalogue and target cells: "1,400,000", "95%", "£1,234.50". */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?");

    private Numbers() {
    }

    /**
     * The shortest decimal that reads back as {@code d}, never in exponent form and without trailing
     * zeros: 1400000.0 is "1400000", 0.07 is "0.07", 87.4 is "87.4". For finite numbers only.
     */
    public static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a plain percent number, shifted in decimal so 0.07 is "7", not 7.000000000000001. */
    public static String plainPercent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * The number in {@code text} after removing currency signs, thousands separators and a trailing
     * percent sign; the percent sign does not scale the number (catalogue percentages are percent
     * numbers, "95%" is 95).
     */
    public static OptionalDouble parsePlain(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        t = t.replace("£", "").replace("%", "").replace(" ", "");
        t = t.replace('\u2212', '-');
        if (t.isEmpty() || !NUMBER.matcher(t).matches() || t.equals("-") || t.equals("+")) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t.replace(",", "")));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

}
