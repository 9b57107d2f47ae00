package org.scrmportal.stix.schema;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's regular expressions for the STIX schemas, each remembering its answers for short
 * inputs. The schemas test every property name of every object against the same few patterns
 * ({@code patternProperties}: custom properties, {@code _bin} and {@code _hex} suffixes) and many
 * values against the same formats; property names repeat from object to object, so most answers are
 * looked up instead of matched (half of validation's time was spent matching them again).
 */
final class RememberingRegularExpressions implements RegularExpressionFactory {

  /**
   * Inputs up to this length are remembered: property names, timestamps, vocabulary words, and the
   * identifiers that objects refer to again and again (marking definitions, identities).
   */
  static final int MAX_INPUT = 64;

  /**
   * Answers remembered per pattern (at most some 400 KiB each, a few MiB for all the schemas'
   * patterns in practice); the memory starts afresh when it is full.
   */
  static final int MAX_ANSWERS = 2048;

  @Override
  public RegularExpression getRegularExpression(String regex) {
    RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    Map<String, Boolean> answers = new ConcurrentHashMap<>();
    return input -> {
      if (input.length() > MAX_INPUT) {
        return jdk.matches(input);
      }
      Boolean known = answers.get(input);
      if (known != null) {
        return known;
      }
      boolean answer = jdk.matches(input);
      if (answers.size() >= MAX_ANSWERS) {
        answers.clear();
      }
      answers.put(input, answer);
      return answer;
    };
  }
}
