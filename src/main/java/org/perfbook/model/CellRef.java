package org.perfbook.model;

/** A1 cell references, so findings and sources name cells as the spreadsheet user sees them. */
public final class CellRef {

    private CellRef() {
    }

    /** Zero-based row and column to "F12". */
    public static String a1(int row, int column) {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters.append(row + 1).toString();
    }

    /** Sorts "B2" before "A10" by row, then column; unparseable references first. */
    public static long sortKey(String a1) {
        if (a1 == null || a1.isEmpty()) {
            return -1;
        }
        int i = 0;
        long col = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        try {
            long row = Long.parseLong(a1.substring(i));
            return row * 100_000 + col;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
