package io.peerlend.disclosure.statistics.web;

import io.peerlend.platform.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call the disclosure endpoints: public figures need no login. */
@Component
class DisclosureEndpointRules implements EndpointRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/public/disclosure/summary").permitAll();
    }
}
