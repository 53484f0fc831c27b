package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.peerlend.platform.observability.CorrelationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A request's trace and correlation id carried by Axon messages into the handlers that process them. */
class MessageTracingTest {

    record ApplicationQuoted(String applicationId) {}

    private final List<SpanData> exported = new ArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new Collect()))
            .build();
    private final Tracer otel = provider.get("test");
    private final OtelTracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> {});
    private final MessageTracing tracing = new MessageTracing(
            tracer, new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));

    @AfterEach
    void close() {
        provider.close();
        MDC.clear();
    }

    @Test
    void aMessageSentInsideARequestsSpanIsHandledInAChildSpanWithTheRequestsCorrelationId() throws Exception {
        // given a message sent while the request's span is current
        Span request = tracer.nextSpan().name("POST /api/lending/applications").start();
        Message<?> sent;
        try (var scope = tracer.withSpan(request)) {
            sent = tracing.onDispatch()
                    .handle(GenericEventMessage.asEventMessage(new ApplicationQuoted("a-1"))
                            .andMetaData(Map.of(CorrelationId.MDC_KEY, "req-12345678")));
        } finally {
            request.end();
        }
        assertThat(sent.getMetaData()).containsKey("traceparent");

        // when a processor handles it (in another thread, later: nothing of the request's context is current)
        AtomicReference<String> traceInHandler = new AtomicReference<>();
        AtomicReference<String> correlationInHandler = new AtomicReference<>();
        AtomicReference<Map<String, String>> madeInHandler = new AtomicReference<>();
        handle(sent, "lending-quotes", m -> {
            traceInHandler.set(tracer.currentSpan().context().traceId());
            correlationInHandler.set(MDC.get(CorrelationId.MDC_KEY));
            madeInHandler.set(stringsOf(tracing.traceContext().correlationDataFor(m)));
            return null;
        });

        // then the handler ran in the request's trace, logging with its correlation id, in a span of its own that
        // is a child of the request's, and what it sends on continues from its span
        String traceId = request.context().traceId();
        assertThat(traceInHandler.get()).isEqualTo(traceId);
        assertThat(correlationInHandler.get()).isEqualTo("req-12345678");
        assertThat(MDC.get(CorrelationId.MDC_KEY))
                .as("the logging context is left as found")
                .isNull();
        SpanData handled = exported.stream()
                .filter(s -> s.getName().equals("lending-quotes ApplicationQuoted"))
                .findFirst()
                .orElseThrow();
        assertThat(handled.getTraceId()).isEqualTo(traceId);
        assertThat(handled.getParentSpanId()).isEqualTo(request.context().spanId());
        assertThat(madeInHandler.get().get("traceparent")).contains(traceId).contains(handled.getSpanId());
    }

    @Test
    void aMessageWithoutATraceIsHandledWithoutASpanButWithItsCorrelationId() throws Exception {
        // given an event from before tracing (or from a scheduled job): a correlation id, no trace context
        Message<?> old = GenericEventMessage.asEventMessage(new ApplicationQuoted("a-2"))
                .andMetaData(Map.of(CorrelationId.MDC_KEY, "req-87654321"));
        AtomicReference<String> correlationInHandler = new AtomicReference<>();

        // when a processor handles it
        handle(old, "lending-quotes", m -> {
            correlationInHandler.set(MDC.get(CorrelationId.MDC_KEY));
            return null;
        });

        // then its log lines carry the id and no span was made
        assertThat(correlationInHandler.get()).isEqualTo("req-87654321");
        assertThat(exported).isEmpty();
    }

    @Test
    void aFailingHandlerEndsItsSpanMarkedAsAnError() {
        Span request = tracer.nextSpan().name("request").start();
        Message<?> sent;
        try (var scope = tracer.withSpan(request)) {
            sent = tracing.onDispatch().handle(GenericEventMessage.asEventMessage(new ApplicationQuoted("a-3")));
        } finally {
            request.end();
        }

        try {
            handle(sent, "lending-ledger", m -> {
                throw new IllegalStateException("store unavailable");
            });
        } catch (Exception expected) {
            assertThat(expected).hasMessage("store unavailable");
        }

        SpanData failed = exported.stream()
                .filter(s -> s.getName().equals("lending-ledger ApplicationQuoted"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.getStatus().getStatusCode()).hasToString("ERROR");
    }

    private void handle(Message<?> message, String processor, MessageHandler<Message<?>> handler) throws Exception {
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            new DefaultInterceptorChain<>(unitOfWork, List.of(tracing.onHandle(processor)), handler).proceed();
            unitOfWork.commit();
        } catch (Exception e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    private static Map<String, String> stringsOf(Map<String, ?> data) {
        return MetaData.from(data).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
    }

    private class Collect implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
