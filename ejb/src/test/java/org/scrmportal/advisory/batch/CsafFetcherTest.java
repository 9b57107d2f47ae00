package org.scrmportal.advisory.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The importer reads public http(s) addresses only, unless its operators allow a host. */
class CsafFetcherTest {

  private static CsafFetcher resolvingTo(String address, Set<String> allowed) {
    return new CsafFetcher(
        allowed, Duration.ofSeconds(1), host -> new InetAddress[] {InetAddress.getByName(address)});
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1"
      })
  void internalAddressesAreRefused(String address) {
    assertThrows(
        ImportRefused.class,
        () -> resolvingTo(address, Set.of()).check(URI.create("https://csaf.example/index.txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"})
  void publicAddressesAreRead(String address) {
    assertDoesNotThrow(
        () -> resolvingTo(address, Set.of()).check(URI.create("https://csaf.example/index.txt")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://csaf.example/index.txt",
        "jar:file:/x.jar!/y",
        "https://user:pw@csaf.example/"
      })
  void otherSchemesAndUserInformationAreRefused(String url) {
    assertThrows(
        ImportRefused.class, () -> resolvingTo("93.184.216.34", Set.of()).check(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8999/csaf/", "http://LOCALHOST:1/"})
  void anAllowedHostIsReadThoughInternal(String url) {
    assertDoesNotThrow(
        () -> resolvingTo("127.0.0.1", Set.of("127.0.0.1", "localhost")).check(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:1/", "http://127.0.0.2/"})
  void allowingOneHostAllowsNoOther(String url) {
    assertThrows(
        ImportRefused.class,
        () -> resolvingTo("127.0.0.1", Set.of("127.0.0.1")).check(URI.create(url)));
  }
}
