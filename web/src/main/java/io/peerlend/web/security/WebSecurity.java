package io.peerlend.web.security;

import io.peerlend.platform.security.KeycloakRoles;
import io.peerlend.platform.security.Roles;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * A backend-for-frontend: users log in through Keycloak's own page (authorization code with PKCE, the public client
 * {@code peerlend-web}); their tokens stay in the server-side session and the browser holds only a session cookie
 * (HttpOnly, SameSite). Default-deny: every page declares who may open it. The Keycloak realm roles in the access token
 * become the user's roles here, as in every service.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            ClientRegistrationRepository clients,
            @Value("${peerlend.keycloak.issuer-uri}") String issuer)
            throws Exception {
        // logging out ends at Keycloak: the only other origin a form here may lead to
        URI keycloak = URI.create(issuer);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(pages -> pages.requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/calculator",
                                "/css/**",
                                "/js/**",
                                "/icons/**",
                                "/manifest.webmanifest",
                                "/sw.js",
                                "/offline",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/actuator/sbom",
                                "/actuator/sbom/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/calculator")
                        .permitAll()
                        .requestMatchers("/app/supervision", "/app/supervision/**")
                        .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR)
                        .requestMatchers(
                                "/app/money", "/app/money/**", "/app/invest", "/app/invest/**", "/app/portfolio")
                        .hasRole(Roles.LENDER)
                        .requestMatchers("/app/loans/**")
                        .hasAnyRole(Roles.BORROWER, Roles.OPS, Roles.OPS_SUPERVISOR)
                        .requestMatchers("/app/apply", "/app/applications/**")
                        .hasRole(Roles.BORROWER)
                        .requestMatchers("/app/ops/audit")
                        .hasRole(Roles.OPS_SUPERVISOR)
                        .requestMatchers("/app/ops", "/app/ops/**")
                        .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR)
                        .requestMatchers("/app/complaints", "/app/complaints/**")
                        .hasAnyRole(Roles.BORROWER, Roles.LENDER)
                        .requestMatchers("/app/identity", "/app/identity/**")
                        .hasAnyRole(Roles.BORROWER, Roles.LENDER)
                        .requestMatchers("/app/notifications", "/app/notifications/**")
                        .hasAnyRole(Roles.BORROWER, Roles.LENDER)
                        .requestMatchers("/app", "/app/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2Login(login -> login.defaultSuccessUrl("/app", true)
                        .authorizationEndpoint(a -> a.authorizationRequestResolver(new Registration(clients))))
                .logout(out -> out.logoutSuccessHandler(logout))
                // Keycloak's back-channel logout (POST /logout/connect/back-channel/keycloak, a logout token signed by
                // the realm): a session ended at Keycloak (signed out elsewhere, an account removed by an erasure)
                // ends here at once, not when its tokens next fail to refresh
                .oidcLogout(oidc -> oidc.backChannel(Customizer.withDefaults()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self' "
                                        + keycloakOrigin + "; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The web client as registered in the realm, with Keycloak's endpoints named here (discovery would need Keycloak
     * up when the web client starts).
     */
    @Bean
    ClientRegistrationRepository clients(
            @Value("${peerlend.keycloak.issuer-uri}") String issuer,
            @Value("${peerlend.keycloak.jwk-set-uri}") String jwkSetUri) {
        String oidc = issuer + "/protocol/openid-connect";
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                .clientId("peerlend-web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE) // a public client: PKCE instead
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .userInfoUri(oidc + "/userinfo")
                .jwkSetUri(jwkSetUri)
                .issuerUri(issuer)
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientName("Keycloak")
                .build());
    }

    /**
     * A signed-in user's tokens live in their session, not in this instance's memory: with the sessions shared
     * ({@link SharedSessions}), any web instance can call the services for them.
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** The user as Keycloak describes them, with the realm roles of their access token as {@code ROLE_…}. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> users(@Value("${peerlend.keycloak.jwk-set-uri}") String jwkSetUri) {
        OidcUserService delegate = new OidcUserService();
        JwtDecoder accessTokens = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Jwt access = accessTokens.decode(request.getAccessToken().getTokenValue());
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            authorities.addAll(new KeycloakRoles().convert(access));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }
}
