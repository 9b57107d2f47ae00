package org.scrmportal.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The demo people of the realm file, read from it so that what is printed is what is imported. */
public final class DemoAccounts {

  /** Every demo user's password, as documented in the README. */
  public static final String PASSWORD = "scrm-demo";

  /** One demo person: login, organization group and realm roles. */
  public record Account(String username, String organization, List<String> roles) {}

  private DemoAccounts() {}

  public static List<Account> read() throws IOException {
    try (InputStream in = DemoAccounts.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
      JsonNode realm =
          new ObjectMapper().readTree(Objects.requireNonNull(in, KeycloakServer.REALM_RESOURCE));
      List<Account> accounts = new ArrayList<>();
      for (JsonNode user : realm.path("users")) {
        if (user.hasNonNull("serviceAccountClientId")) {
          continue;
        }
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(r -> roles.add(r.asText()));
        String group = user.path("groups").path(0).asText("(none)").replaceFirst("^/", "");
        accounts.add(new Account(user.path("username").asText(), group, List.copyOf(roles)));
      }
      return accounts;
    }
  }
}
