package org.perfbook.text;

import java.util.Locale;

/** Numbers as the messages show them to services: thousands separated, the indicator's decimals. */
public final class DisplayNumbers {

    private DisplayNumbers() {
    }

    public static String plain(double d, int decimals) {
        return String.format(Locale.UK, "%,." + decimals + "f", d);
    }

    /** Whole numbers without decimals, others with up to six, never in exponent form. */
    public static String exact(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.UK, "%,d", (long) d);
        }
        return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
