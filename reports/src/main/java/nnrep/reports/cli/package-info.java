/**
 * The {@code nnrep} command line (docs/cli.md): its commands, their options and checks, the translation of
 * the engine's parameter names into options, progress lines, and exit statuses.
 */
package nnrep.reports.cli;
