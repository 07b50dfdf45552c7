package org.perfbook.text;

import java.util.List;
import org.perfbook.model.ReturnReceipt;

/** How the arrival of returns is worded, in the book, on the terminal and in `validate`. */
public final class ReturnWords {

    private ReturnWords() {
    }

    /** "11 of 12 returns received; missing: Public Health; late: Highways". */
    public static String summary(List<ReturnReceipt> receipts) {
        List<String> missing = services(receipts, ReturnReceipt.State.MISSING);
        List<String> late = services(receipts, ReturnReceipt.State.LATE);
        long received = receipts.stream().filter(r -> r.state() == ReturnReceipt.State.RECEIVED
                || r.state() == ReturnReceipt.State.LATE).count();
        long owed = received + missing.size();
        StringBuilder s = new StringBuilder(received + " of " + owed + (owed == 1 ? " return" : " returns")
                + " received");
        if (!missing.isEmpty()) {
            s.append("; missing: ").append(String.join(", ", missing));
        }
        if (!late.isEmpty()) {
            s.append("; late: ").append(String.join(", ", late));
        }
        return s.toString();
    }

    private static List<String> services(List<ReturnReceipt> receipts, ReturnReceipt.State state) {
        return receipts.stream().filter(r -> r.state() == state).map(ReturnReceipt::service).toList();
    }
}
