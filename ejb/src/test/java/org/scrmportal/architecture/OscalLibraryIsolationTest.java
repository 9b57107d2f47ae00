package org.scrmportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * NIST's liboscal-java ({@code gov.nist.secauto..}, {@code dev.metaschema..}) stays behind the
 * OSCAL facade: only {@code org.scrmportal.baseline.oscal} imports it, and the facade's public
 * methods take and return our own types only (OSCAL-CONTRACT.md, section 1).
 */
class OscalLibraryIsolationTest {

  private static final String FACADE = "org.scrmportal.baseline.oscal";
  private static final String[] LIBRARY = {"gov.nist.secauto..", "dev.metaschema.."};

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal");

  @Test
  void onlyTheFacadeUsesLiboscal() {
    noClasses()
        .that()
        .resideOutsideOfPackage(FACADE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(LIBRARY)
        .because("only " + FACADE + " may use liboscal-java")
        .check(CLASSES);
  }

  @Test
  void theRuleIsNotVacuous() {
    LibraryFacade.assertUses(CLASSES, FACADE, "gov.nist.secauto.");
  }

  @Test
  void theFacadesPublicMethodsShowNoLiboscalType() {
    LibraryFacade.checkShowsNoLibraryType(
        CLASSES, FACADE, "liboscal", "gov.nist.secauto.", "dev.metaschema.");
  }
}
