package io.peerlend.disclosure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.peerlend.platform.architecture.ServiceArchitectureRules;

/** Package by feature; each feature's domain is free of Spring, persistence and the web. */
@AnalyzeClasses(packages = "io.peerlend.disclosure", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The credit model's published card (the bundled artefact the scoring service scores with, read for its hold-out
     * grades) and the PSI formula; never the scorecard that scores.
     */
    static final DescribedPredicate<JavaClass> MODEL_CARD = DescribedPredicate.describe(
            "the credit model's card",
            c -> c.getName().startsWith("io.peerlend.scoring.scorecard.ScorecardModel")
                    || c.getName().equals("io.peerlend.scoring.scorecard.ScorecardJson")
                    || c.getPackageName().equals("io.peerlend.scoring.scorecard.stability")
                    || c.getName().equals("io.peerlend.scoring.scorecard.Feature"));

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks_and_infrastructure =
            ServiceArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS_AND_INFRASTRUCTURE;

    @ArchTest
    static final ArchRule read_models_do_not_depend_on_the_web =
            ServiceArchitectureRules.READ_MODELS_DO_NOT_DEPEND_ON_THE_WEB;

    @ArchTest
    static final ArchRule other_services_are_reached_through_their_published_contracts_only =
            ServiceArchitectureRules.otherServicesThroughTheirContractsOnly("disclosure", MODEL_CARD);

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ServiceArchitectureRules.packagesAreFreeOfCycles("disclosure");
}
