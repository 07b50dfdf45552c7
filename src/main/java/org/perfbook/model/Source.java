package org.perfbook.model;

/**
 * Where a figure came from, so the BI team can answer "where did 77.8 come from?".
 *
 * @param file  file name as received
 * @param sheet sheet name, or empty
 * @param cell  A1 reference, or empty when the finding is about the whole file or sheet
 */
public record Source(String file, String sheet, String cell) {

    public Source {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
    }

    public static Source of(String file) {
        return new Source(file, "", "");
    }

    /** "returns/highways.xlsx!Return!F12", the form used in the book's Source column. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            sb.append('!').append(sheet);
        }
        if (!cell.isEmpty()) {
            sb.append('!').append(cell);
        }
        return sb.toString();
    }
}
