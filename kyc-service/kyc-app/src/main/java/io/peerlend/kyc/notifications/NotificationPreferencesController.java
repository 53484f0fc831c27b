package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.NotificationPreferencesRequest;
import io.peerlend.kyc.api.NotificationPreferencesView;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.api.SetNotificationPreferences;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A customer's own notification preferences: their language, and the optional topics they switched off. */
@RestController
class NotificationPreferencesController {

    private final CommandGateway commands;
    private final CustomerReadModel customers;
    private final MongoTemplate mongo;
    private final String defaultLanguage;

    NotificationPreferencesController(
            CommandGateway commands,
            CustomerReadModel customers,
            MongoTemplate mongo,
            @Value("${peerlend.kyc.notifications.default-language}") String defaultLanguage) {
        this.commands = commands;
        this.customers = customers;
        this.mongo = mongo;
        this.defaultLanguage = defaultLanguage;
    }

    @Operation(
            summary =
                    "Your notification preferences: language and the topics you may switch off (roles borrower, lender)")
    @GetMapping("/api/kyc/customers/me/notifications")
    NotificationPreferencesView mine(@AuthenticationPrincipal Jwt caller) {
        String me = onboarded(caller);
        Deliveries.Contact contact = mongo.findById(me, Deliveries.Contact.class, Notifier.CONTACTS);
        return view(
                contact == null || contact.language() == null ? defaultLanguage : contact.language(),
                contact == null || contact.optedOut() == null ? Set.of() : contact.optedOut());
    }

    @Operation(
            summary = "Choose the language of your notifications and switch optional topics off (roles borrower,"
                    + " lender); a required topic cannot be switched off")
    @PutMapping("/api/kyc/customers/me/notifications")
    NotificationPreferencesView choose(
            @Valid @RequestBody NotificationPreferencesRequest request, @AuthenticationPrincipal Jwt caller) {
        String me = onboarded(caller);
        try {
            commands.sendAndWait(new SetNotificationPreferences(me, request.language(), request.optedOut()));
        } catch (CustomerRuleBroken e) {
            throw new RequestRejectedException("optedOut", e.getMessage());
        }
        return view(request.language(), request.optedOut());
    }

    private String onboarded(Jwt caller) {
        String me = caller.getSubject();
        customers.find(me).orElseThrow(() -> new NoSuchElementException("you have not given your identity yet"));
        return me;
    }

    private static NotificationPreferencesView view(String language, Set<NotificationTopic> optedOut) {
        List<NotificationPreferencesView.Topic> topics = Arrays.stream(NotificationTopic.values())
                .filter(topic -> !topic.staff())
                .map(topic -> new NotificationPreferencesView.Topic(topic, topic.required()))
                .toList();
        return new NotificationPreferencesView(
                language, optedOut.isEmpty() ? Set.of() : EnumSet.copyOf(optedOut), topics);
    }
}
