package io.peerlend.platform.tracing;

import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Spans to the development trace server, only when its address is given ({@code peerlend.tracing.zipkin-url}, set by
 * the launcher). Boot's own Zipkin support would send to {@code localhost:9411} whenever its classes are present (and
 * is deprecated for OpenTelemetry); this way a service without a trace server sends nothing, and production exports
 * OTLP through Boot's {@code management.opentelemetry.tracing.export.otlp.endpoint} instead. Boot's OpenTelemetry
 * configuration batches every {@code SpanExporter} bean, this one included.
 */
@AutoConfiguration
@ConditionalOnProperty("peerlend.tracing.zipkin-url")
public class ZipkinExportAutoConfiguration {

    @Bean(destroyMethod = "close")
    ZipkinSpanExporter zipkinSpanExporter(@Value("${peerlend.tracing.zipkin-url}") String zipkinUrl) {
        return ZipkinSpanExporter.builder()
                .setEndpoint(zipkinUrl.replaceAll("/+$", "") + "/api/v2/spans")
                .build();
    }
}
