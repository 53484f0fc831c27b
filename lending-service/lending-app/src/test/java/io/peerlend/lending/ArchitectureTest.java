package io.peerlend.lending;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.peerlend.platform.architecture.ServiceArchitectureRules;

/** Package by feature; each feature's domain is free of Spring, persistence and the web. */
@AnalyzeClasses(packages = "io.peerlend.lending", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks_and_infrastructure =
            ServiceArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS_AND_INFRASTRUCTURE;

    @ArchTest
    static final ArchRule read_models_do_not_depend_on_the_web =
            ServiceArchitectureRules.READ_MODELS_DO_NOT_DEPEND_ON_THE_WEB;

    @ArchTest
    static final ArchRule other_services_are_reached_through_their_published_contracts_only =
            ServiceArchitectureRules.otherServicesThroughTheirContractsOnly("lending");

    @ArchTest
    static final ArchRule web_does_not_touch_the_event_store_or_mongo_directly = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.axonframework.eventsourcing..", "org.springframework.data.mongodb..", "com.mongodb..");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ServiceArchitectureRules.packagesAreFreeOfCycles("lending");

    /** The product's rules are plain Java on their own, like every feature's domain: every feature may use them. */
    @ArchTest
    static final ArchRule product_rules_depend_on_nothing_but_java = classes()
            .that()
            .resideInAPackage("io.peerlend.lending.product..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.peerlend.lending.product..", "java..");
}
