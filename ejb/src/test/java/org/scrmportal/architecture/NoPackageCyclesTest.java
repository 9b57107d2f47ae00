package org.scrmportal.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The capabilities depend on each other one way only (platform &lt; organization &lt; identity &lt;
 * access &lt; community &lt; alert &lt; stix &lt; taxii): a lower package never imports a higher
 * one (CONVENTIONS.md, "Stop doing: package cycles").
 */
class NoPackageCyclesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal");

  @Test
  void capabilitiesAreFreeOfCycles() {
    slices().matching("org.scrmportal.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
