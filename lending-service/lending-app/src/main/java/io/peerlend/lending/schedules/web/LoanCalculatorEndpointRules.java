package io.peerlend.lending.schedules.web;

import io.peerlend.platform.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The loan calculator is public: anyone may see what a loan would cost before signing up. */
@Component
class LoanCalculatorEndpointRules implements EndpointRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/public/loan-calculator").permitAll();
    }
}
