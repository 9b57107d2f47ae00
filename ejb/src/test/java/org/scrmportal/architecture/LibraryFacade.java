package org.scrmportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every facade over a third-party library shares (liboscal, OpenSAML): the facade really
 * uses the library (so the isolation rule is not vacuous), and its public methods take and return
 * none of the library's types.
 */
final class LibraryFacade {

  private LibraryFacade() {}

  /** Asserts that some class of package {@code facade} depends on a class under {@code prefix}. */
  static void assertUses(JavaClasses classes, String facade, String prefix) {
    boolean uses =
        classes.stream()
            .filter(c -> c.getPackageName().equals(facade))
            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith(prefix));
    assertTrue(uses, facade + " was expected to use " + prefix + "*");
  }

  /** Checks that no public method of a public class of {@code facade} shows a library type. */
  static void checkShowsNoLibraryType(
      JavaClasses classes, String facade, String description, String... typePrefixes) {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(facade)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .arePublic()
        .should(showNone(description, typePrefixes))
        .check(classes);
  }

  private static ArchCondition<JavaCodeUnit> showNone(String description, String... prefixes) {
    return new ArchCondition<>("take and return no " + description + " type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          for (String prefix : prefixes) {
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
