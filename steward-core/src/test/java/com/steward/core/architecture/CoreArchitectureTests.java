package com.steward.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of frameworks, I/O and ambient time. */
class CoreArchitectureTests {

  final JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.steward.core");

  @Test
  void coreImportsNoFrameworkNorJdbc() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
        "javax.sql..", "java.net..", "java.io..", "java.nio.file..").check(core);
  }

  @Test
  void coreReadsNoAmbientTime() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.LocalDate.class, "now").check(core);
  }
}
