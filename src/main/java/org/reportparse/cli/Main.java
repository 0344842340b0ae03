package org.reportparse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Entry point: `reportparse extract ...`. The commands are described in code, not with picocli's
 * annotations, which picocli would read by reflection at every start.
 */
public final class Main implements Runnable {

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit status (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main().spec);
        cli.addSubcommand("extract", new CommandLine(new ExtractCommand().spec()));
        // The help command is built (by reflection on its annotations) only when it can be reached:
        // once the first argument is "extract", picocli never looks at the top-level commands again.
        if (args.length == 0 || !args[0].equals("extract")) {
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
        return cli.setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    private Main() {
        spec.name("reportparse").versionProvider(new VersionProvider());
        spec.usageMessage().description("Turns activity reports (text, DOCX, ...) into structured activity records.");
        StandardHelpOptions.addTo(spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'reportparse extract FILE'");
    }
}
