package org.scrmportal.stix.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * little. Instances are stateless and thread-safe.
 */
public final class StixPatternChecker {

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

  /** Whether {@code pattern} is a syntactically valid STIX pattern. */
  public boolean isValid(String pattern) {
    return check(pattern).isEmpty();
  }

  private static final class Collector extends BaseErrorListener {
    private final List<PatternError> errors = new ArrayList<>();

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      errors.add(new PatternError(line, charPositionInLine + 1, msg));
    }
  }
}
