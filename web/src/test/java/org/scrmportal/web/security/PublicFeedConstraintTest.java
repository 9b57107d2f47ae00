package org.scrmportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scrmportal.taxii.TaxiiCollection;
import org.scrmportal.web.error.MachineInterfaces;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The web.xml constraints of the public TLP:CLEAR feed: exactly discovery, the API root, the
 * collection list and {@link TaxiiCollection#PUBLIC} are open, for reading only; every other method
 * there takes a signed-in caller, and nothing else of the machine interfaces is open (but the CSAF
 * provider's, which CsafProviderConstraintTest checks).
 */
class PublicFeedConstraintTest {

  private record Constraint(
      Set<String> patterns, Set<String> methods, Set<String> omitted, boolean auth) {}

  private static List<Constraint> constraints() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    List<Constraint> constraints = new ArrayList<>();
    NodeList list = doc.getElementsByTagNameNS("*", "security-constraint");
    for (int i = 0; i < list.getLength(); i++) {
      Element c = (Element) list.item(i);
      constraints.add(
          new Constraint(
              texts(c, "url-pattern"),
              texts(c, "http-method"),
              texts(c, "http-method-omission"),
              c.getElementsByTagNameNS("*", "auth-constraint").getLength() > 0));
    }
    return constraints;
  }

  private static Set<String> texts(Element parent, String name) {
    Set<String> texts = new LinkedHashSet<>();
    NodeList nodes = parent.getElementsByTagNameNS("*", name);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }

  private static final Set<String> OPEN =
      Set.of(
          "/taxii2/",
          "/taxii2/scrm/",
          "/taxii2/scrm/collections/",
          "/taxii2/scrm/collections/" + TaxiiCollection.PUBLIC + "/*");

  /** CSAF advisories: TLP:CLEAR ones are read without signing in (CSAF 2.0 section 7.1.4). */
  private static final Set<String> CSAF_OPEN =
      Set.of("/api/csaf/advisories", "/api/csaf/advisories/*");

  /** OSCAL baselines and their links: TLP:CLEAR ones are read without signing in. */
  private static final Set<String> BASELINES_OPEN = Set.of("/api/baselines", "/api/baselines/*");

  @Test
  void thePublicFeedIsOpenForReadingOnly() throws Exception {
    List<Constraint> machineOpen =
        constraints().stream()
            .filter(c -> !c.auth())
            .filter(
                c ->
                    c.patterns().stream()
                        .anyMatch(
                            p ->
                                PortalOidcConfigResolver.isMachineInterface(p)
                                    && !MachineInterfaces.isCsafProvider(p)))
            .toList();
    assertEquals(
        Set.of(OPEN, CSAF_OPEN, BASELINES_OPEN),
        machineOpen.stream().map(Constraint::patterns).collect(java.util.stream.Collectors.toSet()),
        "the open constraints on the machine interfaces: the public feed, CSAF and baseline reads");
    for (Constraint open : machineOpen) {
      assertEquals(Set.of("GET", "HEAD"), open.methods(), open.patterns() + " opens reads only");
      assertTrue(
          constraints().stream()
              .anyMatch(
                  c ->
                      c.auth()
                          && c.patterns().equals(open.patterns())
                          && c.methods().isEmpty()
                          && c.omitted().equals(Set.of("GET", "HEAD"))),
          "every other method on " + open.patterns() + " takes a signed-in caller");
    }
  }
}
