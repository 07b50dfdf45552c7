package org.perfbook.cli;

/** The exit codes every command documents in its --help. */
public final class ExitCode {

    /** Everything was read and nothing blocks. */
    public static final int OK = 0;
    /** Findings that block: rows that could not be computed, errors in returns. */
    public static final int FINDINGS = 1;
    /** Wrong options, or an input that cannot be read at all. */
    public static final int USAGE = 2;
    /** A fault in perfbook itself. */
    public static final int INTERNAL = 3;

    static final String HELP_FOOTER = "%nExit codes:%n"
            + "  0  done, nothing blocking%n"
            + "  1  done, with findings that need attention%n"
            + "  2  wrong options, or an input that cannot be read%n"
            + "  3  a fault in perfbook itself (please report it)%n";

    private ExitCode() {
    }
}
