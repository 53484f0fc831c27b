package io.peerlend.platform.axon;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.peerlend.platform.observability.CorrelationId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/**
 * One trace and one correlation id across Axon's messages, so a request's spans continue through the commands it
 * sends, the events they cause and the event processors that handle them (and the HTTP calls those make), and every
 * log line written while handling a message names the request that caused it, hours later if a processor was behind.
 *
 * <p>Propagation through message metadata (the alternative to Axon's OpenTelemetry module, whose newest release
 * is for an older Axon): the current span's W3C trace context ({@code traceparent}) goes into each message's metadata
 * when it is sent, both by the dispatch interceptor (a controller's command, outside any unit of work) and by the
 * correlation data Axon copies onto every message made while another is handled. Handling a message that carries a
 * trace context opens a child span named after the handler (the command bus, or the processing group) and the
 * message's type; a message without one (sent before tracing, or by a scheduled job) is handled without a span but
 * still with its correlation id in the logging context.
 */
public final class MessageTracing {

    private final Tracer tracer;
    private final Propagator propagator;

    public MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span's trace context, for every message made while another is handled. */
    public CorrelationDataProvider traceContext() {
        return message -> current();
    }

    /** The current span's trace context on a message sent outside any handler (a controller's command). */
    public MessageDispatchInterceptor<Message<?>> onDispatch() {
        return messages -> (index, message) -> {
            if (carriesTrace(message.getMetaData())) {
                return message;
            }
            Map<String, String> context = current();
            return context.isEmpty() ? message : message.andMetaData(context);
        };
    }

    /** Handles each message inside a span continuing its trace, with its correlation id in the logging context. */
    public MessageHandlerInterceptor<Message<?>> onHandle(String handler) {
        return (UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) -> {
            Message<?> message = unitOfWork.getMessage();
            Object correlation = message.getMetaData().get(CorrelationId.MDC_KEY);
            String previous = MDC.get(CorrelationId.MDC_KEY);
            if (correlation != null) {
                MDC.put(CorrelationId.MDC_KEY, correlation.toString());
            }
            try {
                if (!carriesTrace(message.getMetaData())) {
                    return chain.proceed();
                }
                Span span = propagator
                        .extract(message.getMetaData(), MessageTracing::read)
                        .name(handler + " " + message.getPayloadType().getSimpleName())
                        .kind(Span.Kind.CONSUMER)
                        .start();
                if (correlation != null) {
                    span.tag(CorrelationId.MDC_KEY, correlation.toString());
                }
                try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                    return chain.proceed();
                } catch (Exception | Error e) {
                    span.error(e);
                    throw e;
                } finally {
                    span.end();
                }
            } finally {
                if (previous == null) {
                    MDC.remove(CorrelationId.MDC_KEY);
                } else {
                    MDC.put(CorrelationId.MDC_KEY, previous);
                }
            }
        };
    }

    private Map<String, String> current() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return Map.of();
        }
        Map<String, String> context = new HashMap<>();
        propagator.inject(span.context(), context, Map::put);
        return context;
    }

    private boolean carriesTrace(MetaData metaData) {
        return propagator.fields().stream().filter(f -> !f.equals("baggage")).anyMatch(metaData::containsKey);
    }

    private static String read(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
