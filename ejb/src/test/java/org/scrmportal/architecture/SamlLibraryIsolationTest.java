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
import java.util.ArrayList;
import java.util.List;
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
    boolean facadeUsesLibrary =
        MAIN.stream()
            .filter(c -> c.getPackageName().equals(FACADE))
            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.opensaml."));
    assertTrue(facadeUsesLibrary, "the facade was expected to use OpenSAML");
  }

  @Test
  void theFacadesPublicMethodsShowNoLibraryType() {
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
        .check(MAIN);
  }

  private static ArchCondition<JavaCodeUnit> showOnlyOurTypes() {
    return new ArchCondition<>("take and return no OpenSAML, Santuario or Joda-Time type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          for (String prefix : LIBRARY_PREFIXES) {
            if (type.getName().startsWith(prefix)) {
              events.add(
                  SimpleConditionEvent.violated(
                      unit, unit.getFullName() + " shows " + type.getName()));
            }
          }
        }
      }
    };
  }
}
