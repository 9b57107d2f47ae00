package org.scrmportal.advisory.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The weaknesses of MITRE's CWE list (id and name), bundled as {@code csaf/cwe.tsv}: one weakness a
 * line, {@code CWE-79 TAB name}. Generated from MITRE's catalogue by {@code docs/csaf/cwe_tsv.py};
 * its version and terms are in the NOTICE file.
 */
final class CweCatalogue {

  static final String RESOURCE = "csaf/cwe.tsv";

  private static final Map<String, String> NAMES = load();

  private CweCatalogue() {}

  /** The name of weakness {@code id} (e.g. {@code CWE-79}), if the list has it. */
  static Optional<String> name(String id) {
    return Optional.ofNullable(NAMES.get(id));
  }

  /** How many weaknesses the list has. */
  static int size() {
    return NAMES.size();
  }

  private static Map<String, String> load() {
    Map<String, String> names = new HashMap<>(2048);
    try (InputStream in = CweCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no bundled CWE list " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          names.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled CWE list " + RESOURCE, e);
    }
    return Map.copyOf(names);
  }
}
