package io.peerlend.web.pages;

import io.peerlend.kyc.api.NotificationPreferencesRequest;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.api.PushSubscriptionRequest;
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
import org.springframework.web.bind.annotation.PathVariable;
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
        model.addAttribute(
                "push",
                preferences == null
                        ? null
                        : DashboardController.orNothing(
                                () -> services.get(Service.KYC, "/api/kyc/customers/me/push-subscriptions", client)));
        return "notifications";
    }

    /**
     * This device's push subscription, as the page's script put it into the form (the browser made it with the
     * platform's key once the customer allowed notifications); the KYC service keeps it.
     */
    @PostMapping("/app/notifications/push")
    String subscribe(
            @RequestParam(defaultValue = "") String endpoint,
            @RequestParam(defaultValue = "") String p256dh,
            @RequestParam(defaultValue = "") String auth,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes next) {
        try {
            services.post(
                    Service.KYC,
                    "/api/kyc/customers/me/push-subscriptions",
                    new PushSubscriptionRequest(endpoint, p256dh, auth),
                    null,
                    client);
            next.addFlashAttribute("pushSaved", true);
        } catch (Services.Rejected rejected) {
            next.addFlashAttribute("errors", Map.of("push", rejected.getMessage()));
        }
        return "redirect:/app/notifications";
    }

    /** Stop pushing to one of the customer's devices. */
    @PostMapping("/app/notifications/push/{deviceId}/off")
    String unsubscribe(
            @PathVariable String deviceId,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client) {
        if (deviceId.matches("[0-9a-f]{1,64}")) {
            services.delete(Service.KYC, "/api/kyc/customers/me/push-subscriptions/" + deviceId, client);
        }
        return "redirect:/app/notifications";
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
