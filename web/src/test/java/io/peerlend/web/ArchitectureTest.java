package io.peerlend.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web client's packages (pages, security, the services it calls, statements) depend on each other without cycles. */
@AnalyzeClasses(packages = "io.peerlend.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            slices().matching("io.peerlend.web.(**)").should().beFreeOfCycles();
}
