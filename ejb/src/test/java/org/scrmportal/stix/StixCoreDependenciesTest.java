package org.scrmportal.stix;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.OfflineSchemas;
import org.scrmportal.platform.TlpLevel;

/**
 * The STIX core stays a library in waiting: it depends on the JDK, Jackson 2, the JSON Schema
 * validator, the ANTLR runtime and itself, plus the one portal class that is the single source of
 * the TLP 2.0 ids; nothing of Jakarta EE.
 */
class StixCoreDependenciesTest {

  private static final JavaClasses STIX =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.scrmportal.stix");

  @Test
  void dependsOnTheJdkJacksonTheValidatorAndAntlrOnly() {
    classes()
        .that()
        .resideOutsideOfPackage("org.scrmportal.stix.store..")
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    "java..",
                    "com.fasterxml.jackson..",
                    "com.networknt.schema..",
                    "org.antlr.v4.runtime..",
                    "org.scrmportal.stix",
                    "org.scrmportal.stix.pattern..",
                    "org.scrmportal.stix.schema..")
                .or(equivalentTo(TlpLevel.class))
                .or(equivalentTo(OfflineSchemas.class)))
        .because(
            "the STIX core must not need Jakarta EE (nor the store built on it), so that it can be"
                + " split into a library")
        .check(STIX);
  }
}
