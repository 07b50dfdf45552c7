package org.perfbook.model;

/** Direction of travel against an earlier period, judged with the indicator's polarity. */
public enum Direction {
    IMPROVING("Improving", "\u25B2"),
    WORSENING("Worsening", "\u25BC"),
    NO_CHANGE("No change", "\u25B6"),
    /** Polarity None: the figure moved, but neither way is better. */
    HIGHER("Higher", "\u25B2"),
    LOWER("Lower", "\u25BC"),
    /** Nothing to compare with. */
    NOT_AVAILABLE("", "");

    private final String label;
    private final String arrow;

    Direction(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String label() {
        return label;
    }

    public String arrow() {
        return arrow;
    }

    @Override
    public String toString() {
        return label;
    }
}
