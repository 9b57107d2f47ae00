package org.scrmportal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PURL and CPE matching with exact, range and non-matching versions. */
class ProductMatcherTest {

  private static AdvisoryProduct product(
      String vendor, String name, String version, String range, String cpe, String purl) {
    return new AdvisoryProduct(
        "P1", vendor + " " + name, vendor, name, version, range, cpe, purl, List.of(), null, null);
  }

  private static Component purl(String purl) {
    return new Component(null, null, null, null, purl, null);
  }

  private static Component cpe(String cpe) {
    return new Component(null, null, null, null, null, cpe);
  }

  @Test
  void purlWithExactVersion() {
    AdvisoryProduct p =
        product(
            "Apache",
            "Log4j",
            null,
            null,
            null,
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    assertEquals(
        Match.YES,
        ProductMatcher.matches(
            p,
            ProductStatus.KNOWN_AFFECTED,
            purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p,
            ProductStatus.KNOWN_AFFECTED,
            purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")));
  }

  @Test
  void purlIsMatchedOnTypeNamespaceAndNameNotAsText() {
    AdvisoryProduct p = product("X", "requests", "2.31.0", null, null, "pkg:pypi/Requests");
    // pypi names are case-insensitive: the library normalises them
    assertEquals(
        Match.YES,
        ProductMatcher.matches(p, ProductStatus.KNOWN_AFFECTED, purl("pkg:pypi/requests@2.31.0")));
    // another namespace is another package, whatever the name
    AdvisoryProduct q = product("X", "core", null, null, null, "pkg:maven/org.example/core@1.0");
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            q, ProductStatus.KNOWN_AFFECTED, purl("pkg:maven/com.other/core@1.0")));
  }

  @Test
  void purlQualifiersOnlySeparateWhereBothNameThem() {
    AdvisoryProduct p =
        product("X", "openssl", null, null, null, "pkg:deb/debian/openssl@3.0.11?arch=amd64");
    assertEquals(
        Match.YES,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, purl("pkg:deb/debian/openssl@3.0.11")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, purl("pkg:deb/debian/openssl@3.0.11?arch=arm64")));
  }

  @Test
  void purlWithoutVersionTakesTheBranchRange() {
    AdvisoryProduct p =
        product(
            "Apache",
            "Log4j",
            null,
            "vers:maven/>=2.0-beta9|<2.15.0",
            null,
            "pkg:maven/org.apache.logging.log4j/log4j-core");
    assertEquals(
        Match.YES,
        ProductMatcher.matches(
            p,
            ProductStatus.KNOWN_AFFECTED,
            purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p,
            ProductStatus.KNOWN_AFFECTED,
            purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.15.0")));
    assertEquals(
        Match.UNKNOWN,
        ProductMatcher.matches(
            p,
            ProductStatus.KNOWN_AFFECTED,
            purl("pkg:maven/org.apache.logging.log4j/log4j-core")));
  }

  @Test
  void cpeWithExactVersion() {
    AdvisoryProduct p =
        product(
            "Example", "Router", null, null, "cpe:2.3:h:example:router:4.2:*:*:*:*:*:*:*", null);
    assertEquals(
        Match.YES,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:router:4.2.0:*:*:*:*:*:*:*")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:router:4.3:*:*:*:*:*:*:*")));
    // CPE 2.2 URI form of the same product
    assertEquals(
        Match.YES,
        ProductMatcher.matches(p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:/h:example:router:4.2")));
  }

  @Test
  void cpeWithAnyVersionTakesTheBranchRange() {
    AdvisoryProduct p =
        product(
            "Example", "Router", null, "<= 4.2", "cpe:2.3:h:example:router:*:*:*:*:*:*:*:*", null);
    assertEquals(
        Match.YES,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:router:4.1.7:*:*:*:*:*:*:*")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:router:5.0:*:*:*:*:*:*:*")));
  }

  @Test
  void cpeOfAnotherVendorOrProductDoesNotMatch() {
    AdvisoryProduct p =
        product(
            "Example", "Router", "4.2", null, "cpe:2.3:h:example:router:4.2:*:*:*:*:*:*:*", null);
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:other:router:4.2:*:*:*:*:*:*:*")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:a:example:router:4.2:*:*:*:*:*:*:*")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:switch:4.2:*:*:*:*:*:*:*")));
  }

  @Test
  void cpeVersionWildcard() {
    AdvisoryProduct p =
        product(
            "Example", "Router", null, null, "cpe:2.3:h:example:router:4.*:*:*:*:*:*:*:*", null);
    assertEquals(
        Match.YES,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:router:4.7:*:*:*:*:*:*:*")));
    assertEquals(
        Match.NO,
        ProductMatcher.matches(
            p, ProductStatus.KNOWN_AFFECTED, cpe("cpe:2.3:h:example:router:5.0:*:*:*:*:*:*:*")));
  }

  @Test
  void vendorNameAndVersionWhenNoIdentifierIsShared() {
    AdvisoryProduct p =
        product("Example Company", "ABC", null, "vers:generic/>=4.0|<4.2", null, null);
    Component in = new Component("Example Co.", "example company", "abc", "4.1.3", null, null);
    Component above = new Component(null, "Example Company", "ABC", "4.2", null, null);
    Component other = new Component(null, "Another Company", "ABC", "4.1", null, null);
    assertEquals(Match.YES, ProductMatcher.matches(p, ProductStatus.KNOWN_AFFECTED, in));
    assertEquals(Match.NO, ProductMatcher.matches(p, ProductStatus.KNOWN_AFFECTED, above));
    assertEquals(Match.NO, ProductMatcher.matches(p, ProductStatus.KNOWN_AFFECTED, other));
  }

  @Test
  void firstAndLastAffectedWidenAVersionIntoARange() {
    AdvisoryProduct p = product("Example", "ABC", "4.0", null, null, null);
    Component v41 = new Component(null, "Example", "ABC", "4.1", null, null);
    Component v39 = new Component(null, "Example", "ABC", "3.9", null, null);
    assertEquals(Match.YES, ProductMatcher.matches(p, ProductStatus.FIRST_AFFECTED, v41));
    assertEquals(Match.NO, ProductMatcher.matches(p, ProductStatus.FIRST_AFFECTED, v39));
    assertEquals(Match.YES, ProductMatcher.matches(p, ProductStatus.LAST_AFFECTED, v39));
    assertEquals(Match.NO, ProductMatcher.matches(p, ProductStatus.LAST_AFFECTED, v41));
    assertEquals(Match.NO, ProductMatcher.matches(p, ProductStatus.KNOWN_AFFECTED, v41));
  }
}
