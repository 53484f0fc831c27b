package io.peerlend.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
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
