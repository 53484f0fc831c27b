package io.peerlend.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and version of a service's published API (its OpenAPI document, committed under docs/api/ and compared
 * with the build's by openapi-diff): {@code peerlend.api.title} and {@code peerlend.api.version} in the service's
 * application.yml. The version follows semantic versioning; a breaking change needs a new major version
 * (docs/api.md, "The contract").
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI apiDescription(
            @Value("${peerlend.api.title:Peerlend API}") String title,
            @Value("${peerlend.api.version:0.0.0}") String version,
            @Value("${peerlend.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title(title).version(version).description(description.isBlank() ? null : description));
    }

    /**
     * A money-moving operation's {@code Idempotency-Key} ({@link RequiredIdempotencyKey}) as required in the contract,
     * with its form and what a retry does, so a generated client asks for it first.
     */
    @Bean
    OperationCustomizer requiredIdempotencyKeys() {
        return (operation, handler) -> {
            boolean marked = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequiredIdempotencyKey.class));
            if (marked && operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> IdempotencyKeys.HEADER.equals(p.getName()) && "header".equals(p.getIn()))
                        .forEach(p -> p.required(true)
                                .description(IdempotencyKeys.DESCRIPTION)
                                .schema(new StringSchema()
                                        .minLength(1)
                                        .maxLength(100)
                                        .pattern(IdempotencyKeys.PATTERN)));
            }
            return operation;
        };
    }

    /**
     * Each operation's id from its controller and method ({@code LoanApplicationController.submit} is {@code
     * loanApplicationSubmit}), so generated clients get stable, readable method names instead of springdoc's
     * {@code mine_5}, whose numbers depend on the order controllers are scanned in.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName().replaceAll("(Controller|Api|Endpoints?)$", "");
            String method = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(controller.charAt(0))
                    + controller.substring(1)
                    + Character.toUpperCase(method.charAt(0))
                    + method.substring(1));
            return operation;
        };
    }
}
