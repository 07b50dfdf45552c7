package org.perfbook.xlsx;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.perfbook.model.CellRef;
import org.perfbook.model.Source;
import org.perfbook.xlsx.CellReading.Kind;

/**
 * Turns one cell of a return into a {@link CellReading}: what the service typed, and the number in
 * it when there is one. Never evaluates formulas (their cached results are what the service saw)
 * and never throws for odd content.
 */
public final class CellValues {

    // DataFormatter caches formats internally and is not thread-safe; returns may be read in parallel.
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> {
        DataFormatter f = new DataFormatter(Locale.UK);
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    });

    private static final Set<String> NOT_AVAILABLE = Set.of(
            "n/a", "na", "n.a.", "n.a", "not available", "not applicable", "-", "\u2013", "\u2014");
    private static final Pattern DASHES = Pattern.compile("[-\u2013\u2014]+");

    private static final Set<String> ERROR_NAMES = Set.of(
            "#div/0!", "#n/a", "#ref!", "#value!", "#name?", "#num!", "#null!", "#spill!", "#calc!");

    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?";
    /** Hyphen last, so that inside a character class it is not a range. */
    private static final String MINUS = "\u2212\u2013-";
    /** Sign before or after the pound sign ("-£300", "£-300"), then the digits, then an optional percent. */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^([+" + MINUS + "])?\\s*(£)?\\s*([+" + MINUS + "])?\\s*(" + DIGITS + ")(\\s*%)?");
    /** Accounting style: (1,234) is -1234. */
    private static final Pattern ACCOUNTING = Pattern.compile("^\\(\\s*£?\\s*(" + DIGITS + ")\\s*(%)?\\s*\\)\\s*(%)?$");
    /** After a number, more digits mean the number was cut short ("1,23", "18 841", "31/03/2025"): no guess. */
    private static final Pattern MORE_DIGITS = Pattern.compile("^[\\s,./:\\-\u2013]*\\d");
    /** "£17.39m", "124k": guessing 17.39 would be out by a factor of a million. */
    private static final Pattern MAGNITUDE = Pattern.compile(
            "^\\s*(?:k|m|bn|b|mn|million|billion|thousand)(?![a-z])", Pattern.CASE_INSENSITIVE);

    /** "40 out of 43", "40 of 43", "40/43", perhaps with words after ("40 of 43 repaired"); not "31/03/2025". */
    private static final Pattern OUT_OF = Pattern.compile("^(" + DIGITS + ")\\s*(?:/|out\\s+of|of)\\s*(" + DIGITS
            + ")(?:\\s+\\p{L}[\\p{L}\\s.]*)?$", Pattern.CASE_INSENSITIVE);

    /** Two figures typed in one cell, one out of the other. */
    public record OutOf(double part, double whole) {
    }

    private CellValues() {
    }

    /** The two figures of a cell typed as "40 out of 43", "40 of 43" or "40/43"; empty for anything else. */
    public static Optional<OutOf> outOf(String typed) {
        Matcher m = OUT_OF.matcher(strip(typed));
        if (!m.matches()) {
            return Optional.empty();
        }
        Double part = parse(m.group(1));
        Double whole = parse(m.group(2));
        return part == null || whole == null ? Optional.empty() : Optional.of(new OutOf(part, whole));
    }

    /**
     * Reads {@code cell} (null when the cell does not exist) at zero-based {@code row} and
     * {@code column} of sheet {@code sheet} in file {@code file}.
     */
    public static CellReading read(Cell cell, String file, String sheet, int row, int column) {
        return read(cell, new Source(file, sheet, CellRef.a1(row, column)));
    }

    public static CellReading read(Cell cell, Source source) {
        if (cell == null) {
            return blank(source);
        }
        try {
            return switch (cell.getCellType()) {
                case NUMERIC -> numeric(cell, source);
                case STRING -> text(cell.getStringCellValue(), source);
                case FORMULA -> formula(cell, source);
                case BOOLEAN -> new CellReading(source, Kind.TEXT, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                        null, false);
                case ERROR -> error(cell, source);
                default -> blank(source);
            };
        } catch (RuntimeException e) {
            // A malformed cell (e.g. an unknown error code) must not stop the return being read.
            return new CellReading(source, Kind.TEXT, safeRaw(cell), null, false);
        }
    }

    /**
     * Reads {@code cell} (null when it does not exist) at zero-based {@code row} and {@code column}
     * at face value, as a table's cell: the stored number, the date, the error shown.
     */
    public static CellValue value(Cell cell, int row, int column) {
        String a1 = CellRef.a1(row, column);
        if (cell == null) {
            return CellValue.blank(a1);
        }
        try {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                if (noResult(cell)) {
                    // Saved by a tool that does not calculate: POI would silently read 0.
                    return new CellValue("", null, false, null, CellValue.NO_RESULT, a1);
                }
                type = cell.getCachedFormulaResultType();
            }
            switch (type) {
                case STRING:
                    return new CellValue(tableText(cell.getStringCellValue()), null, false, null, null, a1);
                case NUMERIC:
                    if (DateUtil.isCellDateFormatted(cell)) {
                        return new CellValue(tableText(format(cell)), null, false, cell.getLocalDateTimeCellValue(),
                                null, a1);
                    }
                    return new CellValue(tableText(format(cell)), cell.getNumericCellValue(),
                            isPercentFormat(cell.getCellStyle().getDataFormatString()), null, null, a1);
                case BOOLEAN:
                    return new CellValue(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false, null, null, a1);
                case ERROR:
                    String shown;
                    try {
                        shown = FormulaError.forInt(cell.getErrorCellValue()).getString();
                    } catch (IllegalArgumentException e) {
                        shown = "an error";
                    }
                    return new CellValue("", null, false, null, shown, a1);
                default:
                    return CellValue.blank(a1);
            }
        } catch (RuntimeException e) {
            // A malformed cell must not stop the table being read.
            return new CellValue(tableText(safeRaw(cell)), null, false, null, null, a1);
        }
    }

    /** A table's text: non-breaking spaces are spaces ("Good\u00A0is" is "Good is"), then trimmed. */
    private static String tableText(String s) {
        return strip(s == null ? "" : s.replace('\u00A0', ' '));
    }

    /** Reads text as typed: numbers written plainly, guesses, "n/a" and error names. */
    public static CellReading text(String raw, Source source) {
        String t = strip(raw);
        if (t.isEmpty()) {
            return blank(source);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (NOT_AVAILABLE.contains(lower) || DASHES.matcher(t).matches()) {
            return new CellReading(source, Kind.NOT_AVAILABLE, t, null, false);
        }
        if (t.startsWith("#") && ERROR_NAMES.contains(lower)) {
            return new CellReading(source, Kind.ERROR, t.toUpperCase(Locale.ROOT), null, false);
        }
        Matcher acc = ACCOUNTING.matcher(t);
        if (acc.matches()) {
            Double n = parse(acc.group(1));
            if (n != null) {
                return new CellReading(source, Kind.NUMBER, t, -n, acc.group(2) != null || acc.group(3) != null);
            }
        }
        Matcher m = LEADING_NUMBER.matcher(t);
        if (!m.find() || (m.group(1) != null && m.group(3) != null)) {
            return new CellReading(source, Kind.TEXT, t, null, false);
        }
        Double n = parse(m.group(4));
        if (n == null) {
            return new CellReading(source, Kind.TEXT, t, null, false);
        }
        boolean negative = isMinus(m.group(1)) || isMinus(m.group(3));
        double value = negative ? -n : n;
        boolean percent = m.group(5) != null;
        String rest = t.substring(m.end());
        if (rest.isEmpty()) {
            return new CellReading(source, Kind.NUMBER, t, value, percent);
        }
        if (!percent && (MORE_DIGITS.matcher(rest).find() || MAGNITUDE.matcher(rest).find())) {
            return new CellReading(source, Kind.TEXT, t, null, false);
        }
        return new CellReading(source, Kind.GUESSED, t, value, percent);
    }

    private static CellReading numeric(Cell cell, Source source) {
        String typed = format(cell);
        if (DateUtil.isCellDateFormatted(cell)) {
            return new CellReading(source, Kind.TEXT, typed, null, false);
        }
        return number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString(), typed, source);
    }

    private static CellReading number(double d, String format, String typed, Source source) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return new CellReading(source, Kind.TEXT, typed, null, false);
        }
        if (isPercentFormat(format)) {
            // BigDecimal, so that 0.93 reads as 93 and not 93.00000000000001.
            return new CellReading(source, Kind.NUMBER, typed,
                    BigDecimal.valueOf(d).movePointRight(2).doubleValue(), true);
        }
        return new CellReading(source, Kind.NUMBER, typed, d, false);
    }

    /** A formula saved without its result, by a tool that does not calculate. */
    public static boolean noResult(Cell cell) {
        try {
            if (cell instanceof StreamedCell s) {
                return s.getCellType() == CellType.FORMULA && !s.hasSavedValue();
            }
            return cell instanceof XSSFCell x && cell.getCellType() == CellType.FORMULA && !x.getCTCell().isSetV();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static CellReading formula(Cell cell, Source source) {
        if (noResult(cell)) {
            return new CellReading(source, Kind.NO_RESULT, "", null, false);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> numeric(cell, source);
            case STRING -> text(cell.getStringCellValue(), source);
            case BOOLEAN -> new CellReading(source, Kind.TEXT, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    null, false);
            case ERROR -> error(cell, source);
            default -> new CellReading(source, Kind.NO_RESULT, "", null, false);
        };
    }

    private static CellReading error(Cell cell, Source source) {
        String name;
        if (cell instanceof XSSFCell x && x.getCTCell().isSetV()) {
            // XSSF keeps the error's text; reading it directly survives codes POI does not know.
            name = x.getCTCell().getV();
        } else if (cell instanceof StreamedCell s && s.hasSavedValue()) {
            name = s.savedValue();
        } else {
            try {
                name = FormulaError.forInt(cell.getErrorCellValue()).getString();
            } catch (RuntimeException e) {
                name = "#ERROR";
            }
        }
        return new CellReading(source, Kind.ERROR, name, null, false);
    }

    private static CellReading blank(Source source) {
        return new CellReading(source, Kind.BLANK, "", null, false);
    }

    /** The cell as the user sees it; formulas show their cached result, and nothing when none was saved. */
    public static String format(Cell cell) {
        if (cell == null || noResult(cell)) {
            // POI would show a formula that was never calculated as 0
            return "";
        }
        if (cell instanceof StreamedCell streamed) {
            // a return's cell is shown several times (its text, its value, its reading): formatted once
            String shown = streamed.shown();
            if (shown == null) {
                shown = formatted(cell);
                streamed.shown(shown);
            }
            return shown;
        }
        return formatted(cell);
    }

    private static String formatted(Cell cell) {
        try {
            if (cell.getCellType() == CellType.STRING) {
                // what DataFormatter gives (the rich text's string), without building the rich text
                return cell.getStringCellValue();
            }
            return FORMATTER.get().formatCellValue(cell);
        } catch (RuntimeException e) {
            return safeRaw(cell);
        }
    }

    private static String safeRaw(Cell cell) {
        try {
            return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Trims ordinary, non-breaking and other Unicode spaces, tabs and line breaks. */
    public static String strip(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** A percent sign in a number format, outside quoted text and escapes ("0.0%", not "0.0\"%\""). */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }

    private static boolean isMinus(String sign) {
        return sign != null && MINUS.contains(sign);
    }

    private static Double parse(String digits) {
        try {
            double d = Double.parseDouble(digits.replace(",", ""));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
