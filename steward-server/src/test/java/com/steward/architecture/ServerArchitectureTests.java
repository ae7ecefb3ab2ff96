package com.steward.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server's house rules (docs/decisions.md): JDBC only in repositories, no ambient time, no cycles. */
class ServerArchitectureTests {

  final JavaClasses server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.steward");

  @Test
  void onlyRepositoriesTouchJdbc() {
    noClasses().that().haveSimpleNameNotStartingWith("Jdbc").and().doNotHaveSimpleName("IdempotencyStore")
        .and().resideOutsideOfPackage("com.steward.platform.db..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
        .check(server);
  }

  @Test
  void controllersDoNotTouchRepositories() {
    noClasses().that().haveSimpleNameEndingWith("Controller").should().dependOnClassesThat()
        .haveSimpleNameStartingWith("Jdbc").check(server);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    noClasses().that().resideOutsideOfPackage("com.steward.platform..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .check(server);
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("com.steward.(*)..").should().beFreeOfCycles().check(server);
  }
}
