package org.perfbook.calc;

/** Comparing figures computed in floating point, where 87.4 may arrive as 87.39999999999999. */
final class Tolerant {

    private static final double RELATIVE = 1e-9;

    private Tolerant() {
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static boolean atLeast(double a, double b) {
        return a > b || same(a, b);
    }

    static boolean atMost(double a, double b) {
        return a < b || same(a, b);
    }
}
