package org.scrmportal.web.csaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scrmportal.advisory.provider.CsafTlp;
import org.scrmportal.web.error.MachineInterfaces;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The web.xml constraints of the CSAF provider (CSAF 2.0 requirements 4 and 5): the well-known
 * directory is open for reading only, and the directory of every label but WHITE takes a signed-in
 * caller, whatever the method. The provider is a machine interface: never a login page.
 */
class CsafProviderConstraintTest {

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

  @Test
  void theProviderIsOpenForReadingOnly() throws Exception {
    List<Constraint> open =
        constraints().stream()
            .filter(c -> !c.auth())
            .filter(c -> c.patterns().stream().anyMatch(MachineInterfaces::isCsafProvider))
            .toList();
    assertEquals(1, open.size());
    assertEquals(Set.of("/.well-known/csaf/*"), open.get(0).patterns());
    assertEquals(Set.of("GET", "HEAD"), open.get(0).methods());
    assertTrue(
        constraints().stream()
            .anyMatch(
                c ->
                    c.auth()
                        && c.patterns().equals(Set.of("/.well-known/csaf/*"))
                        && c.omitted().equals(Set.of("GET", "HEAD"))));
  }

  @Test
  void everyLabelButWhiteTakesASignedInCaller() throws Exception {
    Set<String> protectedPatterns = new LinkedHashSet<>();
    constraints().stream()
        .filter(c -> c.auth() && c.methods().isEmpty() && c.omitted().isEmpty())
        .forEach(c -> protectedPatterns.addAll(c.patterns()));
    for (CsafTlp tlp : CsafTlp.values()) {
      String pattern = "/.well-known/csaf/" + tlp.directory() + "/*";
      assertEquals(!tlp.isPublic(), protectedPatterns.contains(pattern), pattern);
    }
  }

  @Test
  void theProviderIsAMachineInterface() {
    assertTrue(MachineInterfaces.isMachineInterface("/.well-known/csaf/provider-metadata.json"));
    assertTrue(MachineInterfaces.isMachineInterface("/.well-known/csaf/red/index.txt"));
    assertTrue(MachineInterfaces.isMachineInterface("/.well-known/csaf"));
    assertEquals(false, MachineInterfaces.isMachineInterface("/.well-known/csafx"));
  }
}
