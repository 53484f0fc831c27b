package io.peerlend.lending.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.CreditHistory;
import io.peerlend.lending.api.CurrentAccount;
import io.peerlend.lending.api.EmploymentStatus;
import io.peerlend.lending.api.Housing;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.OtherInstalmentPlans;
import io.peerlend.lending.api.Property;
import io.peerlend.lending.api.Savings;
import io.peerlend.scoring.api.Purpose;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTermsTest {

    @Test
    void givenEveryAnswerLendingAccepts_whenMappedToTheScoringContract_thenItHasItsCounterpart() {
        Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> vocabularies = Map.of(
                CurrentAccount.class, io.peerlend.scoring.api.CurrentAccount.class,
                CreditHistory.class, io.peerlend.scoring.api.CreditHistory.class,
                Savings.class, io.peerlend.scoring.api.Savings.class,
                EmploymentStatus.class, io.peerlend.scoring.api.EmploymentStatus.class,
                Property.class, io.peerlend.scoring.api.Property.class,
                OtherInstalmentPlans.class, io.peerlend.scoring.api.OtherInstalmentPlans.class,
                Housing.class, io.peerlend.scoring.api.Housing.class,
                LoanPurpose.class, Purpose.class);
        vocabularies.forEach((lending, scoring) -> {
            for (Enum<?> answer : lending.getEnumConstants()) {
                assertThat(map(answer, scoring).name())
                        .as(lending.getSimpleName())
                        .isEqualTo(answer.name());
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> map(Enum<?> answer, Class<? extends Enum<?>> scoring) {
        return ScoringTerms.of(answer, (Class) scoring);
    }
}
