package org.scrmportal.baseline;

import java.util.Locale;

/** TEMPORARY stand-in (contract section 2); removed before merge. */
public final class ControlIds {
  private ControlIds() {}

  public static String normalize(String id) {
    String s = id.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    return s.replaceAll("\\((\\d+)\\)", ".$1");
  }
}
