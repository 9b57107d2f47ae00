package org.scrmportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's admin client ({@code org.keycloak..}) and the RESTEasy it runs on stay behind {@link
 * org.scrmportal.identity.RealmAdmin}: only {@code org.scrmportal.identity.keycloak} imports them.
 */
class KeycloakLibraryIsolationTest {

  private static final String ADAPTER = "org.scrmportal.identity.keycloak";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal");

  @Test
  void onlyTheAdapterUsesTheKeycloakAdminClient() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.keycloak..", "org.jboss.resteasy..")
        .because("only " + ADAPTER + " may use keycloak-admin-client")
        .check(CLASSES);
  }

  @Test
  void theRuleIsNotVacuous() {
    boolean adapterUsesLibrary =
        CLASSES.stream()
            .filter(c -> c.getPackageName().equals(ADAPTER))
            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.keycloak."));
    assertTrue(adapterUsesLibrary, "the adapter was expected to use keycloak-admin-client");
  }
}
