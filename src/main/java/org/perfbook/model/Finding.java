package org.perfbook.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an input, located to the cell and worded for the person who filled it in.
 *
 * @param code    a short stable code such as {@code text-in-number}, for filtering and tests
 * @param message plain English for a service manager, e.g. "The numerator '12a' is not a number."
 */
public record Finding(Source source, Severity severity, String code, String message) {

    public enum Severity {
        ERROR("error"),
        WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** File, then sheet, then cell in reading order (row, then column), errors before warnings at the same place. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.source().file())
            .thenComparing(f -> f.source().sheet())
            .thenComparing(f -> CellRef.sortKey(f.source().cell()))
            .thenComparing(Finding::severity)
            .thenComparing(Finding::code);

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (FindingCode.of(code).isEmpty()) {
            // every code is documented in the README's table, which is checked against FindingCode
            throw new IllegalArgumentException("'" + code + "' is not a finding code");
        }
    }

    public static Finding error(Source source, FindingCode code, String message) {
        return new Finding(source, Severity.ERROR, code.code(), message);
    }

    public static Finding warning(Source source, FindingCode code, String message) {
        return new Finding(source, Severity.WARNING, code.code(), message);
    }

    /** A finding at the severity its code usually has. */
    public static Finding of(Source source, FindingCode code, String message) {
        return new Finding(source, code.severity(), code.code(), message);
    }

    public boolean is(FindingCode c) {
        return code.equals(c.code());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "highways.xlsx, sheet Return, cell F12: error: The numerator ... (text-in-number)". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source.file());
        if (!source.sheet().isEmpty()) {
            sb.append(", sheet ").append(source.sheet());
        }
        if (!source.cell().isEmpty()) {
            sb.append(", cell ").append(source.cell());
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message)
                .append(" (").append(code).append(')').toString();
    }
}
