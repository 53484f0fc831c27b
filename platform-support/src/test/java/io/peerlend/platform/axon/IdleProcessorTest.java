package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An idle tracking processor extends its claim rarely, but never so rarely that another instance may take it. */
class IdleProcessorTest {

    @Test
    void givenTheTokenStoresClaimTimeout_thenAnIdleProcessorExtendsItsClaimAtLeastTwiceWithinIt() {
        assertThat(EventProcessorsAutoConfiguration.IDLE_WAIT.multipliedBy(2))
                .isLessThan(AxonPostgresAutoConfiguration.CLAIM_TIMEOUT);
    }

    @Test
    void givenAClaimWrittenMomentsAgo_thenAnIdleProcessorsNextExtensionStillReachesTheStore() {
        assertThat(RecentClaims.FRESH).isLessThan(EventProcessorsAutoConfiguration.IDLE_WAIT);
        assertThat(RecentClaims.FRESH.multipliedBy(4)).isLessThan(AxonPostgresAutoConfiguration.CLAIM_TIMEOUT);
    }
}
