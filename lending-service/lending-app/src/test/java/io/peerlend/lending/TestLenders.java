package io.peerlend.lending;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.RiskRating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Lenders for the service's integration tests, ready to lend as a real one becomes so, through the service's API. */
public final class TestLenders {

    private TestLenders() {}

    /** A lender KYC verified, with {@code amount} deposited (settled), assessed and categorised as high net worth. */
    public static String ready(MockMvc mvc, EventGateway events, String amount) throws Exception {
        String lender = "lender-" + UUID.randomUUID();
        events.publish(new CustomerVerified(
                lender,
                Set.of(CustomerRole.LENDER),
                RiskRating.LOW,
                LocalDate.now().plusYears(3),
                "system",
                Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(post("/api/lending/accounts/me/deposits")
                                .with(caller(lender, "lender"))
                                .header("Idempotency-Key", "d-1")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"amount\": \"" + amount + "\"}"))
                        .andExpect(r -> assertThat(r.getResponse().getStatus())
                                .as(r.getResponse().getContentAsString())
                                .isEqualTo(202)));
        awaitAvailable(mvc, lender, amount);
        mvc.perform(post("/api/lending/appropriateness")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"capital\": \"b\", \"fscs\": \"b\", \"liquidity\": \"b\", "
                                + "\"diversification\": \"a\", \"failure\": \"b\"}}"))
                .andExpect(jsonPath("$.passed").value(true));
        mvc.perform(post("/api/lending/investor-category")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"HIGH_NET_WORTH\"}"))
                .andExpect(status().is2xxSuccessful());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/suitability").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.category").value("HIGH_NET_WORTH")));
        return lender;
    }

    /** Waits until the lender's available balance reads {@code available}. */
    public static void awaitAvailable(MockMvc mvc, String lender, String available) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/accounts/me").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.available").value(available)));
    }
}
