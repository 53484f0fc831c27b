package io.peerlend.web.pages;

import io.peerlend.web.services.Services;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A borrower's loan: its schedule with what was paid against each instalment, its payments, any arrears. */
@Controller
class BorrowerController {

    private final Services services;

    BorrowerController(Services services) {
        this.services = services;
    }

    /** Only the loan's borrower (or ops) gets it from the lending service; anyone else gets its refusal. */
    @GetMapping("/app/loans/{id}")
    String loan(@PathVariable String id, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
                Model model) {
        model.addAttribute("loan", services.lending("/api/lending/loans/{id}", user, id));
        return "loan";
    }
}
