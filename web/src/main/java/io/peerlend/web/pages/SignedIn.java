package io.peerlend.web.pages;

import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model starts with: whether someone is signed in (the header), whether they supervise operations,
 * and no errors (a refused form's redirect brings its own, which this then leaves alone).
 */
@ControllerAdvice
class SignedIn {

    @ModelAttribute("signedIn")
    boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    /** No field errors unless a refused form's redirect brought some (Spring skips this when the model has them). */
    @ModelAttribute("errors")
    Map<String, String> errors() {
        return Map.of();
    }

    /** Whether the signed-in user supervises operations (pages offer what only supervisors may do). */
    @ModelAttribute("supervisor")
    boolean supervisor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null
                && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_ops-supervisor"));
    }
}
