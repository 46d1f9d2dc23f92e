package org.hwnas.cli;

import picocli.CommandLine;

/** Entry point of {@code hwnas}: runs the command and turns any failure into one line on stderr. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code hwnas} with these arguments and returns the exit code (used by tests too). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new HwnasCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // Bad input is reported by the commands themselves; anything reaching here is a bug or an
            // environment problem: still one line, with the trace only on request.
            line.getErr().println("hwnas: error: " + describe(ex));
            if (Boolean.getBoolean("hwnas.debug") || System.getenv("HWNAS_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            } else {
                line.getErr().println("hwnas: (set HWNAS_DEBUG=1 for the stack trace)");
            }
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage();
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
    }
}
