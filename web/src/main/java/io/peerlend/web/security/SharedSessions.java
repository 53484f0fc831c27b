package io.peerlend.web.security;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Signed-in users' sessions in PostgreSQL (Spring Session JDBC, which configures itself once this connection exists):
 * every web instance sees every session, so a user stays signed in when the instance that signed them in dies or the
 * gateway sends their next request elsewhere. The session holds the user's tokens too
 * ({@code HttpSessionOAuth2AuthorizedClientRepository} in {@link WebSecurity}). Without a configured connection
 * (the web client's own tests) sessions stay in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${peerlend.web.sessions.url:}'.isEmpty()")
class SharedSessions {

    @Bean
    DataSource sessionStore(
            @Value("${peerlend.web.sessions.url}") String url,
            @Value("${peerlend.web.sessions.username}") String username,
            @Value("${peerlend.web.sessions.password}") String password) {
        return DataSourceBuilder.create()
                .url(url)
                .username(username)
                .password(password)
                .build();
    }

    /** Which session belongs to which Keycloak session, shared by every instance for back-channel logout. */
    @Bean
    OidcSessionRegistry oidcSessions(DataSource sessionStore) {
        return new SharedOidcSessions(sessionStore);
    }

    /**
     * The session cookie as the servlet container would name it, holding the plain session id: Keycloak's back-channel
     * logout (Spring Security's {@code OidcBackChannelLogoutHandler}) ends a session by presenting exactly that cookie.
     */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseBase64Encoding(false);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }
}
