package org.scrmportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
    boolean facadeUsesLibrary =
        CLASSES.stream()
            .filter(c -> c.getPackageName().equals(FACADE))
            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("gov.nist.secauto."));
    assertTrue(facadeUsesLibrary, "the facade was expected to use liboscal");
  }

  @Test
  void theFacadesPublicMethodsShowNoLiboscalType() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(FACADE)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .arePublic()
        .should(showOnlyOurTypes())
        .check(CLASSES);
  }

  private static ArchCondition<JavaCodeUnit> showOnlyOurTypes() {
    return new ArchCondition<>("take and return no liboscal type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        java.util.List<JavaClass> types = new java.util.ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          String name = type.getName();
          if (name.startsWith("gov.nist.secauto.") || name.startsWith("dev.metaschema.")) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " shows " + name));
          }
        }
      }
    };
  }
}
