package cellengine.api.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path below {@code /api/v1}, built from unencoded segments that are percent-encoded on output (RFC 3986
 * {@code pchar}).
 */
public final class ApiPath {

    private final List<String> segments;

    private ApiPath(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /**
     * {@return a path from its segments}
     *
     * @param segments unencoded segments, such as {@code "experiments", id}
     * @throws IllegalArgumentException when a segment is empty, {@code .} or {@code ..}
     */
    public static ApiPath of(String... segments) {
        List<String> list = new ArrayList<>(segments.length);
        for (String s : segments) {
            list.add(checkSegment(s));
        }
        return new ApiPath(list);
    }

    /**
     * Parses a caller-supplied path such as {@code /experiments/5f…/gates}.
     *
     * @param path the path relative to {@code /api/v1}, starting with {@code /}; segments unencoded
     * @return the path
     * @throws IllegalArgumentException when the path does not start with {@code /}, holds a query or fragment,
     *         or has an empty, {@code .} or {@code ..} segment
     */
    public static ApiPath parse(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/' and be relative to /api/v1, such as "
                    + "\"/experiments\", was '" + path + "'");
        }
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw new IllegalArgumentException("path must not hold a query or fragment; pass query parameters "
                    + "as a map: '" + path + "'");
        }
        if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
            throw new IllegalArgumentException("path is relative to /api/v1; drop the /api/v1 prefix from '"
                    + path + "'");
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> list = new ArrayList<>();
        if (!trimmed.equals("/")) {
            for (String s : trimmed.substring(1).split("/", -1)) {
                list.add(checkSegment(s));
            }
        }
        return new ApiPath(list);
    }

    /**
     * {@return this path with more segments}
     *
     * @param more unencoded segments
     */
    public ApiPath then(String... more) {
        List<String> list = new ArrayList<>(segments);
        for (String s : more) {
            list.add(checkSegment(s));
        }
        return new ApiPath(list);
    }

    /** {@return the encoded path below {@code /api/v1}, starting with {@code /}} */
    public String encoded() {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/');
            encodeSegment(s, sb);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    @Override
    public String toString() {
        return encoded();
    }

    static void encodeSegment(String segment, StringBuilder out) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isPchar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    private static boolean isPchar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    private static String checkSegment(String segment) {
        Objects.requireNonNull(segment, "path segment");
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("path segment must not be empty, '.' or '..', was '" + segment
                    + "'");
        }
        return segment;
    }
}
