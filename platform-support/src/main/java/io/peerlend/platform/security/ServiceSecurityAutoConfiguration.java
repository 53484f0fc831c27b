package io.peerlend.platform.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;

/**
 * Every service checks tokens itself (defence in depth behind the gateway): issuer, audience and signature come from
 * {@code spring.security.oauth2.resourceserver.jwt.*}; the endpoints each service names in its {@link EndpointRules}
 * are open to the roles it lists there, and everything else is denied. Every change operations staff ask for is
 * recorded ({@code io.peerlend.platform.audit.StaffActionAudit}, through {@link AuthenticatedFilter}). A token is
 * checked in full once per instance and then remembered until it expires ({@link VerifiedTokens}).
 */
@AutoConfiguration
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain peerlendSecurity(
            HttpSecurity http,
            List<EndpointRules> endpointRules,
            ObjectProvider<AuthenticatedFilter> authenticated,
            JwtDecoder tokenVerifier)
            throws Exception {
        // inside the chain, where the caller is known, and around the access decision, so refusals count too
        authenticated.orderedStream().forEach(f -> http.addFilterBefore(f.filter(), ExceptionTranslationFilter.class));
        JwtAuthenticationConverter jwtConverter = new JwtAuthenticationConverter();
        jwtConverter.setJwtGrantedAuthoritiesConverter(new KeycloakRoles());
        http
                // stateless bearer-token API: no session, so no CSRF exposure
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(
                                    HttpMethod.GET,
                                    "/actuator/health/**",
                                    "/actuator/health",
                                    "/actuator/info",
                                    "/actuator/prometheus",
                                    "/actuator/sbom",
                                    "/actuator/sbom/**",
                                    "/v3/api-docs",
                                    "/v3/api-docs/**")
                            .permitAll();
                    auth.requestMatchers("/error").permitAll();
                    endpointRules.forEach(rules -> rules.declare(auth));
                    auth.anyRequest().denyAll();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt
                                // Boot's full check (issuer, audience, signature) once per token
                                .decoder(new CachedJwtDecoder(tokenVerifier, new VerifiedTokens()))
                                .jwtAuthenticationConverter(jwtConverter))
                        .authenticationEntryPoint(ProblemJsonSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemJsonSecurityHandlers.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemJsonSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemJsonSecurityHandlers.forbidden()));
        return http.build();
    }
}
