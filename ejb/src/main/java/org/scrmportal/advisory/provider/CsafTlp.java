package org.scrmportal.advisory.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrmportal.platform.TlpLevel;

/**
 * The TLP labels of CSAF 2.0 (TLP 1.0 words, {@code /document/distribution/tlp/label}) under which
 * the provider distributes, each with the portal markings (TLP 2.0) it gathers and its directory.
 * WHITE is public (section 7.1.4, requirement 4); AMBER and RED are served under paths of their
 * own, behind authentication (section 7.1.5, requirement 5), and so is GREEN, which the portal
 * shares with its members only.
 */
public enum CsafTlp {
  WHITE(List.of(TlpLevel.CLEAR)),
  GREEN(List.of(TlpLevel.GREEN)),
  AMBER(List.of(TlpLevel.AMBER, TlpLevel.AMBER_STRICT)),
  RED(List.of(TlpLevel.RED));

  private final List<TlpLevel> levels;

  CsafTlp(List<TlpLevel> levels) {
    this.levels = levels;
  }

  /** The portal marking levels distributed under this label (AMBER+STRICT goes with AMBER). */
  public List<TlpLevel> levels() {
    return levels;
  }

  /** Whether anyone may read this label's directory and feed without signing in. */
  public boolean isPublic() {
    return this == WHITE;
  }

  /** The label as the provider metadata writes it ({@code tlp_label}), e.g. {@code WHITE}. */
  public String label() {
    return name();
  }

  /** The directory of this label under {@code /.well-known/csaf/}, e.g. {@code white}. */
  public String directory() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file name of this label's ROLIE feed, e.g. {@code feed-tlp-white.json}. */
  public String feedFileName() {
    return "feed-tlp-" + directory() + ".json";
  }

  /**
   * The file name of this label's ROLIE category document, e.g. {@code category-tlp-white.json}.
   */
  public String categoryFileName() {
    return "category-tlp-" + directory() + ".json";
  }

  /** The label whose directory is {@code directory} (exactly, lower case). */
  public static Optional<CsafTlp> ofDirectory(String directory) {
    return Arrays.stream(values()).filter(t -> t.directory().equals(directory)).findFirst();
  }
}
