package org.perfbook.calc;

import org.perfbook.model.Polarity;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * Status against target (design §5). With target T and tolerance t: Good is High is Green at T or
 * above, Amber down to T − t, else Red; Good is Low mirrors it; a range [L, H] is Green inside and
 * Amber within t outside. A High or Low indicator with a range target (the seeds' admissions 65+,
 * 600-680) is judged against the bound on its bad side, so being better than the range is Green.
 */
public final class StatusRules {

    private StatusRules() {
    }

    public static Status status(Double value, Target target, Tolerance tolerance, Polarity polarity) {
        if (value == null || value.isNaN() || target == null || !target.rates() || polarity == Polarity.NONE) {
            return Status.NOT_RATED;
        }
        Tolerance tol = tolerance == null ? Tolerance.DEFAULT : tolerance;
        double v = value;
        return switch (polarity) {
            case HIGH -> high(v, target.low(), tol);
            case LOW -> low(v, target.high(), tol);
            case RANGE -> {
                if (Tolerant.atLeast(v, target.low()) && Tolerant.atMost(v, target.high())) {
                    yield Status.GREEN;
                }
                yield v < target.low() ? high(v, target.low(), tol) : low(v, target.high(), tol);
            }
            case NONE -> Status.NOT_RATED;
        };
    }

    private static Status high(double v, double t, Tolerance tol) {
        if (Tolerant.atLeast(v, t)) {
            return Status.GREEN;
        }
        return Tolerant.atLeast(v, t - tol.band(t)) ? Status.AMBER : Status.RED;
    }

    private static Status low(double v, double t, Tolerance tol) {
        if (Tolerant.atMost(v, t)) {
            return Status.GREEN;
        }
        return Tolerant.atMost(v, t + tol.band(t)) ? Status.AMBER : Status.RED;
    }

    /**
     * For an indicator with no usable target: the benchmark comparison, but only where it was
     * tested against a confidence interval — an untested difference never earns a colour.
     */
    public static Status fromBenchmark(BenchmarkComparison comparison) {
        if (comparison == null || !comparison.tested()) {
            return Status.NOT_RATED;
        }
        return switch (comparison.judgement()) {
            case BETTER -> Status.GREEN;
            case SIMILAR -> Status.AMBER;
            case WORSE -> Status.RED;
            case NOT_ASSESSED -> Status.NOT_RATED;
        };
    }
}
