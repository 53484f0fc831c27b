package io.peerlend.platform.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/** The package rules every Peerlend service keeps; each service's ArchitectureTest applies them to its classes. */
public final class ServiceArchitectureRules {

    private static final List<String> SERVICES = List.of("lending", "scoring", "kyc", "disclosure");

    private ServiceArchitectureRules() {}

    /** Each feature's domain is free of Spring, persistence and the web (ddd-by-examples style). */
    public static final ArchRule DOMAIN_IS_FREE_OF_FRAMEWORKS_AND_INFRASTRUCTURE = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.axonframework.spring..",
                    "com.mongodb..",
                    "org.bson..",
                    "jakarta.servlet..",
                    "jakarta.persistence..",
                    "java.sql..",
                    "..web..",
                    "..readmodel..",
                    "io.peerlend.platform..")
            .allowEmptyShould(true);

    public static final ArchRule READ_MODELS_DO_NOT_DEPEND_ON_THE_WEB = noClasses()
            .that()
            .resideInAPackage("..readmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..")
            .allowEmptyShould(true);

    /**
     * No package cycles: neither between a service's features ({@code io.peerlend.<service>.<feature>}) nor between
     * any two packages inside them. A cycle means two features cannot be read, changed or moved apart.
     */
    public static ArchRule packagesAreFreeOfCycles(String service) {
        return CompositeArchRule.of(slices().matching("io.peerlend." + service + ".(*)..")
                        .should()
                        .beFreeOfCycles()
                        .as("the features of " + service + " are free of cycles"))
                .and(slices().matching("io.peerlend." + service + ".(**)")
                        .should()
                        .beFreeOfCycles()
                        .as("the packages of " + service + " are free of cycles"));
    }

    /** Other services are reached through their published {@code api} packages only. */
    public static ArchRule otherServicesThroughTheirContractsOnly(String self) {
        return otherServicesThroughTheirContractsOnly(self, DescribedPredicate.alwaysFalse());
    }

    /** As above, where {@code alsoPublished} names what else another service publishes (a model artefact, say). */
    public static ArchRule otherServicesThroughTheirContractsOnly(
            String self, DescribedPredicate<? super JavaClass> alsoPublished) {
        String[] others = SERVICES.stream()
                .filter(s -> !s.equals(self))
                .map(s -> "io.peerlend." + s + "..")
                .toArray(String[]::new);
        return noClasses()
                .should()
                .dependOnClassesThat(resideInAnyPackage(others)
                        .and(DescribedPredicate.not(resideInAPackage("..api..")))
                        .and(DescribedPredicate.not(alsoPublished)))
                .as("other services are reached through their published contracts only");
    }
}
