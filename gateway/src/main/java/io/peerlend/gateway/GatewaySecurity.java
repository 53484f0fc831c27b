package io.peerlend.gateway;

import io.peerlend.platform.security.CachedReactiveJwtDecoder;
import io.peerlend.platform.security.KeycloakRoles;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.security.VerifiedTokens;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;

/**
 * Route rules by role, default deny. Tokens are checked for issuer, audience ({@code peerlend-api}) and signature
 * (Keycloak's JWKS) from {@code spring.security.oauth2.resourceserver.jwt.*}; the services check them again.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    /** The web client's paths: exactly its route's in application.yml (WebRouteTest keeps the two the same). */
    static final String[] WEB_PAGES = {
        "/",
        "/calculator",
        "/offline",
        "/app",
        "/app/**",
        "/login/**",
        "/oauth2/**",
        "/logout",
        "/css/**",
        "/js/**",
        "/icons/**",
        "/manifest.webmanifest",
        "/sw.js",
        "/favicon.ico"
    };

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(
            ServerHttpSecurity http,
            @Value("${peerlend.gateway.cors.allowed-origins:}") List<String> allowedOrigins,
            ReactiveJwtDecoder tokenVerifier) {
        JwtAuthenticationConverter jwtConverter = new JwtAuthenticationConverter();
        jwtConverter.setJwtGrantedAuthoritiesConverter(new KeycloakRoles());
        // a preflight from an allowed origin is answered here, before any rule asks for a token (CrossOriginRules)
        http.cors(cors -> cors.configurationSource(CrossOriginRules.of(allowedOrigins)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // POST /logout belongs to the web client (it ends the Keycloak session), not to the gateway
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(routes -> routes
                        // Actuator answers on the management port only (none of these is routed on the public one)
                        .pathMatchers(
                                HttpMethod.GET,
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/actuator/sbom",
                                "/actuator/sbom/**")
                        .permitAll()
                        .pathMatchers(
                                HttpMethod.GET,
                                "/v3/api-docs/lending",
                                "/v3/api-docs/scoring",
                                "/v3/api-docs/kyc",
                                "/v3/api-docs/disclosure")
                        .permitAll()
                        .pathMatchers("/public/**")
                        .permitAll()
                        // the web client's pages: it signs users in and checks their roles itself (WebSecurity)
                        .pathMatchers(WEB_PAGES)
                        .permitAll()
                        // the payment provider's webhook has no user token; lending checks its signature
                        .pathMatchers(HttpMethod.POST, "/webhooks/payments")
                        .permitAll()
                        // the business date is the platform's "today": regulators read it too
                        .pathMatchers(HttpMethod.GET, "/api/lending/business-date")
                        .hasAnyRole(Roles.BORROWER, Roles.LENDER, Roles.OPS, Roles.OPS_SUPERVISOR, Roles.REGULATOR)
                        .pathMatchers("/api/lending/**")
                        .hasAnyRole(Roles.BORROWER, Roles.LENDER, Roles.OPS, Roles.OPS_SUPERVISOR)
                        .pathMatchers("/api/kyc/**")
                        .hasAnyRole(Roles.BORROWER, Roles.LENDER, Roles.OPS, Roles.OPS_SUPERVISOR)
                        .pathMatchers(HttpMethod.GET, "/api/scoring/models/**")
                        .hasAnyRole(
                                Roles.BORROWER,
                                Roles.LENDER,
                                Roles.REGULATOR,
                                Roles.OPS,
                                Roles.OPS_SUPERVISOR,
                                Roles.SERVICE)
                        .pathMatchers("/api/scoring/**")
                        .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR, Roles.REGULATOR, Roles.SERVICE)
                        .pathMatchers("/api/disclosure/**")
                        .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR)
                        .anyExchange()
                        .denyAll())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtDecoder(
                                        // Boot's full check (issuer, audience, signature) once per token
                                        new CachedReactiveJwtDecoder(tokenVerifier, new VerifiedTokens()))
                                .jwtAuthenticationConverter(
                                        new ReactiveJwtAuthenticationConverterAdapter(jwtConverter)))
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return Problems.write(
                                    exchange,
                                    HttpStatus.UNAUTHORIZED,
                                    "A valid bearer token from the peerlend realm is required.");
                        })
                        .accessDeniedHandler((exchange, e) -> Problems.write(
                                exchange, HttpStatus.FORBIDDEN, "Your role does not allow this request.")))
                .exceptionHandling(e -> e.authenticationEntryPoint((exchange, ex) -> Problems.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "A valid bearer token from the peerlend realm is required."))
                        .accessDeniedHandler((exchange, ex) -> Problems.write(
                                exchange, HttpStatus.FORBIDDEN, "Your role does not allow this request.")))
                .headers(headers -> headers.frameOptions(frame -> frame.mode(Mode.DENY))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.includeSubdomains(true)));
        return http.build();
    }
}
