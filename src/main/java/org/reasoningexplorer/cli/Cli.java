package org.reasoningexplorer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's front door. Exit codes: 0 success; 1 the work failed (e.g. a search threw);
 * 2 bad usage (unknown option or value); 3 bad input (a malformed or unreadable file);
 * 130 interrupted.
 */
@Command(name = "reasoning-explorer", mixinStandardHelpOptions = true, version = "Reasoning Explorer 0.1.0",
        description = "Runs, sweeps and inspects test-time reasoning searches on the embedded puzzle reasoner.",
        subcommands = {RunCommand.class, RunLlmCommand.class, ImportCommand.class, SweepCommand.class, InspectCommand.class, PuzzlesCommand.class,
            
            StrategiesCommand.class, ForensicsCommand.class, WhatIfCommand.class, SamplesCommand.class, LabCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  the work failed", "  2  bad usage: an unknown option or a bad value",
            "  3  bad input: a malformed, truncated or unreadable file", "  130 interrupted"})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with the given output streams (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            if (ex instanceof BadInputException) {
                return BAD_INPUT;
            }
            if (ex instanceof IllegalArgumentException) {
                return USAGE;
            }
            if (System.getenv("RX_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return FAILED;
        });
        return cl.execute(args);
    }

    /** A file that cannot be read as what it should be; exits with code 3. */
    public static final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
