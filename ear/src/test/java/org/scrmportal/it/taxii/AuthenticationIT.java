package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertEnvelope;
import static org.scrmportal.it.taxii.TaxiiAssertions.assertError;
import static org.scrmportal.it.taxii.TaxiiAssertions.ids;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.support.Tokens;
import org.scrmportal.it.taxii.TaxiiClient.Query;
import org.scrmportal.launcher.DemoAccounts;

/**
 * Who may call at all: people and machine clients with bearer tokens, machine clients with HTTP
 * Basic of their client id and secret; anyone else 401 with a challenge.
 */
@DisplayName("TAXII 2.1 section 1.6 (HTTP authentication) with the contract's Auth")
class AuthenticationIT extends TaxiiTest {

  @Test
  @DisplayName("1.6: a person's bearer token and a machine client's bearer token are accepted")
  void bearerTokensOfPeopleAndMachinesAreAccepted() {
    assertEquals(200, TaxiiClient.as("nora").collections().status());
    assertEquals(200, TaxiiClient.machine("northgrid-energy-machine").collections().status());
  }

  @Test
  @DisplayName("1.6: HTTP Basic of a machine client's id and secret acts as that machine client")
  void basicAuthOfAMachineClientActsAsThatClient() {
    TaxiiClient bearer = TaxiiClient.machine("acme-components-machine");
    TaxiiClient basic =
        TaxiiClient.basic("acme-components-machine", "acme-components-machine-secret");
    ObjectNode indicator = StixSamples.indicator();

    assertEquals(
        CollectionsIT.byId(bearer.collections()).keySet(),
        CollectionsIT.byId(basic.collections()).keySet(),
        "the same collections as with its bearer token");
    basic.addAll(SHARED, indicator);
    assertEquals(
        List.of(StixSamples.id(indicator)),
        ids(assertEnvelope(TaxiiClient.as("alice").object(SHARED, StixSamples.id(indicator)))),
        "what it adds is Acme's (unmarked: Acme's default, Acme reads it)");
  }

  @Test
  @DisplayName(
      "1.6: HTTP Basic with a wrong secret, an unknown client or a person's password is 401")
  void basicAuthWithoutAValidClientSecretIs401() {
    for (TaxiiClient caller :
        List.of(
            TaxiiClient.basic("acme-components-machine", "ncsa-machine-secret"),
            TaxiiClient.basic("no-such-machine", "no-such-machine-secret"),
            TaxiiClient.basic("alice", DemoAccounts.PASSWORD))) {
      assertError(caller.collections(), 401);
    }
  }

  @Test
  @DisplayName(
      "1.6: every endpoint without credentials is 401 with WWW-Authenticate, but the public feed's")
  void everyEndpointWithoutCredentialsIs401() {
    // discovery, the API root, the collection list and the public collection are open: PublicFeedIT
    TaxiiClient nobody = TaxiiClient.anonymous();
    String object = StixSamples.unknownId("indicator");
    List<TaxiiClient.Reply> replies =
        List.of(
            nobody.status(UUID.randomUUID().toString()),
            nobody.collection(SHARED),
            nobody.objects(SHARED, Query.none()),
            nobody.object(SHARED, object),
            nobody.versions(SHARED, object, Query.none()),
            nobody.manifest(SHARED, Query.none()),
            nobody.deleteObject(SHARED, object, Query.none()),
            nobody.postEnvelope(SHARED, List.of(StixSamples.indicator())));
    List<Executable> checks = new ArrayList<>();
    for (TaxiiClient.Reply reply : replies) {
      checks.add(() -> assertError(reply, 401));
      checks.add(
          () ->
              assertFalse(
                  reply.header("WWW-Authenticate").orElse("").isBlank(),
                  () -> "a challenge: " + reply.headers().map()));
    }
    assertAll(checks);
  }

  @Test
  @DisplayName("1.6: a tampered bearer token is 401")
  void aTamperedTokenIs401() {
    String[] parts = Tokens.forUser("alice").split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

    assertError(TaxiiClient.withAuthorization("forged", "Bearer " + forged).collections(), 401);
  }
}
