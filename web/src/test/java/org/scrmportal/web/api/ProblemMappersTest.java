package org.scrmportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.federation.MetadataRefused;
import org.scrmportal.identity.federation.saml.InvalidMetadata;
import org.scrmportal.platform.DomainException;
import org.scrmportal.web.error.Problem;

class ProblemMappersTest {

  private final ProblemMappers.ServiceFailed mapper = new ProblemMappers.ServiceFailed();

  @Test
  void aWrappedRefusalIsAnsweredAsTheRefusal() {
    Response r =
        mapper.toResponse(
            new EJBException(new DomainException(DomainException.Kind.CONFLICT, "already known")));
    assertEquals(409, r.getStatus());
    assertEquals("already known", ((Problem) r.getEntity()).detail());
  }

  @Test
  void keycloakRefusingIsABadGatewayWithoutItsMessage() {
    Response direct =
        new ProblemMappers.KeycloakRefused()
            .toResponse(new RealmAdminException("HTTP 500 from http://kc.internal:8180"));
    Response wrapped =
        mapper.toResponse(new EJBException(new RealmAdminException("connection refused")));
    for (Response r : new Response[] {direct, wrapped}) {
      assertEquals(502, r.getStatus());
      assertEquals("application/problem+json", r.getMediaType().toString());
      Problem p = (Problem) r.getEntity();
      assertEquals(502, p.status());
      assertFalse(p.detail().contains("kc.internal") || p.detail().contains("refused:"));
    }
  }

  @Test
  void refusedMetadataIs422WithEveryProblem() {
    MetadataRefused refused =
        new MetadataRefused(
            "The aggregate does not verify; nothing was stored",
            List.of("the signature does not verify", "validUntil is in the past"));
    Response direct = new ProblemMappers.MetadataNotAccepted().toResponse(refused);
    Response wrapped = mapper.toResponse(new EJBException(refused));
    for (Response r : new Response[] {direct, wrapped}) {
      assertEquals(422, r.getStatus());
      assertEquals("application/problem+json", r.getMediaType().toString());
      ProblemMappers.MetadataProblem p = (ProblemMappers.MetadataProblem) r.getEntity();
      assertEquals(422, p.status());
      assertEquals("Unprocessable Content", p.title());
      assertEquals("The aggregate does not verify; nothing was stored", p.detail());
      assertEquals(
          List.of("the signature does not verify", "validUntil is in the past"), p.errors());
    }
    Response facade =
        new ProblemMappers.InvalidSamlMetadata()
            .toResponse(new InvalidMetadata(List.of("DOCTYPE is not allowed")));
    assertEquals(422, facade.getStatus());
    assertEquals(
        List.of("DOCTYPE is not allowed"),
        ((ProblemMappers.MetadataProblem) facade.getEntity()).errors());
  }

  @Test
  void anythingElseIsOurFault() {
    Response r = mapper.toResponse(new EJBException(new IllegalStateException("secret internals")));
    assertEquals(500, r.getStatus());
    assertFalse(((Problem) r.getEntity()).detail().contains("secret internals"));
  }
}
