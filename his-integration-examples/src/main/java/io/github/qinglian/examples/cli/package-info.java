/**
 * The command-line interface behind {@code bin/qinglian}: {@code check} evaluates wire-format
 * cases (one JSON case, or JSON lines) and prints one verdict line per case; {@code samples} runs
 * the bundled sample hospital and prints a table; {@code rules-doc} prints the generated rule
 * catalog.
 */
@NullMarked
package io.github.qinglian.examples.cli;

import org.jspecify.annotations.NullMarked;
