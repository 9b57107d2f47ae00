package org.scrmportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * OpenSAML ({@code org.opensaml..}), Shibboleth's utilities ({@code net.shibboleth..}) and Apache
 * Santuario ({@code org.apache.xml.security..}) stay behind the SAML facade: only {@code
 * org.scrmportal.identity.federation.saml} (and, among the tests, its {@code testing} package)
 * imports them, and the facade's public methods take and return our own and the JDK's types only
 * (FEDERATION-CONTRACT.md, H1).
 */
class SamlLibraryIsolationTest {

  private static final String FACADE = "org.scrmportal.identity.federation.saml";
  private static final String[] LIBRARY = {
    "org.opensaml..", "net.shibboleth..", "org.apache.xml.security.."
  };
  private static final String[] LIBRARY_PREFIXES = {
    "org.opensaml.", "net.shibboleth.", "org.apache.xml.security.", "org.joda."
  };

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal");

  private static final JavaClasses WITH_TESTS =
      new ClassFileImporter().importPackages("org.scrmportal");

  @Test
  void onlyTheFacadeUsesOpenSaml() {
    noClasses()
        .that()
        .resideOutsideOfPackage(FACADE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(LIBRARY)
        .because("only " + FACADE + " may use OpenSAML, Shibboleth's utilities and Santuario")
        .check(MAIN);
  }

  @Test
  void noTestOutsideTheFacadeAndItsTestSupportUsesOpenSaml() {
    noClasses()
        .that()
        .resideOutsideOfPackages(FACADE, FACADE + ".testing")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(LIBRARY)
        .because("tests use the facade and TestFederation, not OpenSAML")
        .check(WITH_TESTS);
  }

  @Test
  void theRuleIsNotVacuous() {
    LibraryFacade.assertUses(MAIN, FACADE, "org.opensaml.");
  }

  @Test
  void theFacadesPublicMethodsShowNoLibraryType() {
    LibraryFacade.checkShowsNoLibraryType(
        MAIN, FACADE, "OpenSAML, Santuario or Joda-Time", LIBRARY_PREFIXES);
  }
}
