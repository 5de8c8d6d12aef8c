package org.tarjuma.cli;

import picocli.CommandLine.Command;

/** {@code tarjuma glossary}: only a name for its two commands. */
@Command(
    name = "glossary",
    mixinStandardHelpOptions = true,
    description = "Imports or exports the glossary (TBX or CSV).",
    subcommands = {GlossaryImport.class, GlossaryExport.class})
final class GlossaryCommand {}
