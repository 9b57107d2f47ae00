package org.scrmportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;

/**
 * Architecture rules that make the access policy impossible to bypass: only repositories touch the
 * database, and every repository method that queries a marked object applies the policy's
 * predicate.
 */
class ListingsGoThroughThePolicyTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal");

  /** Entities that carry a marking: what the policy guards. */
  private static final Set<JavaClass> MARKED =
      CLASSES.stream()
          .filter(
              c ->
                  c.getAllFields().stream()
                      .anyMatch(f -> f.getRawType().isEquivalentTo(Marking.class)))
          .collect(Collectors.toSet());

  @Test
  void thereAreMarkedObjectsToGuard() {
    assertFalse(
        MARKED.isEmpty(), "no entity with a Marking found: the rules below would check nothing");
  }

  @Test
  void onlyRepositoriesUseTheEntityManager() {
    noClasses()
        .that()
        .haveSimpleNameNotStartingWith("Jpa")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .because(
            "callers never see an EntityManager (CONVENTIONS.md), so no query escapes the repositories")
        .check(CLASSES);
  }

  @Test
  void everyQueryOfMarkedObjectsAppliesThePolicy() {
    DescribedPredicate<JavaMethod> queriesTheDatabase =
        new DescribedPredicate<>("query the database") {
          @Override
          public boolean test(JavaMethod method) {
            return method.getMethodCallsFromSelf().stream()
                .anyMatch(
                    call ->
                        call.getTargetOwner().isAssignableTo(EntityManager.class)
                            && call.getName()
                                .matches(
                                    "createQuery|createNativeQuery|createNamedQuery|find|getReference"));
          }
        };
    DescribedPredicate<JavaMethod> inClassesUsingMarkedObjects =
        new DescribedPredicate<>("use marked objects") {
          @Override
          public boolean test(JavaMethod method) {
            return method.getOwner().getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> MARKED.contains(d.getTargetClass()));
          }
        };
    ArchCondition<JavaMethod> applyThePolicy =
        new ArchCondition<>("apply the access policy's predicate") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean applies =
                method.getMethodCallsFromSelf().stream()
                    .anyMatch(
                        call ->
                            call.getTargetOwner().isEquivalentTo(AccessPolicy.class)
                                && call.getName().endsWith("redicate"));
            if (!applies) {
              events.add(
                  SimpleConditionEvent.violated(
                      method,
                      method.getFullName()
                          + " queries marked objects without AccessPolicy.predicate or metadataPredicate"));
            }
          }
        };
    methods()
        .that(queriesTheDatabase)
        .and(inClassesUsingMarkedObjects)
        .should(applyThePolicy)
        .check(CLASSES);
  }
}
