package cellengine.fakeserver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "A malformed request body never causes a 500", taken route by route: every {@code /api/v1} route the fake
 * registers gets malformed and unknown ids, malformed and mistyped bodies, garbage query parameters and broken
 * uploads, on a fresh experiment holding one of everything. Every answer must be below 500, and every error must
 * have the reference shape: a JSON object with an {@code error} message, or plain {@code Unauthorized} for a 401
 * (the run signs out last, so the sign-out route's later variants are unauthenticated).
 */
class RouteFuzzTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static final List<String> BAD_IDS = List.of("not-an-id", "000000000000000000000000",
            "ffffffffffffffffffffffff", "0123456789abcdef0123456", "%20", "a".repeat(300), "null", "-1");

    private static final List<String> BAD_BODIES = List.of("", "{", "}", "[]", "null", "0", "\"text\"", "{\"a\":",
            "{\"name\":\"a\"} trailing", "{'name':'a'}", "{\"name\":1e999999}", "[".repeat(3000),
            "{\"name\":\"\\ud800\"}", "{\"name\":null}", "{\"name\":{}}", "{\"name\":[]}", "{\"name\":7}",
            "{\"name\":\"\"}", "{\"model\":null}", "{\"model\":\"x\"}", "{\"model\":{\"rectangle\":null}}",
            "{\"type\":\"NoSuchGate\"}", "{\"type\":7,\"name\":\"t\"}", "{\"gid\":\"zz\"}", "{\"gates\":\"{\"}",
            "{\"gates\":7}", "{\"gates\":\"{\\\"$and\\\":[7]}\"}", "{\"parentId\":\"nope\"}",
            "{\"channels\":[1],\"spillMatrix\":\"no\"}", "{\"channels\":[\"a\",\"b\"],\"spillMatrix\":[1,2,3]}",
            "{\"scales\":[{}]}", "{\"scales\":\"x\"}", "{\"fcsFileIds\":\"x\"}", "{\"fcsFileIds\":[null]}",
            "{\"populationIds\":[7]}", "{\"statistics\":[7],\"channels\":{}}", "{\"statistics\":\"mean\"}",
            "{\"percentile\":\"high\"}", "{\"q\":2}", "{\"fcsFileId\":\"nope\",\"tailoredPerFile\":\"yes\"}",
            "{\"username\":[],\"password\":{}}", "{\"annotations\":[{\"name\":1}]}", "{\"panel\":[7]}",
            "{\"deleted\":\"yesterday\"}", "{\"path\":[\"not-an-id\"]}", "{\"permissions\":[{}]}",
            "{\"activeCompensation\":7}", "{\"from\":\"nope\",\"what\":[\"gates\"]}", "{\"what\":7}",
            "{\"gid\":null,\"fcsFileId\":null}", "{\"n\":-1}", "{\"n\":\"all\"}", "{\"__v\":\"x\"}",
            "{\"_id\":\"zz\"}", "{\"" + "k".repeat(10_000) + "\":1}");

    private static final List<String> BAD_QUERIES = List.of("limit=abc", "limit=-1", "limit=99999999999999999999",
            "skip=x", "skip=-5", "query=((", "query=eq(name", "query=" + Api.q("eq(name,\"a\")x"), "fields=%00",
            "fields=" + Api.q("+-,"), "sort=", "sort=" + Api.q("-"), "includeControls=maybe",
            "format=weird", "headers=maybe", "compensationId=zz", "compensatedQ=7", "subsampling=x",
            "postSubsampleN=-5", "preSubsampleN=abc", "seed=abc", "populationId=zz", "original=2",
            "xChannel=nope&yChannel=&plotType=bad", "plotType=dot&xChannel=FSC-A&yChannel=SSC-A&fcsFileId=zz",
            "plotType=histogram&xChannel=FSC-A&fcsFileId=%FILE%&width=-3&height=abc",
            "plotType=dot&xChannel=FSC-A&yChannel=SSC-A&fcsFileId=%FILE%&xScale=bogus&populationId=%ID%",
            "gid=zz", "query=%00", "a=%25");

    @RegisterExtension
    static final RunningFake fake = new RunningFake(c -> c.seed = 11L).keepDataBetweenTests();

    private final List<String> failures = new ArrayList<>();
    private int requests;

    /** {@return the route's path below /api/v1 with every placeholder filled from {@code ids}} */
    private static String fill(String template, Map<String, String> ids, String placeholderToBreak, String badId) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals(placeholderToBreak)) {
                value = badId;
            } else if (name.equals("id")) {
                String before = template.substring(0, m.start() - 1);
                value = ids.get(before.substring(before.lastIndexOf('/') + 1));
            } else {
                value = ids.get(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.substring("/api/v1".length());
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PATCH") || method.equals("PUT");
    }

    private void check(String what, Reply reply) {
        requests++;
        if (reply.status >= 500) {
            failures.add(what + " answered " + reply.status + ": " + abbreviate(reply.body));
        } else if (reply.status >= 400 && !reply.hasReferenceErrorShape()) {
            failures.add(what + " answered " + reply.status + " without the error shape: " + abbreviate(reply.body));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    @Test
    void every_route_answers_malformed_requests_with_a_4xx_in_the_reference_shape() {
        List<String> routes = fake.server().routeCoverage().routes().stream()
                // signing out ends the session the rest of the run needs, so it goes last
                .sorted(Comparator.comparing((String r) -> r.endsWith("/signout")).thenComparing(r -> r))
                .collect(Collectors.toList());
        assertTrue(routes.size() > 40, "routes: " + routes);
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            Map<String, String> ids = OneOfEverything.create(fake.server()).ids();
            String path = fill(template, ids, null, null);

            Matcher placeholders = PLACEHOLDER.matcher(template);
            while (placeholders.find()) {
                for (String badId : BAD_IDS) {
                    String broken = fill(template, ids, placeholders.group(1), badId);
                    check(method + " " + broken, fake.api().send(method, broken, hasBody(method) ? "{}" : null));
                }
            }
            if (hasBody(method)) {
                for (String body : BAD_BODIES) {
                    check(method + " " + path + " " + abbreviate(body), fake.api().send(method, path, body));
                }
                check(method + " " + path + " as text/plain", fake.api().send(method, path, "{\"name\":\"x\"}",
                        "Content-Type", "text/plain"));
            }
            if (method.equals("POST") && (path.endsWith("/fcsfiles") || path.endsWith("/attachments"))) {
                check(method + " " + path + " not an FCS file",
                        fake.http().upload(path, "data", "x.fcs",
                        "definitely not FCS".getBytes(StandardCharsets.UTF_8)));
                check(method + " " + path + " empty part", fake.http().upload(path, "data", "", new byte[0]));
                check(method + " " + path + " broken multipart", fake.http().postMultipart(path,
                        "--nope\r\nContent-Disposition: form-data\r\n\r\nabc".getBytes(StandardCharsets.UTF_8)));
                check(method + " " + path + " wrong field", fake.http().upload(path, "nope", "a.fcs",
                        GridFiles.grid(0, false)));
            }
            if (method.equals("GET")) {
                for (String query : BAD_QUERIES) {
                    String q = query.replace("%FILE%", ids.get("fid")).replace("%ID%", "zz");
                    check(method + " " + path + "?" + q, fake.api().get(path + "?" + q));
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " malformed requests were answered "
                + "wrongly");
        assertTrue(requests > 2_000, "only " + requests + " requests were sent");
    }
}
