package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.platform.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.Test;

/** A claim written moments ago is not extended again; anything older, failed or released goes to the store. */
class RecentClaimsTest {

    /** The store underneath: what reached it, and whether its claim has been taken by another instance. */
    static final class Store implements TokenStore {
        final List<String> writes = new ArrayList<>();
        boolean claimTaken;

        private void claim(String what) {
            if (claimTaken) {
                throw new UnableToClaimTokenException("claimed by another instance");
            }
            writes.add(what);
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            claim("store");
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            claim("fetch");
            return new GlobalSequenceTrackingToken(1);
        }

        @Override
        public void extendClaim(String processorName, int segment) {
            claim("extend");
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            writes.add("release");
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[] {0};
        }
    }

    private final Store store = new Store();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final RecentClaims claims = new RecentClaims(store, clock);

    @Test
    void givenATokenStoredAMomentAgo_whenTheNextBatchExtendsTheClaim_thenTheStoreIsNotWrittenAgain() {
        claims.storeToken(new GlobalSequenceTrackingToken(5), "p", 0);

        clock.advance(Duration.ofMillis(500));
        claims.extendClaim("p", 0);

        assertThat(store.writes).containsExactly("store");
    }

    @Test
    void givenTheLastWriteLongerAgoThanFresh_whenTheClaimIsExtended_thenTheStoreIsWritten() {
        claims.fetchToken("p", 0);

        clock.advance(RecentClaims.FRESH);
        claims.extendClaim("p", 0);
        clock.advance(Duration.ofMillis(100));
        claims.extendClaim("p", 0);

        assertThat(store.writes).containsExactly("fetch", "extend");
    }

    @Test
    void givenAnotherSegmentOrProcessor_thenItsClaimIsItsOwn() {
        claims.storeToken(new GlobalSequenceTrackingToken(5), "p", 0);

        claims.extendClaim("p", 1);
        claims.extendClaim("q", 0);

        assertThat(store.writes).containsExactly("store", "extend", "extend");
    }

    @Test
    void givenAWriteThatFailed_thenTheNextExtensionGoesToTheStoreAndFailsThereToo() {
        claims.storeToken(new GlobalSequenceTrackingToken(5), "p", 0);
        clock.advance(RecentClaims.FRESH);
        // another instance has taken the segment (our claim lapsed)
        store.claimTaken = true;
        assertThatThrownBy(() -> claims.storeToken(new GlobalSequenceTrackingToken(6), "p", 0))
                .isInstanceOf(UnableToClaimTokenException.class);

        assertThatThrownBy(() -> claims.extendClaim("p", 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void givenAReleasedClaim_thenItIsNotTakenAsStillHeld() {
        claims.fetchToken("p", 0);
        claims.releaseClaim("p", 0);

        claims.extendClaim("p", 0);

        assertThat(store.writes).containsExactly("fetch", "release", "extend");
    }
}
