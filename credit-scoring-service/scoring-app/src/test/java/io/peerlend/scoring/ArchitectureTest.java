package io.peerlend.scoring;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package by feature; each feature's domain is free of Spring, persistence and the web. */
@AnalyzeClasses(packages = "io.peerlend.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks_and_infrastructure = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..",
                    "com.mongodb..", "org.bson..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..",
                    "..web..", "..readmodel..", "io.peerlend.platform..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule other_services_are_reached_through_their_published_contracts_only = noClasses()
            .should().dependOnClassesThat(resideInAnyPackage("io.peerlend.lending..", "io.peerlend.kyc..", "io.peerlend.disclosure..")
                    .and(DescribedPredicate.not(resideInAPackage("..api.."))));
}
