package io.peerlend.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's declaration of who may call which of its endpoints. Whatever no rule names is denied.
 */
@FunctionalInterface
public interface EndpointRules {

    void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
