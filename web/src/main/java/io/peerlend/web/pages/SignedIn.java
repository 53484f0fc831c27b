package io.peerlend.web.pages;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether someone is signed in, for the header on every page. */
@ControllerAdvice
class SignedIn {

    @ModelAttribute("signedIn")
    boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    /** Whether the signed-in user supervises operations (pages offer what only supervisors may do). */
    @ModelAttribute("supervisor")
    boolean supervisor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_ops-supervisor"));
    }
}
