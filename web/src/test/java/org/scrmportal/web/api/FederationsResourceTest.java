package org.scrmportal.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.RequestTooBigException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.saml.MetadataAggregates;
import org.scrmportal.platform.DomainException;

class FederationsResourceTest {

  private static FederationsResource.NewFederation parse(String json) {
    return FederationsResource.NewFederation.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static DomainException refused(String json) {
    return assertThrows(DomainException.class, () -> parse(json));
  }

  @Test
  void aFederationByAddressKeepsItsFieldsAndHasNoMetadata() {
    FederationsResource.NewFederation f =
        parse(
            "{\"name\":\" Partner federation \",\"metadataUrl\":\"https://fed.example/md.xml\","
                + "\"certificate\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\"}");
    assertEquals("Partner federation", f.name());
    assertEquals(URI.create("https://fed.example/md.xml"), f.metadataUrl());
    assertTrue(f.certificate().startsWith("-----BEGIN CERTIFICATE-----\nMIIB"));
    assertNull(f.metadata());
  }

  @Test
  void uploadedMetadataIsItsTextInUtf8() {
    String xml = "<md:EntitiesDescriptor Name=\"Fédération\"/>";
    FederationsResource.NewFederation f =
        parse(
            "{\"name\":\"f\",\"certificate\":\"MIIB\",\"metadata\":"
                + "\"<md:EntitiesDescriptor Name=\\\"Fédération\\\"/>\",\"metadataUrl\":null}");
    assertNull(f.metadataUrl());
    assertArrayEquals(xml.getBytes(StandardCharsets.UTF_8), f.metadata());
  }

  @Test
  void whatIsMissingOrMalformedIsInvalidAndNamed() {
    assertEquals(
        DomainException.Kind.INVALID,
        refused("{\"certificate\":\"x\",\"metadata\":\"<x/>\"}").kind());
    assertTrue(
        refused("{\"certificate\":\"x\",\"metadata\":\"<x/>\"}").getMessage().contains("name"));
    assertTrue(
        refused("{\"name\":\"f\",\"metadata\":\"<x/>\"}").getMessage().contains("certificate"));
    assertTrue(
        refused("{\"name\":\"f\",\"certificate\":\"x\"}")
            .getMessage()
            .contains("metadataUrl or metadata"));
    assertTrue(
        refused("{\"name\":7,\"certificate\":\"x\",\"metadata\":\"<x/>\"}")
            .getMessage()
            .contains("name must be a string"));
    assertTrue(refused("[1,2]").getMessage().contains("not a federation"));
    assertTrue(refused("<xml/>").getMessage().contains("not a federation"));
  }

  @Test
  void onlyWebAddressesAreFetched() {
    for (String address : new String[] {"file:///etc/passwd", "ftp://fed.example/md", "md.xml"}) {
      DomainException e =
          refused("{\"name\":\"f\",\"certificate\":\"x\",\"metadataUrl\":\"" + address + "\"}");
      assertEquals(DomainException.Kind.INVALID, e.kind(), address);
    }
    assertEquals(
        DomainException.Kind.INVALID,
        refused("{\"name\":\"f\",\"certificate\":\"x\",\"metadataUrl\":\"http://a b\"}").kind());
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() throws Exception {
    InputStream huge =
        new InputStream() {
          private long left = MetadataAggregates.MAX_BYTES + 1L;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    DomainException e = assertThrows(DomainException.class, () -> FederationsResource.read(huge));
    assertEquals(DomainException.Kind.TOO_LARGE, e.kind());

    byte[] exact = FederationsResource.read(new ByteArrayInputStream(new byte[1024]));
    assertEquals(1024, exact.length);
  }

  @Test
  void theServersOwnLimitIsTooLargeToo() {
    InputStream cut =
        new InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new RequestTooBigException();
          }

          @Override
          public int read(byte[] b, int off, int len) throws java.io.IOException {
            throw new RequestTooBigException();
          }
        };
    DomainException e = assertThrows(DomainException.class, () -> FederationsResource.read(cut));
    assertEquals(DomainException.Kind.TOO_LARGE, e.kind());
  }
}
