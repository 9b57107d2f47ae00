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
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.platform.UnfilteredRead;

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
        .and()
        .haveSimpleNameNotStartingWith("Jdbc")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .because(
            "callers never see an EntityManager (CONVENTIONS.md), so no query escapes the"
                + " repositories (Jpa* on JPA, Jdbc* on plain JDBC)")
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
            if (!appliesThePolicy(method) && !method.isAnnotatedWith(UnfilteredRead.class)) {
              events.add(
                  SimpleConditionEvent.violated(
                      method,
                      method.getFullName()
                          + " queries marked objects without AccessPolicy.predicate or"
                          + " metadataPredicate, and without @UnfilteredRead saying why"));
            }
          }
        };
    methods()
        .that(queriesTheDatabase)
        .and(inClassesUsingMarkedObjects)
        .should(applyThePolicy)
        .check(CLASSES);
  }

  /**
   * Plain JDBC hides which table a query reads, so every JDBC read anywhere must either apply the
   * policy's predicate or say, with {@link UnfilteredRead}, why what it reads never reaches a
   * caller.
   */
  @Test
  void everyJdbcReadAppliesThePolicyOrSaysWhyItNeedsNone() {
    methods().that(readsOverJdbc()).should(applyThePolicyOrBeAnUnfilteredRead()).check(CLASSES);
  }

  @Test
  void theJdbcRuleIsNotVacuous() {
    assertFalse(
        CLASSES.stream()
            .flatMap(c -> c.getMethods().stream())
            .noneMatch(m -> readsOverJdbc().test(m)),
        "no JDBC read found: the rule above would check nothing");
  }

  private static DescribedPredicate<JavaMethod> readsOverJdbc() {
    return new DescribedPredicate<>("read over JDBC") {
      @Override
      public boolean test(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream()
                .anyMatch(
                    call ->
                        call.getTargetOwner().isAssignableTo(Statement.class)
                            && call.getName().equals("executeQuery"))
            || lambdasOf(method)
                .anyMatch(
                    call ->
                        call.getTargetOwner().isAssignableTo(Statement.class)
                            && call.getName().equals("executeQuery"));
      }
    };
  }

  /** Calls made in the lambdas a method defines (JDBC work runs in such lambdas). */
  private static java.util.stream.Stream<com.tngtech.archunit.core.domain.JavaMethodCall> lambdasOf(
      JavaMethod method) {
    return method.getOwner().getMethods().stream()
        .filter(
            m ->
                m.getName().startsWith("lambda$" + method.getName() + "$")
                    && m.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC))
        .flatMap(m -> m.getMethodCallsFromSelf().stream());
  }

  private static ArchCondition<JavaMethod> applyThePolicyOrBeAnUnfilteredRead() {
    return new ArchCondition<>("apply the access policy's predicate or be an @UnfilteredRead") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (!appliesThePolicy(method) && !method.isAnnotatedWith(UnfilteredRead.class)) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName()
                      + " reads over JDBC without the policy's predicate and without"
                      + " @UnfilteredRead saying why"));
        }
      }
    };
  }

  /**
   * Whether the method calls the policy's predicate, itself or through a private helper of its own
   * class that does (such as a subquery "exists a share the viewer may see").
   */
  private static boolean appliesThePolicy(JavaMethod method) {
    return callsThePredicate(method)
        || method.getMethodCallsFromSelf().stream()
            .filter(call -> call.getTargetOwner().equals(method.getOwner()))
            .flatMap(call -> call.getTarget().resolveMember().stream())
            .filter(m -> m instanceof JavaMethod)
            .map(m -> (JavaMethod) m)
            .filter(
                m ->
                    m.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE))
            .anyMatch(ListingsGoThroughThePolicyTest::callsThePredicate);
  }

  private static boolean callsThePredicate(JavaMethod method) {
    return method.getMethodCallsFromSelf().stream()
        .anyMatch(
            call ->
                call.getTargetOwner().isEquivalentTo(AccessPolicy.class)
                    && call.getName().endsWith("redicate"));
  }
}
