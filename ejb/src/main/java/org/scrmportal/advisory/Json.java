package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The store's one Jackson mapper (thread-safe once configured). */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}
}
