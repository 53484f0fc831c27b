package io.peerlend.lending;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package by feature; each feature's domain is free of Spring, persistence and the web. */
@AnalyzeClasses(packages = "io.peerlend.lending", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks_and_infrastructure = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..",
                    "com.mongodb..", "org.bson..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..",
                    "..web..", "..readmodel..", "io.peerlend.platform..");

    @ArchTest
    static final ArchRule read_models_do_not_depend_on_the_web = noClasses()
            .that().resideInAPackage("..readmodel..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule web_does_not_touch_the_event_store_or_mongo_directly = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing..",
                    "org.springframework.data.mongodb..", "com.mongodb..");

    @ArchTest
    static final ArchRule other_services_are_reached_through_their_published_contracts_only = noClasses()
            .should().dependOnClassesThat(resideInAnyPackage("io.peerlend.scoring..", "io.peerlend.kyc..", "io.peerlend.disclosure..")
                    .and(DescribedPredicate.not(resideInAPackage("..api.."))));
}
