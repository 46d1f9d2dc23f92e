package org.hwnas.cli;

/** Exit codes shared by all {@code hwnas} commands (documented in docs/cli.md). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A document or an argument is invalid; the problems were printed one per line. */
    public static final int INVALID = 1;
    /** Command-line usage error (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** An unexpected failure inside hwnas. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
