package io.peerlend.kyc;

import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call what in the KYC service; everything else is denied. Regulators see no personal data here. */
@Component
class KycEndpointRules implements EndpointRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        String ops = Roles.OPS;
        String supervisor = Roles.OPS_SUPERVISOR;
        rules.requestMatchers(HttpMethod.POST, "/api/kyc/onboarding").hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/customers/me").hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.POST, "/api/kyc/customers/me/source-of-funds")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/customers/me/notifications")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.PUT, "/api/kyc/customers/me/notifications")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/customers/me/push-subscriptions")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.POST, "/api/kyc/customers/me/push-subscriptions")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER);
        rules.requestMatchers(HttpMethod.DELETE, "/api/kyc/customers/me/push-subscriptions/*")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER);
        // the link in a mail is the credential (one topic of one customer): mail clients POST it without a token
        rules.requestMatchers(HttpMethod.POST, "/public/kyc/unsubscribe/*").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/kyc/document-checks", "/api/kyc/screenings")
                .hasRole(ops);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/sanctions", "/api/kyc/reviews", "/api/kyc/customers/*")
                .hasAnyRole(ops, supervisor);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/customers/*/credit-search-subject")
                .hasRole(Roles.SERVICE);
        rules.requestMatchers(HttpMethod.POST, "/api/kyc/customers/*/payer-name-check")
                .hasRole(Roles.SERVICE);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/aml/cases/*/report", "/api/kyc/aml/cases/*/report/filing")
                .hasRole(supervisor);
        rules.requestMatchers(HttpMethod.GET, "/api/kyc/aml/cases", "/api/kyc/aml/cases/*")
                .hasAnyRole(ops, supervisor);
        rules.requestMatchers(HttpMethod.POST, "/api/kyc/aml/cases/*/clearance", "/api/kyc/aml/cases/*/report")
                .hasAnyRole(ops, supervisor);
        rules.requestMatchers(
                        HttpMethod.POST,
                        "/api/kyc/sanctions/reload",
                        "/api/kyc/customers/*/erasure",
                        "/api/kyc/privacy/master-key-rotation")
                .hasRole(supervisor);
        rules.requestMatchers(
                        HttpMethod.POST,
                        "/api/kyc/customers/*/clearance",
                        "/api/kyc/customers/*/rejection",
                        "/api/kyc/customers/*/suspension",
                        "/api/kyc/customers/*/reinstatement",
                        "/api/kyc/customers/*/relationship-end",
                        "/api/kyc/customers/*/related-party")
                .hasAnyRole(ops, supervisor);
    }
}
