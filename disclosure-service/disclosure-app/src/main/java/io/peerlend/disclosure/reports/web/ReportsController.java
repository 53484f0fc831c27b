package io.peerlend.disclosure.reports.web;

import io.peerlend.disclosure.reports.ReportArchive;
import io.peerlend.disclosure.reports.domain.ReportSeal;
import io.peerlend.platform.security.EndpointRules;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published reports, for anyone (no login): the exact signed bytes, their signature, a CSV of the same figures, the
 * platform's public key, and a verification of any report and its chain.
 */
@RestController
class ReportsController {

    static final String BASE = "/public/disclosure/reports";

    /** One report in the list, with where to get it. */
    record Listed(String series, String period, String sha256, String previousHash, Map<String, String> links) {}

    /** The verification of one report, and of its series from the first report up to it. */
    record Verification(
            String report, boolean hashMatches, boolean signatureValid, boolean chainIntact, boolean seriesIntact) {}

    private final ReportArchive archive;
    private final ReportSeal seal;
    private final JsonMapper json = JsonMapper.builder().build();

    ReportsController(ReportArchive archive, ReportSeal seal) {
        this.archive = archive;
        this.seal = seal;
    }

    @Bean
    static EndpointRules reportEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, BASE, BASE + "/**", "/public/disclosure/keys/**")
                .permitAll();
    }

    @Operation(summary = "The published reports of a series, oldest first (public)")
    @GetMapping(BASE + "/{series}")
    List<Listed> list(@PathVariable String series) {
        return archive.series(series).stream()
                .map(r -> {
                    String period = r.id().substring(series.length() + 1);
                    String at = BASE + "/" + series + "/" + period;
                    return new Listed(
                            series,
                            period,
                            r.sha256(),
                            r.previousHash(),
                            Map.of(
                                    "json",
                                    at,
                                    "csv",
                                    at + "/csv",
                                    "signature",
                                    at + "/signature",
                                    "verification",
                                    at + "/verification"));
                })
                .toList();
    }

    @Operation(summary = "A published report: its exact signed bytes (public)")
    @GetMapping(value = BASE + "/{series}/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> report(@PathVariable String series, @PathVariable String period) {
        ReportSeal.Sealed r = find(series, period);
        return ResponseEntity.ok()
                .header("X-Report-SHA256", r.sha256())
                .header("X-Report-Signature", r.signature())
                .contentType(MediaType.APPLICATION_JSON)
                .body(r.bytes());
    }

    @Operation(summary = "A published report's Ed25519 signature, base64 (public)")
    @GetMapping(value = BASE + "/{series}/{period}/signature", produces = MediaType.TEXT_PLAIN_VALUE)
    String signature(@PathVariable String series, @PathVariable String period) {
        return find(series, period).signature() + "\n";
    }

    @Operation(summary = "A published report's figures as CSV: item, value (public)")
    @GetMapping(value = BASE + "/{series}/{period}/csv", produces = "text/csv")
    String csv(@PathVariable String series, @PathVariable String period) {
        JsonNode tree = json.readTree(find(series, period).bytes());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader("item", "value").get())) {
            flatten("", tree, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Operation(summary = "Check a published report's hash, signature and chain (public)")
    @GetMapping(BASE + "/{series}/{period}/verification")
    Verification verification(@PathVariable String series, @PathVariable String period) {
        ReportSeal.Sealed report = find(series, period);
        List<ReportSeal.Sealed> chain = archive.series(series).stream()
                .takeWhile(r -> r.id().compareTo(report.id()) <= 0)
                .toList();
        ReportSeal.Sealed previous = chain.size() < 2 ? null : chain.get(chain.size() - 2);
        ReportSeal.Verdict verdict = seal.verify(report, previous);
        return new Verification(
                report.id(),
                verdict.hashMatches(),
                verdict.signatureValid(),
                verdict.chainIntact(),
                seal.verifyChain(chain));
    }

    @Operation(summary = "The platform's report-signing public key, PEM (public)")
    @GetMapping(value = "/public/disclosure/keys/current", produces = MediaType.TEXT_PLAIN_VALUE)
    String publicKey() {
        return seal.publicKeyPem();
    }

    private ReportSeal.Sealed find(String series, String period) {
        return archive.find(series, period)
                .orElseThrow(() -> new NoSuchElementException("no report " + series + " " + period));
    }

    private static void flatten(String path, JsonNode node, CSVPrinter csv) throws IOException {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), csv);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), csv);
            }
        } else {
            csv.printRecord(path, node.isNull() ? "" : node.asString());
        }
    }
}
