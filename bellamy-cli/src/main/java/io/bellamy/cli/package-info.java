/**
 * The {@code bellamy} command line: one small picocli command per capability, with the shared
 * options in mixins and the mapping from exceptions to exit codes in one place ({@link
 * io.bellamy.cli.Main}).
 */
package io.bellamy.cli;
