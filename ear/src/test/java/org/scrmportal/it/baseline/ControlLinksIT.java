package org.scrmportal.it.baseline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.scrmportal.it.csaf.CsafSamples;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box: threats are linked to NIST SP 800-53 rev5 controls from every source (a STIX object's
 * external references posted over TAXII, a CSAF remediation citing a control, a mapping document
 * mapping ATT&CK T1195.002, the form), and each caller reads exactly the links to what it may see:
 * an AMBER+STRICT object of acme-components never shows for Northgrid, a TLP:RED one only for the
 * named person (and its author organization, as everywhere, README access rule 3).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlLinksIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  void everySourceLinksAndEveryCallerSeesOnlyWhatItMay() {
    LinksClient sam = LinksClient.as("sam");
    sam.publishNistCatalog();
    LinksClient alice = LinksClient.as("alice");
    LinksClient nora = LinksClient.as("nora");
    LinksClient gina = LinksClient.as("gina");

    // STIX external references: "NIST SP 800-53" SR-3, over TAXII
    ObjectNode clear =
        LinksClient.object(
            "attack-pattern",
            List.of(LinksClient.reference("NIST SP 800-53", "SR-3")),
            LinksClient.CLEAR);
    ObjectNode acmeOnly =
        LinksClient.object(
            "indicator",
            List.of(LinksClient.reference("NIST SP 800-53 Rev. 5", "SR-3")),
            LinksClient.AMBER_STRICT);
    ObjectNode unknownCatalog =
        LinksClient.object(
            "attack-pattern",
            List.of(LinksClient.reference("No such catalog", "SR-3")),
            LinksClient.CLEAR);
    alice.taxiiAdd(List.of(clear, acmeOnly, unknownCatalog));
    // TLP:RED for nora, by the agency
    ObjectNode forNora =
        LinksClient.object("malware", List.of(LinksClient.reference(LinksClient.CATALOG, "SR-3")));
    gina.uploadBundle(List.of(forNora), "tlp=RED&person=nora");

    // a mapping document: ATT&CK T1195.002 to SR-3; an object before it and one after it
    List<ObjectNode> attack = List.of(LinksClient.reference("mitre-attack", "T1195.002"));
    ObjectNode mappedBefore = LinksClient.object("attack-pattern", attack, LinksClient.CLEAR);
    alice.taxiiAdd(List.of(mappedBefore));
    LinksClient.Reply mapping =
        sam.post(
            "/api/baselines/mappings?name=" + LinksClient.q("IT ATT&CK " + UUID.randomUUID()),
            "text/csv",
            "source_scheme,source_id,catalog,control,relationship,comment\n"
                + "attack,T1195.002,NIST SP 800-53,SR-3,mitigates,compromise software supply chain\n");
    assertEquals(201, mapping.status(), mapping.toString());
    ObjectNode mappedAfter = LinksClient.object("attack-pattern", attack, LinksClient.AMBER_STRICT);
    nora.taxiiAdd(List.of(mappedAfter)); // northgrid-energy's only

    // a CSAF advisory citing SR-11 in a remediation
    String namespace = "https://links-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    LinksClient.Reply granted =
        LinksClient.as("olivia")
            .postJson(
                "/api/csaf/namespaces",
                Map.of("organization", "acme-components", "namespace", namespace));
    assertEquals(201, granted.status(), granted.toString());
    ObjectNode csaf =
        CsafSamples.advisory()
            .namespace(namespace)
            .trackingId("LINKS-" + UUID.randomUUID().toString().substring(0, 8))
            .tlp("WHITE")
            .json();
    csaf.putObject("product_tree")
        .putArray("full_product_names")
        .addObject()
        .put("name", "Widget 1.0")
        .put("product_id", "CSAFPID-0001");
    ObjectNode vulnerability = csaf.putArray("vulnerabilities").addObject();
    vulnerability.putObject("product_status").putArray("known_affected").add("CSAFPID-0001");
    ObjectNode remediation = vulnerability.putArray("remediations").addObject();
    remediation.put("category", "mitigation");
    remediation.put(
        "details", "Verify component authenticity as NIST SP 800-53 SR-11 asks, then update.");
    remediation.putArray("product_ids").add("CSAFPID-0001");
    LinksClient.Reply advisory =
        alice.post("/api/csaf/advisories", "application/json", csaf.toString());
    assertEquals(201, advisory.status(), advisory.toString());
    String csafId = "csaf:" + advisory.json().path("id").asLong();

    // the form: nora links the clear object to SR-5, for everyone and (SR-6) for her organization
    LinksClient.Reply form =
        nora.postJson(
            "/api/baselines/links",
            Map.of("catalog", "NIST SP 800-53", "control", "SR-5", "object", id(clear)));
    assertEquals(201, form.status(), form.toString());
    LinksClient.Reply formPrivate =
        nora.postJson(
            "/api/baselines/links",
            Map.of(
                "catalog",
                LinksClient.CATALOG,
                "control",
                "sr-6",
                "object",
                id(clear),
                "marking",
                Map.of("tlp", "AMBER+STRICT")));
    assertEquals(201, formPrivate.status(), formPrivate.toString());

    Set<String> mine =
        Set.of(
            id(clear),
            id(acmeOnly),
            id(unknownCatalog),
            id(forNora),
            id(mappedBefore),
            id(mappedAfter),
            csafId);
    Set<String> everyone = Set.of(id(clear), id(mappedBefore));
    Map<String, Set<String>> sr3 = new LinkedHashMap<>();
    sr3.put("anonymous", everyone);
    sr3.put("alice", union(everyone, id(acmeOnly))); // acme-components authored it
    sr3.put("nora", union(everyone, id(forNora), id(mappedAfter))); // named; her own
    sr3.put("gina", union(everyone, id(forNora))); // the agency authored the RED one
    sr3.put("sam", everyone);
    sr3.put("olivia", everyone); // operators see no content beyond the rules
    Map<String, Set<String>> sr6 = new LinkedHashMap<>();
    sr3.keySet().forEach(k -> sr6.put(k, Set.of()));
    sr6.put("nora", Set.of(id(clear)));

    List<Executable> checks = new ArrayList<>();
    for (String who : sr3.keySet()) {
      LinksClient client = who.equals("anonymous") ? LinksClient.anonymous() : LinksClient.as(who);
      Set<String> seen = ours(client.linked("sr-3"), mine);
      checks.add(() -> assertEquals(sr3.get(who), seen, who + " reads SR-3"));
      Set<String> cited = ours(client.linked("SR-11"), mine);
      checks.add(() -> assertEquals(Set.of(csafId), cited, who + " reads SR-11"));
      Set<String> formed = ours(client.linked("SR-5"), mine);
      checks.add(() -> assertEquals(Set.of(id(clear)), formed, who + " reads SR-5"));
      Set<String> narrow = ours(client.linked("SR-6"), mine);
      checks.add(() -> assertEquals(sr6.get(who), narrow, who + " reads SR-6"));
      // the reverse, for the object page: nothing about an object the caller may not see
      LinksClient.Reply reverse = client.get("/api/baselines/links?object=" + id(acmeOnly));
      boolean sees = sr3.get(who).contains(id(acmeOnly));
      checks.add(
          () ->
              assertEquals(
                  sees,
                  reverse.json().path("controls").size() > 0,
                  who + " reads the controls of acme's AMBER+STRICT object: " + reverse));
    }
    assertAll(checks);

    // the STIX reference's sources and the advisory's reverse links
    JsonNode links =
        alice
            .get(
                "/api/baselines/links?catalog=" + LinksClient.q("nist sp 800-53") + "&control=SR-3")
            .json();
    Map<String, Set<String>> sources = new LinkedHashMap<>();
    links
        .path("threats")
        .forEach(
            t -> {
              Set<String> s = new TreeSet<>();
              t.path("sources").forEach(x -> s.add(x.asText()));
              sources.put(t.path("stixId").asText(), s);
            });
    assertEquals(Set.of("STIX_REFERENCE"), sources.get(id(clear)));
    assertEquals(Set.of("MAPPING_DOCUMENT"), sources.get(id(mappedBefore)));
    assertFalse(sources.containsKey(id(unknownCatalog)), "no catalog of that name: no link");
    JsonNode reverse =
        LinksClient.anonymous()
            .get("/api/baselines/links?advisory=" + csafId.substring(5))
            .json()
            .path("controls");
    assertEquals(1, reverse.size(), reverse.toString());
    assertEquals("sr-11", reverse.get(0).path("controlId").asText());
    assertTrue(reverse.get(0).path("publicationId").asLong() > 0, reverse.toString());
  }

  private static String id(ObjectNode object) {
    return object.path("id").asText();
  }

  private static Set<String> union(Set<String> a, String... more) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(List.of(more));
    return all;
  }

  /** What this test created, among everything linked (other tests link the same controls). */
  private static Set<String> ours(Set<String> linked, Set<String> mine) {
    Set<String> ours = new TreeSet<>(linked);
    ours.retainAll(mine);
    return ours;
  }
}
