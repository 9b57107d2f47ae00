package org.scrmportal.stix.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Checks the syntax of STIX patterns (STIX 2.1 section 9, STIX Patterning) with the parser that
 * antlr4-maven-plugin generates from the OASIS grammar {@code STIXPattern.g4}.
 *
 * <p>Fast path first: the SLL prediction mode with a bail-out error strategy, which decides almost
 * every pattern without full-context prediction; only a pattern that fails it is parsed again in
 * full LL mode to report every error with its position. The grammar's ATN and DFA caches are static
 * and shared by all parsers, so a lexer and parser per call (they are not thread-safe) costs
 * little.
 *
 * <p>Limits, checked before the parser runs, since the generated parser recurses once per nested
 * parenthesis or bracket and a deep enough pattern would overflow the stack: at most {@link
 * #DEFAULT_MAX_DEPTH} levels of nesting (a cheap scan that skips string literals), and at most
 * {@link #DEFAULT_MAX_LENGTH} characters. Long flat chains of {@code AND}, {@code OR} and {@code
 * FOLLOWEDBY} are parsed in loops, in time linear in their length. At most {@link #MAX_ERRORS}
 * syntax errors are reported. Instances are immutable and thread-safe.
 */
public final class StixPatternChecker {

  /** The deepest nesting of parentheses and brackets a pattern may have by default. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The longest pattern, in characters, by default (1 Mi). */
  public static final int DEFAULT_MAX_LENGTH = 1024 * 1024;

  /** The most syntax errors reported for one pattern; a line says how many more there were. */
  public static final int MAX_ERRORS = 10;

  private final int maxDepth;
  private final int maxLength;

  /** A checker with {@link #DEFAULT_MAX_DEPTH} and {@link #DEFAULT_MAX_LENGTH}. */
  public StixPatternChecker() {
    this(DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH);
  }

  /**
   * A checker with these limits.
   *
   * @param maxDepth the deepest nesting of parentheses and brackets, at least 1
   * @param maxLength the longest pattern in characters, at least 1
   */
  public StixPatternChecker(int maxDepth, int maxLength) {
    if (maxDepth < 1 || maxLength < 1) {
      throw new IllegalArgumentException("the limits must be positive");
    }
    this.maxDepth = maxDepth;
    this.maxLength = maxLength;
  }

  public int maxDepth() {
    return maxDepth;
  }

  public int maxLength() {
    return maxLength;
  }

  /** A syntax error, at a 1-based line and column of the pattern. */
  public record PatternError(int line, int column, String message) {

    public PatternError {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "line " + line + ", column " + column + ": " + message;
    }
  }

  /**
   * The syntax errors of {@code pattern}; empty when it is a STIX pattern.
   *
   * @param pattern the value of an indicator's {@code pattern} whose {@code pattern_type} is {@code
   *     stix}
   */
  public List<PatternError> check(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.length() > maxLength) {
      return List.of(
          new PatternError(
              1,
              1,
              "the pattern has "
                  + pattern.length()
                  + " characters; the limit is "
                  + maxLength
                  + " characters"));
    }
    Optional<PatternError> tooDeep = tooDeep(pattern);
    if (tooDeep.isPresent()) {
      return List.of(tooDeep.get());
    }
    STIXPatternLexer lexer = new STIXPatternLexer(CharStreams.fromString(pattern));
    lexer.removeErrorListeners();
    Collector collector = new Collector();
    lexer.addErrorListener(collector);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    STIXPatternParser parser = new STIXPatternParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      parser.pattern();
      return List.copyOf(collector.errors);
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.addErrorListener(collector);
      parser.pattern();
      return List.copyOf(collector.errors);
    }
  }

  /**
   * The first place where parentheses and brackets, outside string literals ({@code '...'}, also
   * those of {@code t'...'}, {@code b'...'} and {@code h'...'}, with {@code \\} escapes), nest
   * deeper than the limit; empty when they never do.
   */
  private Optional<PatternError> tooDeep(String pattern) {
    int depth = 0;
    int line = 1;
    int column = 0;
    boolean inString = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      column++;
      if (c == '\n') {
        line++;
        column = 0;
      } else if (inString) {
        if (c == '\\') {
          i++;
          column++;
        } else if (c == '\'') {
          inString = false;
        }
      } else if (c == '\'') {
        inString = true;
      } else if (c == '(' || c == '[') {
        depth++;
        if (depth > maxDepth) {
          return Optional.of(
              new PatternError(
                  line,
                  column,
                  "the pattern nests parentheses and brackets deeper than the limit of "
                      + maxDepth
                      + " levels"));
        }
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return Optional.empty();
  }

  /** Whether {@code pattern} is a syntactically valid STIX pattern. */
  public boolean isValid(String pattern) {
    return check(pattern).isEmpty();
  }

  private static final class Collector extends BaseErrorListener {
    private final List<PatternError> errors = new ArrayList<>();
    private int count;

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      count++;
      if (errors.size() < MAX_ERRORS) {
        errors.add(new PatternError(line, charPositionInLine + 1, msg));
      } else if (count == MAX_ERRORS + 1) {
        errors.add(new PatternError(line, charPositionInLine + 1, "and more errors from here on"));
      }
    }
  }
}
