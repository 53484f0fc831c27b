package io.peerlend.lending.accounts.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");
    private static final String BODY =
            "{\"type\": \"deposit.settled\", \"reference\": \"dep-1\", \"account\": \"l-1\"}";

    @Test
    void givenASignedBody_whenVerifiedWithTheSameSecret_thenAccepted() {
        assertThat(WebhookSignature.verify("s3cret", WebhookSignature.sign("s3cret", T, BODY), BODY, T.plusSeconds(30)))
                .isTrue();
    }

    @Test
    void givenAChangedBodyAnotherSecretOrAnOldSignature_whenVerified_thenRejected() {
        String header = WebhookSignature.sign("s3cret", T, BODY);
        assertThat(WebhookSignature.verify("s3cret", header, BODY.replace("dep-1", "dep-2"), T))
                .isFalse();
        assertThat(WebhookSignature.verify("other", header, BODY, T)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", header, BODY, T.plusSeconds(301)))
                .isFalse();
        assertThat(WebhookSignature.verify("s3cret", null, BODY, T)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", "t=abc,v1=00", BODY, T)).isFalse();
    }
}
