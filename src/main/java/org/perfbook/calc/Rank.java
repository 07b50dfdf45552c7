package org.perfbook.calc;

import java.util.Collection;
import java.util.Optional;
import org.perfbook.model.Polarity;

/**
 * Position among every authority: 1 is best by polarity and ties share a rank ("76 of 150").
 *
 * @param quartile 1 is the upper (best) quartile, 4 the lower
 */
public record Rank(int rank, int of, int quartile) {

    /**
     * @param others every other authority's figure (this authority's own is not among them)
     * @return empty for polarities with no better direction, or when there is nothing to rank against
     */
    public static Optional<Rank> of(double local, Collection<Double> others, Polarity polarity) {
        if (polarity != Polarity.HIGH && polarity != Polarity.LOW || others.isEmpty()) {
            return Optional.empty();
        }
        int better = 0;
        int n = 1;
        for (Double o : others) {
            if (o == null || o.isNaN()) {
                continue;
            }
            n++;
            boolean isBetter = polarity == Polarity.HIGH ? o > local : o < local;
            if (isBetter && !Tolerant.same(o, local)) {
                better++;
            }
        }
        int rank = better + 1;
        // floor(4(rank-1)/n)+1 agrees with ceil(4 rank/n) on the seeds (76 of 150 is 3rd) and keeps
        // the best authority in the upper quartile however few there are
        int quartile = 4 * (rank - 1) / n + 1;
        return Optional.of(new Rank(rank, n, quartile));
    }

    public String describe() {
        return rank + " of " + of + " (" + quartileWords() + ")";
    }

    /** "76 of 150". */
    public String position() {
        return rank + " of " + of;
    }

    /** "upper quartile" (the best) to "lower quartile". */
    public String quartileWords() {
        return switch (quartile) {
            case 1 -> "upper quartile";
            case 2 -> "second quartile";
            case 3 -> "third quartile";
            default -> "lower quartile";
        };
    }
}
