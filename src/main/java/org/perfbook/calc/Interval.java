package org.perfbook.calc;

/**
 * A confidence interval around a figure, in the figure's own units.
 *
 * @param confidence e.g. 0.95 or 0.998
 */
public record Interval(double lower, double upper, double confidence, Method method) {

    /** The public-health methods (PHE / OHID Fingertips). */
    public enum Method {
        WILSON("Wilson"),
        BYARS("Byars"),
        EXACT("Exact");

        private final String label;

        Method(String label) {
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

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower limit " + lower + " is above upper limit " + upper);
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    public Interval scaled(double factor) {
        return new Interval(lower * factor, upper * factor, confidence, method);
    }
}
