package cellengine.api;

import cellengine.api.spi.Headers;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A transport that answers from a script, one step per request, and records every request with the bytes of its
 * body. When the script runs out it answers 500 "script exhausted", which the tests never expect.
 */
final class ScriptedTransport implements Transport {

    /** One scripted answer. */
    @FunctionalInterface
    interface Step {
        TransportResponse answer(TransportRequest request) throws IOException, InterruptedException;
    }

    /** A request as sent, with its body read. */
    record Sent(TransportRequest request, String body) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    final List<Sent> sent = new ArrayList<>();

    ScriptedTransport then(Step step) {
        steps.add(step);
        return this;
    }

    ScriptedTransport thenStatus(int status, String json, String... headerPairs) {
        return then(r -> response(status, json, headerPairs));
    }

    ScriptedTransport thenFailure(IOException failure) {
        return then(r -> {
            throw failure;
        });
    }

    static TransportResponse response(int status, String json, String... headerPairs) {
        Headers.Builder headers = Headers.builder().set("Content-Type", "application/json");
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.set(headerPairs[i], headerPairs[i + 1]);
        }
        return TransportResponse.of(status, headers.build(),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    int attempts() {
        return sent.size();
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        String body = "";
        if (request.body() != null) {
            try (InputStream in = request.body().open()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        sent.add(new Sent(request, body));
        Step step = steps.poll();
        if (step == null) {
            return response(500, "{\"error\":\"script exhausted\"}");
        }
        return step.answer(request);
    }
}
