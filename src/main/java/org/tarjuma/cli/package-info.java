/**
 * The command line, {@code tarjuma translate|glossary|memory}: one class per command, each only a
 * client of the HTTP API, of {@code --server URL} or of a Tarjuma started in-process on the
 * embedded store for the time of the command. {@link org.tarjuma.cli.Cli} is the entry: the
 * application hands it the arguments, stdout, stderr and an {@link org.tarjuma.cli.Embedded} to
 * start itself with, and gets the exit code (0 done, 1 refused or failed with one line on stderr, 2
 * bad usage, 3 done but some sentences still need an engine). Depends on no other part of Tarjuma.
 */
@ApplicationModule(allowedDependencies = {})
package org.tarjuma.cli;

import org.springframework.modulith.ApplicationModule;
