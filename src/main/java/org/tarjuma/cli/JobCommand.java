package org.tarjuma.cli;

import picocli.CommandLine.Command;

/** {@code tarjuma job}: only a name for its command. */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = "Sends a job's translation back from elsewhere.",
    subcommands = JobUpload.class)
final class JobCommand {}
