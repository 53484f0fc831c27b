package io.peerlend.kyc.complaints;

import io.peerlend.kyc.complaints.domain.Complaint;
import io.peerlend.kyc.complaints.domain.ComplaintPolicy;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import java.time.Period;
import java.time.ZoneId;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Complaints: the aggregate, the profile's rules, and who may call what. */
@Configuration(proxyBeanMethods = false)
class ComplaintsConfiguration {

    @Bean
    ConfigurerModule complaintAggregate() {
        return configurer -> configurer.configureAggregate(Complaint.class);
    }

    @Bean
    ComplaintPolicy complaintPolicy(
            @Value("${peerlend.kyc.complaints.final-response-within:P8W}") Period within,
            @Value("${peerlend.kyc.complaints.ombudsman}") String ombudsman,
            @Value("${peerlend.kyc.complaints.time-zone:Europe/London}") String zone) {
        return new ComplaintPolicy(within, ombudsman, ZoneId.of(zone));
    }

    @Bean
    EndpointRules complaintEndpoints() {
        return rules -> {
            rules.requestMatchers(HttpMethod.POST, "/api/kyc/complaints", "/api/kyc/complaints/*/escalation")
                    .hasAnyRole(Roles.BORROWER, Roles.LENDER);
            rules.requestMatchers(HttpMethod.GET, "/api/kyc/complaints/mine").hasAnyRole(Roles.BORROWER, Roles.LENDER);
            rules.requestMatchers(HttpMethod.GET, "/api/kyc/complaints", "/api/kyc/complaints/*")
                    .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR);
            rules.requestMatchers(HttpMethod.POST, "/api/kyc/complaints/*/response")
                    .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR);
        };
    }
}
