package org.scrmportal.advisory.validation;

import java.util.Objects;

/**
 * One failed test.
 *
 * @param test the test number of CSAF 2.0 section 6 ("6.1.9"), or {@code "schema"} for the JSON
 *     schema
 * @param path the JSON Pointer (RFC 6901) of the value that failed, e.g. {@code
 *     /vulnerabilities/0/scores/1/cvss_v3/baseScore}; {@code ""} for the whole document
 * @param message what is wrong, for the author of the document
 */
public record Finding(String test, String path, String message) {

  public Finding {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    TestKind.of(test);
  }

  public TestKind kind() {
    return TestKind.of(test);
  }
}
