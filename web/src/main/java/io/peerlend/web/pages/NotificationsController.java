package io.peerlend.web.pages;

import io.peerlend.kyc.api.NotificationPreferencesRequest;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * What a customer is told by email: their language, and the optional topics ticked or not (a required topic is shown
 * ticked and cannot be changed). The KYC service keeps the choice; the mails' links lead here to unsubscribe.
 */
@Controller
class NotificationsController {

    private final Services services;

    NotificationsController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/notifications")
    String notifications(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        JsonNode preferences = DashboardController.orNothing(
                () -> services.get(Service.KYC, "/api/kyc/customers/me/notifications", client));
        model.addAttribute("preferences", preferences);
        List<String> switchedOff = new ArrayList<>();
        if (preferences != null) {
            preferences.path("optedOut").forEach(topic -> switchedOff.add(topic.asString()));
        }
        model.addAttribute("switchedOff", switchedOff);
        return "notifications";
    }

    /** {@code wanted}: the optional topics left ticked; every other optional topic is switched off. */
    @PostMapping("/app/notifications")
    String choose(
            @RequestParam(required = false) String language,
            @RequestParam(required = false) List<String> wanted,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes next) {
        Set<NotificationTopic> optedOut = EnumSet.noneOf(NotificationTopic.class);
        for (NotificationTopic topic : NotificationTopic.values()) {
            if (!topic.required() && !topic.staff() && (wanted == null || !wanted.contains(topic.name()))) {
                optedOut.add(topic);
            }
        }
        try {
            services.put(
                    Service.KYC,
                    "/api/kyc/customers/me/notifications",
                    new NotificationPreferencesRequest(language, optedOut),
                    client);
            next.addFlashAttribute("saved", true);
        } catch (Services.Rejected rejected) {
            Map<String, String> errors = Services.byField(rejected.errors());
            next.addFlashAttribute("errors", errors.isEmpty() ? Map.of("form", rejected.getMessage()) : errors);
        }
        return "redirect:/app/notifications";
    }
}
