package io.peerlend.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Registering is logging in for the first time: {@code /oauth2/authorization/keycloak?prompt=create} asks Keycloak for
 * its registration page (OpenID Connect's {@code prompt=create}), so a new user signs up on Keycloak's own page and
 * comes back signed in, with the roles the realm gives every self-registered user.
 */
class Registration implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    Registration(ClientRegistrationRepository clients) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withPrompt(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withPrompt(request, delegate.resolve(request, clientRegistrationId));
    }

    private static OAuth2AuthorizationRequest withPrompt(HttpServletRequest request, OAuth2AuthorizationRequest auth) {
        if (auth == null || !"create".equals(request.getParameter("prompt"))) {
            return auth;
        }
        return OAuth2AuthorizationRequest.from(auth)
                .additionalParameters(p -> p.put("prompt", "create"))
                .build();
    }
}
