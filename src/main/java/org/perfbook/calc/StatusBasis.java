package org.perfbook.calc;

/** What an indicator's status was judged on. */
public enum StatusBasis {
    /** its target (or, for a cumulative indicator, the pro-rata target) */
    TARGET,
    /** no usable target: a tested comparison with England */
    BENCHMARK,
    /** not rated */
    NONE
}
