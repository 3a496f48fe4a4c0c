package cellengine.api.model;

import cellengine.analysis.fcs.Spillover;
import cellengine.api.CellEngineException;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the text fields of an {@link FcsFile}: {@code header} (a JSON string) and {@code spillString}. */
final class FcsFileText {

    private FcsFileText() {
    }

    static Map<String, String> parseHeader(String header, String file) {
        JsonValue value;
        try {
            value = Json.readValue(header.getBytes(StandardCharsets.UTF_8));
        } catch (MalformedJsonException e) {
            throw new CellEngineException("FCS file " + file + " has a header that is not JSON: " + e.getMessage(),
                    e);
        }
        if (!(value instanceof JsonObject)) {
            throw new CellEngineException("FCS file " + file + " has a header that is " + Json.describe(value)
                    + ", not a JSON object of keywords");
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        ((JsonObject) value).forEach((k, v) -> keywords.put(k, v instanceof JsonString
                ? ((JsonString) v).getString() : v.toString()));
        return Collections.unmodifiableMap(keywords);
    }

    /** Parses {@code N,name1,…,nameN,v11,…,vNN} (row-major), tolerating white space around tokens. */
    static Spillover parseSpillString(String spill, String file) {
        String[] tokens = spill.split(",", -1);
        int n;
        try {
            n = Integer.parseInt(tokens[0].strip());
        } catch (NumberFormatException e) {
            throw bad(file, "the count '" + tokens[0].strip() + "' is not a whole number", e);
        }
        if (n < 1) {
            throw bad(file, "the count " + n + " is not positive", null);
        }
        long expected = 1L + n + (long) n * n;
        if (tokens.length != expected) {
            throw bad(file, "it declares " + n + " channels, so it needs " + expected + " comma-separated fields, but "
                    + "has " + tokens.length, null);
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            names.add(tokens[i].strip());
        }
        double[] matrix = new double[n * n];
        for (int k = 0; k < matrix.length; k++) {
            String token = tokens[1 + n + k].strip();
            try {
                matrix[k] = Double.parseDouble(token);
            } catch (NumberFormatException e) {
                throw bad(file, "value " + (k + 1) + " ('" + token + "') is not a number", e);
            }
        }
        return new Spillover(names, matrix);
    }

    private static CellEngineException bad(String file, String problem, Throwable cause) {
        return new CellEngineException("FCS file " + file + " has a spillString that cannot be read: " + problem,
                cause);
    }
}
