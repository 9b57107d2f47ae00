package org.scrmportal.web.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web module's packages depend on each other one way only: {@code error} and {@code security}
 * below the interfaces {@code api}, {@code taxii} and {@code ui} (CONVENTIONS.md, "Stop doing:
 * package cycles").
 */
class NoPackageCyclesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal.web");

  @Test
  void webPackagesAreFreeOfCycles() {
    slices().matching("org.scrmportal.web.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
