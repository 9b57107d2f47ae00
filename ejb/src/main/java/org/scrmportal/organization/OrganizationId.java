package org.scrmportal.organization;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organization's identifier, the {@code org_id} attribute of its group in the Keycloak realm.
 */
public record OrganizationId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  public OrganizationId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "org_id must be 2 to 63 lower-case letters, digits or '-': " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
