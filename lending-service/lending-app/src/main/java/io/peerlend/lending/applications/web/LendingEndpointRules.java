package io.peerlend.lending.applications.web;

import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call the loan application endpoints. */
@Component
class LendingEndpointRules implements EndpointRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/lending/applications").hasRole(Roles.BORROWER);
        rules.requestMatchers(HttpMethod.GET, "/api/lending/applications/*", "/api/lending/applications/*/quote")
                .hasAnyRole(Roles.BORROWER, Roles.OPS, Roles.OPS_SUPERVISOR);
        rules.requestMatchers(
                        HttpMethod.POST,
                        "/api/lending/applications/*/quote",
                        "/api/lending/applications/*/acceptance",
                        "/api/lending/applications/*/withdrawal",
                        "/api/lending/applications/*/amount")
                .hasRole(Roles.BORROWER);
    }
}
