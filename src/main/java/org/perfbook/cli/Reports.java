package org.perfbook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.perfbook.model.Finding;

/** What the commands say to people: findings grouped by file, one line each, cell first. */
final class Reports {

    private Reports() {
    }

    static void printFindings(List<Finding> findings, PrintWriter out) {
        String file = null;
        for (Finding f : findings) {
            if (!f.source().file().equals(file)) {
                file = f.source().file();
                out.println(file);
            }
            String where = f.source().sheet().isEmpty() ? "" : f.source().sheet()
                    + (f.source().cell().isEmpty() ? "" : "!" + f.source().cell());
            out.printf("  %-14s %-7s %s (%s)%n", where, f.severity().label(), f.message(), f.code());
        }
        out.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
