package org.perfbook.book;

import org.perfbook.model.Period;

/**
 * An earlier period's whole-authority figure that changed after it was first returned: a later return for
 * the same service and period replaced the first, with a different figure.
 *
 * @param was      the figure in the first return
 * @param now      the figure the book holds, from the later return
 * @param firstReturn the replaced return's name
 * @param laterReturn the return now used
 */
public record Revision(String indicatorId, Period period, double was, double now, String firstReturn,
        String laterReturn) {
}
