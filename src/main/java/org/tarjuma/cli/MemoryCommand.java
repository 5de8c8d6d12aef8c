package org.tarjuma.cli;

import picocli.CommandLine.Command;

/** {@code tarjuma memory}: only a name for its command. */
@Command(
    name = "memory",
    mixinStandardHelpOptions = true,
    description = "Imports translation memory.",
    subcommands = MemoryImport.class)
final class MemoryCommand {}
