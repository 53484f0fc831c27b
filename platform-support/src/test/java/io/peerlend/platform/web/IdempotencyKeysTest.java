package io.peerlend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void givenOneKey_whenUsedAgainForTheSameOperationOnTheSameTarget_thenTheSameReference() {
        assertThat(IdempotencyKeys.reference("rep-", "borrower-1", "loan-a", "k1"))
                .isEqualTo(IdempotencyKeys.reference("rep-", "borrower-1", "loan-a", "k1"))
                .startsWith("rep-");
    }

    @Test
    void givenOneKey_whenUsedForAnotherTargetOperationOrCaller_thenEachNamesSomethingElse() {
        String first = IdempotencyKeys.reference("rep-", "borrower-1", "loan-a", "k1");
        assertThat(IdempotencyKeys.reference("rep-", "borrower-1", "loan-b", "k1"))
                .isNotEqualTo(first);
        assertThat(IdempotencyKeys.reference("wdl-", "borrower-1", "loan-a", "k1")
                        .substring(4))
                .isNotEqualTo(first.substring(4));
        assertThat(IdempotencyKeys.reference("rep-", "borrower-2", "loan-a", "k1"))
                .isNotEqualTo(first);
        // the parts cannot run into each other ("a" + "b:c" against "a:b" + "c")
        assertThat(IdempotencyKeys.reference("rep-", "a", "b:c", "k"))
                .isNotEqualTo(IdempotencyKeys.reference("rep-", "a:b", "c", "k"));
    }

    @Test
    void givenNoKeyOrAnInvisibleOne_whenAReferenceIsAskedFor_thenTheRequestIsRefusedNamingTheHeader() {
        assertThatThrownBy(() -> IdempotencyKeys.reference("rep-", "b", "l", " "))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageStartingWith("Idempotency-Key");
        assertThatThrownBy(() -> IdempotencyKeys.reference("rep-", "b", "l", null))
                .isInstanceOf(RequestRejectedException.class);
    }
}
