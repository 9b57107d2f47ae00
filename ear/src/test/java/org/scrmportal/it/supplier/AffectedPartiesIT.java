package org.scrmportal.it.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.csaf.CsafSamples;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;
import org.scrmportal.it.support.TestServers;

/**
 * Black-box: two organizations declare the same component; a supplier publishes a TLP:AMBER
 * advisory shared with one of them through {@code POST /api/csaf/advisories}; only that one gets a
 * notice in its inbox and a message on the JMS topic (read by a test subscriber deployed beside the
 * portal), and a revision saying the product is fixed closes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AffectedPartiesIT {

  @Deployment(name = "portal", order = 1, testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Deployment(name = "probe", order = 2, testable = false)
  static WebArchive probe() {
    return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
        .addClass(NoticeProbeServlet.class);
  }

  private static final String PROBE = "/notice-probe/messages";

  /** A CSAF document naming {@code purl} without version, with a vers range, in {@code status}. */
  static byte[] advisory(
      String namespace, String trackingId, int version, String purl, String cve, String status) {
    ObjectNode root =
        CsafSamples.advisory()
            .namespace(namespace)
            .trackingId(trackingId)
            .version(version)
            .tlp("AMBER")
            .title("Widget advisory " + trackingId)
            .json();
    ObjectNode tree = root.putObject("product_tree");
    ObjectNode vendor = tree.putArray("branches").addObject();
    vendor.put("category", "vendor").put("name", "Example Widgets");
    ObjectNode name = vendor.putArray("branches").addObject();
    name.put("category", "product_name").put("name", "widget");
    ObjectNode range = name.putArray("branches").addObject();
    range.put("category", "product_version_range").put("name", "vers:maven/>=1.0|<1.3");
    ObjectNode product = range.putObject("product");
    product.put("product_id", "WIDGET-1.0-1.2").put("name", "Example Widgets widget 1.0 to 1.2");
    product.putObject("product_identification_helper").put("purl", purl);
    ArrayNode vulnerabilities = root.putArray("vulnerabilities");
    ObjectNode v = vulnerabilities.addObject();
    v.put("cve", cve);
    v.putObject("product_status").putArray(status).add("WIDGET-1.0-1.2");
    try {
      return RawApi.JSON.writeValueAsBytes(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void declare(RawApi who, String purl) {
    RawApi.Reply reply =
        who.postJson("/api/inventory/entries", Map.of("components", List.of(Map.of("purl", purl))));
    assertEquals(201, reply.status(), reply.toString());
  }

  private static List<JsonNode> notices(RawApi who, String trackingId) {
    RawApi.Reply reply = who.get("/api/notices");
    assertEquals(200, reply.status(), reply.toString());
    List<JsonNode> found = new ArrayList<>();
    reply
        .json()
        .path("notices")
        .forEach(
            n -> {
              if (n.path("trackingId").asText().equals(trackingId)) {
                found.add(n);
              }
            });
    return found;
  }

  private static List<JsonNode> probeMessages(String trackingId) {
    RawApi.Reply reply =
        RawApi.send(
            HttpRequest.newBuilder(TestServers.PORTAL.resolve(PROBE + "?wait=5000"))
                .timeout(Duration.ofMinutes(1))
                .GET());
    assertEquals(200, reply.status(), reply.toString());
    List<JsonNode> found = new ArrayList<>();
    reply
        .json()
        .forEach(
            m -> {
              if (m.path("trackingId").asText().equals(trackingId)) {
                found.add(m);
              }
            });
    return found;
  }

  @Test
  @OperateOnDeployment("portal")
  void onlyTheMatchingOrganizationThatMaySeeTheAdvisoryIsToldAndAFixCloses() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String purl = "pkg:maven/org.example.it" + run + "/widget";
    String cve = "CVE-2099-" + (10000 + Math.abs(run.hashCode() % 80000));
    RawApi nora = RawApi.as("nora"); // northgrid-energy
    RawApi gina = RawApi.as("gina"); // ncsa
    RawApi alice = RawApi.as("alice"); // acme-components, the supplier
    declare(nora, purl + "@1.2.3");
    declare(gina, purl + "@1.2.3");
    declare(gina, purl + "@1.4.0");

    String namespace = "https://widgets-" + run + ".example";
    RawApi.Reply granted =
        RawApi.as("olivia")
            .postJson(
                "/api/csaf/namespaces",
                Map.of("organization", "acme-components", "namespace", namespace));
    assertEquals(201, granted.status(), granted.toString());

    RawApi.Reply subscribed =
        RawApi.send(
            HttpRequest.newBuilder(TestServers.PORTAL.resolve(PROBE))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, subscribed.status(), subscribed.toString());

    String trackingId = "WIDGET-" + run;
    RawApi.Reply stored =
        alice.post(
            "/api/csaf/advisories?organization=northgrid-energy",
            "application/json",
            advisory(namespace, trackingId, 1, purl, cve, "known_affected"));
    assertEquals(201, stored.status(), stored.toString());

    List<JsonNode> noraSees = notices(nora, trackingId);
    assertEquals(1, noraSees.size(), "northgrid-energy's inbox: " + noraSees);
    assertEquals("Example Widgets widget 1.0 to 1.2", noraSees.get(0).path("productName").asText());
    assertEquals(cve, noraSees.get(0).path("cve").asText());
    assertEquals(stored.json().path("id").asLong(), noraSees.get(0).path("advisoryId").asLong());
    // ncsa's inventory matches as well, but the AMBER advisory is shared with northgrid-energy only
    assertTrue(notices(gina, trackingId).isEmpty(), "ncsa must not be told");
    assertTrue(notices(alice, trackingId).isEmpty(), "the publisher is not told of its own");

    List<JsonNode> messages = probeMessages(trackingId);
    assertEquals(1, messages.size(), "messages: " + messages);
    assertEquals("northgrid-energy", messages.get(0).path("organization").asText());
    assertEquals("OPEN", messages.get(0).path("status").asText());

    // revision 2 of the advisory: the product is fixed
    RawApi.Reply revised =
        alice.post(
            "/api/csaf/advisories?organization=northgrid-energy",
            "application/json",
            advisory(namespace, trackingId, 2, purl, cve, "fixed"));
    assertEquals(201, revised.status(), revised.toString());
    assertTrue(notices(nora, trackingId).isEmpty(), "the fix closes the notice");
    List<JsonNode> closed = probeMessages(trackingId);
    assertEquals(1, closed.size(), "messages: " + closed);
    assertEquals("CLOSED", closed.get(0).path("status").asText());
    assertEquals("FIXED", closed.get(0).path("outcome").asText());
  }

  @Test
  @OperateOnDeployment("portal")
  void anInvalidAdvisoryStoresNothingAndTellsNobody() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String purl = "pkg:maven/org.example.it" + run + "/widget";
    RawApi nora = RawApi.as("nora");
    declare(nora, purl + "@1.1");
    String namespace = "https://widgets-" + run + ".example";
    assertEquals(
        201,
        RawApi.as("olivia")
            .postJson(
                "/api/csaf/namespaces",
                Map.of("organization", "acme-components", "namespace", namespace))
            .status());
    String trackingId = "BROKEN-" + run;
    // a CVE that is not one (mandatory test 6.1.x): refused, so nothing is stored or announced
    RawApi.Reply refused =
        RawApi.as("alice")
            .post(
                "/api/csaf/advisories?organization=northgrid-energy",
                "application/json",
                advisory(namespace, trackingId, 1, purl, "not-a-cve", "known_affected"));
    assertTrue(refused.status() >= 400, refused.toString());
    assertTrue(notices(nora, trackingId).isEmpty());
  }
}
