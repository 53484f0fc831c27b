package io.peerlend.scoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.peerlend.platform.architecture.ServiceArchitectureRules;

/** Package by feature; each feature's domain is free of Spring, persistence and the web. */
@AnalyzeClasses(packages = "io.peerlend.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks_and_infrastructure =
            ServiceArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS_AND_INFRASTRUCTURE;

    @ArchTest
    static final ArchRule read_models_do_not_depend_on_the_web =
            ServiceArchitectureRules.READ_MODELS_DO_NOT_DEPEND_ON_THE_WEB;

    @ArchTest
    static final ArchRule other_services_are_reached_through_their_published_contracts_only =
            ServiceArchitectureRules.otherServicesThroughTheirContractsOnly("scoring");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ServiceArchitectureRules.packagesAreFreeOfCycles("scoring");
}
