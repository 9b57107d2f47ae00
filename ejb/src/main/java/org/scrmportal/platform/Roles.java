package org.scrmportal.platform;

import java.util.Set;

/** The realm roles of the portal, as named in the Keycloak realm file of {@code realm-config}. */
public final class Roles {

  public static final String SUBMITTER = "submitter";
  public static final String CONSUMER = "consumer";
  public static final String ANALYST = "analyst";
  public static final String STANDARDS_EDITOR = "standards-editor";
  public static final String ORG_ADMIN = "org-admin";
  public static final String OPERATOR = "operator";

  /**
   * Every portal role; a token's other roles (Keycloak's defaults, other clients') mean nothing
   * here.
   */
  public static final Set<String> ALL =
      Set.of(SUBMITTER, CONSUMER, ANALYST, STANDARDS_EDITOR, ORG_ADMIN, OPERATOR);

  private Roles() {}
}
