package io.peerlend.web.pages;

import io.peerlend.web.services.Services;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service refuses or is away: the service's own explanation with its status (never a bare
 * 500), or that the service is not available and the user may try again.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(Services.Rejected.class)
    ModelAndView refused(Services.Rejected rejected) {
        ModelAndView page = new ModelAndView("problem");
        page.addObject("message", rejected.getMessage());
        page.setStatus(HttpStatus.valueOf(rejected.status()));
        return page;
    }

    @ExceptionHandler(RestClientException.class)
    ModelAndView unavailable(RestClientException away) {
        ModelAndView page = new ModelAndView("problem");
        page.addObject("messageCode", "problem.unavailable");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /**
     * The user's refresh token was spent a moment before by another of their requests (Keycloak rotates refresh
     * tokens, realm-wide: docs/api.md, "Native apps"), and Spring Security has already forgotten the tokens: signing
     * in again at Keycloak is silent while the user's Keycloak session lives, and brings them back signed in. Tokens
     * not yet obtained are Spring Security's own redirect, left to it.
     */
    @ExceptionHandler(ClientAuthorizationException.class)
    String signInAgain(ClientAuthorizationException failed) {
        if (failed instanceof ClientAuthorizationRequiredException) {
            throw failed;
        }
        return "redirect:/oauth2/authorization/keycloak";
    }
}
