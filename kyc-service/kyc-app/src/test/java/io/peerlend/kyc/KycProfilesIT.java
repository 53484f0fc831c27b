package io.peerlend.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.aml.domain.MonitoringProfile;
import io.peerlend.kyc.complaints.domain.ComplaintPolicy;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cn profile's complaint deadline and AML large deposit come from its own profile file, not the uk's. */
@SpringBootTest(properties = "PEERLEND_PROFILE=cn")
class KycProfilesIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-profiles-it");
    }

    @Autowired
    ComplaintPolicy complaints;

    @Autowired
    MonitoringProfile monitoring;

    @Test
    void givenTheCnProfile_whenAComplaintIsRaised_thenItsDeadlineAndMediationAreChinas() {
        assertThat(complaints.finalResponseWithin()).isEqualTo(Period.ofDays(15));
        assertThat(complaints.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(complaints.ombudsman()).contains("mediation");
        assertThat(monitoring.largeDepositMinor()).isEqualTo(50_000_00);
    }
}
