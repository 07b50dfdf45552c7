package org.perfbook.calc;

import org.perfbook.model.Polarity;

/**
 * This authority's figure against a comparator's.
 *
 * @param difference  local − benchmark, in the indicator's units
 * @param tested      whether a confidence interval decided the comparison
 * @param significance higher / similar / lower; "similar" only when tested
 */
public record BenchmarkComparison(
        String comparator,
        double benchmark,
        double difference,
        boolean tested,
        Significance significance,
        Judgement judgement) {

    public enum Significance { HIGHER, SIMILAR, LOWER }

    public enum Judgement { BETTER, SIMILAR, WORSE, NOT_ASSESSED }

    /**
     * The benchmark is tested against the local interval when there is one: outside it the local
     * figure is significantly higher or lower, inside it similar. Without an interval the plain
     * difference is reported and never called significant.
     */
    public static BenchmarkComparison compare(String comparator, double local, Interval localInterval,
            double benchmark, Polarity polarity) {
        double diff = local - benchmark;
        boolean tested = localInterval != null;
        Significance sig;
        if (tested) {
            sig = localInterval.contains(benchmark) ? Significance.SIMILAR
                    : benchmark < localInterval.lower() ? Significance.HIGHER : Significance.LOWER;
        } else {
            sig = Tolerant.same(local, benchmark) ? Significance.SIMILAR
                    : diff > 0 ? Significance.HIGHER : Significance.LOWER;
        }
        Judgement judgement = switch (polarity) {
            case HIGH -> sig == Significance.HIGHER ? Judgement.BETTER
                    : sig == Significance.LOWER ? Judgement.WORSE : Judgement.SIMILAR;
            case LOW -> sig == Significance.LOWER ? Judgement.BETTER
                    : sig == Significance.HIGHER ? Judgement.WORSE : Judgement.SIMILAR;
            case RANGE, NONE -> Judgement.NOT_ASSESSED;
        };
        return new BenchmarkComparison(comparator, benchmark, diff, tested, sig, judgement);
    }

    /** "significantly higher than England", "similar to North West", "lower than England". */
    public String describe() {
        String against = switch (significance) {
            case HIGHER -> "higher than ";
            case LOWER -> "lower than ";
            case SIMILAR -> "similar to ";
        };
        return (tested && significance != Significance.SIMILAR ? "significantly " : "") + against + comparator;
    }
}
