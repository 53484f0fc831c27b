package io.peerlend.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.platform.words.Words;
import org.junit.jupiter.api.Test;

class KycProblemWordsTest {

    @Test
    void givenTheKycServicesRefusalsToCustomers_thenEachIsInBothLanguagesWithTheSameArguments() {
        assertThat(Words.gaps("problems")).isEmpty();
        assertThat(Words.gaps("notifications")).isEmpty();
        assertThat(Words.gaps("customer-words")).isEmpty();
    }
}
