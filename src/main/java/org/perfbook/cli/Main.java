package org.perfbook.cli;

import java.io.PrintWriter;
import org.perfbook.model.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The perfbook command line: one subcommand per job in the quarterly cycle. */
@Command(name = "perfbook",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns services' quarterly Excel returns into the consolidated performance book.",
        subcommands = {BuildCommand.class, TemplateCommand.class, ValidateCommand.class, StatsCommand.class,
                SampleCommand.class, RisksCommand.class,
                CommandLine.HelpCommand.class},
        footer = ExitCode.HELP_FOOTER)
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler: still one line and exit code 3, never a stack trace
            err.println(fault(e));
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

    /** The one line said when a fault stops a run; running out of memory says how to give it more. */
    static String fault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return "perfbook: the run ran out of memory (" + t.getMessage() + ")."
                        + " Give it more with PERFBOOK_JAVA_OPTS=-Xmx2g (bin/perfbook) or java -Xmx2g -jar.";
            }
        }
        return "perfbook: an unexpected fault stopped the run (" + e + ")."
                + " Please report it with the command you ran.";
    }

    /** Runs a command line and returns its exit code; used by main and by the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // a bad period is a usage error, said the way the rest of perfbook says it
        cl.registerConverter(Period.class, text -> {
            try {
                return Period.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("perfbook: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(fault(ex));
            return ExitCode.INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"perfbook " + version()};
        }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
