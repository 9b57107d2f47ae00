/**
 * The STIX patterning language (STIX 2.1 section 9): the lexer and parser that the
 * antlr4-maven-plugin generates from the OASIS grammar {@code STIXPattern.g4}, and a checker that
 * reports syntax errors with their line and column.
 */
package org.scrmportal.stix.pattern;
