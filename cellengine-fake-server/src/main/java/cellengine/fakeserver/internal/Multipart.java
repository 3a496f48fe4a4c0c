package cellengine.fakeserver.internal;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} upload (cellengine-api.md §4.1) and returns its single file part,
 * whatever the part's field name (Python sends {@code data}, R sends {@code file}). Parsed here rather than
 * with Jetty's multipart support so that the size cap, the error messages and the module-path behaviour are
 * ours. Other (non-file) fields are ignored.
 */
final class Multipart {

    /** The largest request body an upload may have; larger bodies answer 413 without being held in memory. */
    static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /** One uploaded file: its name (the basename the client sent) and its bytes. */
    record UploadedFile(String filename, byte[] bytes) {
    }

    private Multipart() {
    }

    /** {@return whether the request declares a multipart body} */
    static boolean isMultipart(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Reads the request body and returns its one file part.
     *
     * @throws ApiError.BadRequest when the body is not well-formed multipart or does not hold exactly one file
     * @throws ContentTooLargeResponse (413) when the body exceeds {@link #MAX_UPLOAD_BYTES}
     */
    static UploadedFile singleFile(Context ctx) throws IOException {
        String boundary = boundary(ctx.header("Content-Type"));
        byte[] body = readCapped(ctx.req().getInputStream(), MAX_UPLOAD_BYTES);
        return singleFile(body, boundary);
    }

    static UploadedFile singleFile(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new ApiError.BadRequest("Multipart body does not contain its boundary \"" + boundary + "\".");
        }
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<UploadedFile> files = new ArrayList<>();
        int parts = 0;
        int position = at + delimiter.length;
        while (true) {
            if (startsWith(body, position, "--")) {
                break; // the closing delimiter
            }
            if (!startsWith(body, position, "\r\n")) {
                throw new ApiError.BadRequest("Multipart body is malformed: expected a line break after the "
                        + "boundary at byte " + position + ".");
            }
            int headersStart = position + 2;
            int headersEnd = indexOf(body, CRLF_CRLF, headersStart);
            if (headersEnd < 0) {
                throw new ApiError.BadRequest("Multipart part " + (parts + 1) + " has no end of headers.");
            }
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw new ApiError.BadRequest("Multipart part " + (parts + 1)
                        + " is not closed by the boundary; the body may be truncated.");
            }
            parts++;
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            String filename = filename(headers);
            if (filename != null) {
                byte[] content = new byte[contentEnd - contentStart];
                System.arraycopy(body, contentStart, content, 0, content.length);
                files.add(new UploadedFile(filename, content));
            }
            position = contentEnd + next.length;
        }
        if (files.size() != 1) {
            throw new ApiError.BadRequest("A multipart upload must hold exactly one file part (a part with a "
                    + "filename), found " + files.size() + " among " + parts + " parts.");
        }
        return files.get(0);
    }

    static String boundary(String contentType) {
        if (contentType != null) {
            for (String param : contentType.split(";")) {
                String p = param.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                    String value = p.substring("boundary=".length()).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!value.isEmpty() && value.length() <= 200) {
                        return value;
                    }
                }
            }
        }
        throw new ApiError.BadRequest("A multipart upload needs Content-Type: multipart/form-data; boundary=...,"
                + " was " + (contentType == null ? "absent" : "\"" + contentType + "\"") + ".");
    }

    /** {@return the part's filename from Content-Disposition (basename only), or null for a non-file field} */
    private static String filename(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                continue;
            }
            String plain = null;
            String extended = null;
            for (String param : splitParams(line.substring(colon + 1))) {
                int eq = param.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = param.substring(eq + 1).trim();
                if (key.equals("filename")) {
                    plain = unquote(value);
                } else if (key.equals("filename*")) {
                    int quote = value.indexOf("''");
                    extended = URLDecoder.decode(quote < 0 ? value : value.substring(quote + 2).replace("+", "%2B"),
                            StandardCharsets.UTF_8);
                }
            }
            String name = extended != null ? extended : plain;
            return name == null ? null : basename(name);
        }
        return null;
    }

    /** Splits on semicolons outside double quotes. */
    private static List<String> splitParams(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == ';' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    private static String basename(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    static byte[] readCapped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw new ContentTooLargeResponse("Upload is larger than the fake server's limit of " + max
                        + " bytes.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] data, int at, String prefix) {
        if (at + prefix.length() > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        int last = data.length - pattern.length;
        byte first = pattern[0];
        for (int i = from; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            int k = 1;
            while (k < pattern.length && data[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
