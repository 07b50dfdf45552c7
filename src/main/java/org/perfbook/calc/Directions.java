package org.perfbook.calc;

import org.perfbook.model.Direction;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;

/** Direction of travel: the sign of a change read through the indicator's polarity. */
public final class Directions {

    private Directions() {
    }

    /**
     * @param target needed for {@link Polarity#RANGE}, where getting closer to the range is improving;
     *               may be null otherwise
     */
    public static Direction of(Double current, Double previous, Polarity polarity, Target target) {
        if (current == null || previous == null || current.isNaN() || previous.isNaN()) {
            return Direction.NOT_AVAILABLE;
        }
        double c = current;
        double p = previous;
        if (Tolerant.same(c, p)) {
            return Direction.NO_CHANGE;
        }
        return switch (polarity) {
            case HIGH -> c > p ? Direction.IMPROVING : Direction.WORSENING;
            case LOW -> c < p ? Direction.IMPROVING : Direction.WORSENING;
            case NONE -> c > p ? Direction.HIGHER : Direction.LOWER;
            case RANGE -> {
                if (target == null) {
                    yield c > p ? Direction.HIGHER : Direction.LOWER;
                }
                double dc = distanceOutside(c, target);
                double dp = distanceOutside(p, target);
                if (Tolerant.same(dc, dp)) {
                    yield Direction.NO_CHANGE;
                }
                yield dc < dp ? Direction.IMPROVING : Direction.WORSENING;
            }
        };
    }

    static double distanceOutside(double v, Target t) {
        if (v < t.low()) {
            return t.low() - v;
        }
        return v > t.high() ? v - t.high() : 0;
    }
}
