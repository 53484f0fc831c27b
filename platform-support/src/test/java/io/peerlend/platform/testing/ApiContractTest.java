package io.peerlend.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published-contract check: what passes, what must be regenerated, and what needs a new major version. */
class ApiContractTest {

    /** An API with one operation answering a loan with an id and an amount; {@code extra} adds to the schema. */
    static String api(String version, String path, String extraProperty) {
        return """
                {"openapi": "3.0.1", "info": {"title": "t", "version": "%s"},
                 "servers": [{"url": "http://localhost:%d"}],
                 "paths": {"%s": {"get": {"operationId": "loan", "responses": {"200": {"description": "ok",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Loan"}}}}}}}},
                 "components": {"schemas": {"Loan": {"type": "object", "properties": {
                   "id": {"type": "string"}, "amount": {"type": "string"}%s}}}}}
                """.formatted(
                        version,
                        (int) (Math.random() * 1000),
                        path,
                        extraProperty.isEmpty() ? "" : ", \"" + extraProperty + "\": {\"type\": \"string\"}");
    }

    @Test
    void givenNoPublishedContract_whenChecked_thenItMustBeWrittenFirst(@TempDir Path dir) {
        ApiContract contract = new ApiContract("loans", dir.resolve("loans.json"));
        assertThatThrownBy(() -> contract.check(api("1.0.0", "/loans/{id}", ""), false))
                .hasMessageContaining("-Dopenapi.write=true");
        assertThat(contract.check(api("1.0.0", "/loans/{id}", ""), true)).startsWith("written");
        // the server address the test ran on is not part of the contract
        assertThat(contract.check(api("1.0.0", "/loans/{id}", ""), false)).isEqualTo("unchanged");
    }

    @Test
    void givenACompatibleChange_whenChecked_thenItFailsUntilRegenerated(@TempDir Path dir) throws Exception {
        ApiContract contract = new ApiContract("loans", dir.resolve("loans.json"));
        contract.check(api("1.0.0", "/loans/{id}", ""), true);
        // a new field in an answer breaks no client
        assertThatThrownBy(() -> contract.check(api("1.0.0", "/loans/{id}", "currency"), false))
                .hasMessageContaining("changed (compatible)");
        assertThat(contract.check(api("1.0.0", "/loans/{id}", "currency"), true))
                .isEqualTo("written (compatible)");
        assertThat(Files.readString(dir.resolve("loans.json")))
                .contains("currency")
                .doesNotContain("servers");
    }

    @Test
    void givenABreakingChange_whenTheVersionIsNotRaised_thenNothingIsWritten(@TempDir Path dir) throws Exception {
        ApiContract contract = new ApiContract("loans", dir.resolve("loans.json"));
        contract.check(api("1.0.0", "/loans/{id}", ""), true);
        String published = Files.readString(dir.resolve("loans.json"));
        // an operation moved: every client of the old path breaks
        assertThatThrownBy(() -> contract.check(api("1.1.0", "/credits/{id}", ""), true))
                .hasMessageContaining("BREAKING")
                .hasMessageContaining("/loans/{id}");
        assertThat(Files.readString(dir.resolve("loans.json"))).isEqualTo(published);
        // with a new major version it may be published
        assertThat(contract.check(api("2.0.0", "/credits/{id}", ""), true))
                .isEqualTo("written (breaking, version 2.0.0)");
    }
}
