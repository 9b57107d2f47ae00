package org.scrmportal.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A URL or URN under which imports and citations may name a publication. */
@Embeddable
public class PublicationAlias {

  @Column(name = "alias", nullable = false, length = 2000)
  private String alias;

  @Column(name = "alias_key", nullable = false, length = 2000)
  private String aliasKey;

  protected PublicationAlias() {}

  PublicationAlias(String alias) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.aliasKey = key(alias);
  }

  public String alias() {
    return alias;
  }

  /** How aliases are compared: trimmed, in lower case. */
  static String key(String alias) {
    return alias.strip().toLowerCase(Locale.ROOT);
  }
}
