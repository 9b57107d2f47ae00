package org.scrmportal.baseline.oscal;

/** The three serializations OSCAL defines for every model. */
public enum OscalFormat {
  JSON,
  XML,
  YAML;

  /**
   * Detects the format from the first non-blank character (after a byte order mark): {@code {} is
   * JSON, {@code <} is XML, anything else is YAML.
   */
  public static OscalFormat detect(byte[] content) {
    int i = 0;
    if (content.length >= 3
        && (content[0] & 0xff) == 0xef
        && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf) {
      i = 3;
    }
    for (; i < content.length; i++) {
      byte b = content[i];
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        continue;
      }
      if (b == '{') {
        return JSON;
      }
      if (b == '<') {
        return XML;
      }
      return YAML;
    }
    return YAML;
  }
}
