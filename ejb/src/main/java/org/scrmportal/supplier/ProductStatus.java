package org.scrmportal.supplier;

import java.util.Locale;
import java.util.Optional;

/**
 * The product status categories of a CSAF 2.0 vulnerability (section 3.2.3.9), and what each means
 * for a notice: the affected ones raise it, {@code known_not_affected} suppresses it (CSAF VEX),
 * {@code fixed} and {@code first_fixed} close it.
 */
public enum ProductStatus {
  FIRST_AFFECTED(Effect.AFFECTED),
  KNOWN_AFFECTED(Effect.AFFECTED),
  LAST_AFFECTED(Effect.AFFECTED),
  KNOWN_NOT_AFFECTED(Effect.NOT_AFFECTED),
  FIRST_FIXED(Effect.FIXED),
  FIXED(Effect.FIXED),
  RECOMMENDED(Effect.NONE),
  UNDER_INVESTIGATION(Effect.NONE);

  /** What a status does to a notice. */
  public enum Effect {
    AFFECTED,
    NOT_AFFECTED,
    FIXED,
    NONE
  }

  private final Effect effect;

  ProductStatus(Effect effect) {
    this.effect = effect;
  }

  public Effect effect() {
    return effect;
  }

  /** The JSON property name, e.g. {@code known_affected}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProductStatus> ofJsonName(String name) {
    for (ProductStatus s : values()) {
      if (s.jsonName().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
