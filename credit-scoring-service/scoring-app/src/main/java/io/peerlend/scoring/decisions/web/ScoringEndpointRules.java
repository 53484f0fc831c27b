package io.peerlend.scoring.decisions.web;

import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Scores are asked for by the lending service (client credentials) and by operations staff; model cards are open. */
@Component
class ScoringEndpointRules implements EndpointRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/scoring/scores")
                .hasAnyRole(Roles.SERVICE, Roles.OPS, Roles.OPS_SUPERVISOR);
        rules.requestMatchers(HttpMethod.GET, "/api/scoring/models/*")
                .hasAnyRole(
                        Roles.BORROWER, Roles.LENDER, Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR, Roles.SERVICE);
    }
}
