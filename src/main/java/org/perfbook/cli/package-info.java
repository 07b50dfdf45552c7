/**
 * The command line: picocli commands that parse options, call a {@code pipeline} job and print.
 *
 * <p>The only package that uses picocli; no command calls another command's class.
 */
package org.perfbook.cli;
