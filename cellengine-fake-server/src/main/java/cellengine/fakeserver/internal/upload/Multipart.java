package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.ApiError;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} upload (docs/wire.md#uploads) as it streams in and returns its single file
 * part, whatever the part's field name (Python sends {@code data}, R sends {@code file}). The file part goes to a
 * {@link SpoolingSink}: memory for small files, a temporary file for large ones, so an upload of any size is
 * received in constant memory. Parsed here rather than with Jetty's multipart support so that the limits, the
 * error messages and the module-path behaviour are ours. Other (non-file) fields are read and ignored.
 */
public final class Multipart {

    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /** The longest header block of one part. */
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    /** The most bytes of non-file fields read and ignored. */
    private static final long MAX_FIELD_BYTES = 1024 * 1024;

    /**
     * One uploaded file: its name as the client sent it (not yet sanitised: see {@link Filenames}) and its bytes.
     *
     * @param filename the name from {@code Content-Disposition}
     * @param content the bytes, in memory or spooled
     */
    public record UploadedFile(String filename, Blob content) {

        /** {@return the bytes in memory (a spooled upload is read)} */
        public byte[] bytes() {
            return content.bytes();
        }
    }

    private Multipart() {
    }

    /** {@return whether the request declares a multipart body} */
    public static boolean isMultipart(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Reads the request body and returns its one file part.
     *
     * @throws ApiError.BadRequest when the body is not well-formed multipart or does not hold exactly one file
     * @throws ApiError.ContentTooLarge (413) when the file is larger than the upload limit
     */
    public static UploadedFile singleFile(Context ctx, UploadLimits limits) throws IOException {
        String boundary = boundary(ctx.header("Content-Type"));
        return singleFile(ctx.req().getInputStream(), boundary, limits);
    }

    /**
     * Reads a multipart body from a stream and returns its one file part.
     *
     * @throws ApiError.BadRequest when the body is not well-formed multipart or does not hold exactly one file
     * @throws ApiError.ContentTooLarge (413) when the file is larger than the upload limit
     */
    static UploadedFile singleFile(InputStream body, String boundary, UploadLimits limits) throws IOException {
        DelimitedReader in = new DelimitedReader(body);
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        if (!in.copyUntil(first, OutputStream.nullOutputStream(), MAX_FIELD_BYTES)) {
            throw new ApiError.BadRequest("Multipart body does not contain its boundary \"" + boundary + "\".");
        }
        UploadedFile file = null;
        int files = 0;
        int parts = 0;
        try {
            while (true) {
                int a = in.read();
                int b = in.read();
                if (a == '-' && b == '-') {
                    break; // the closing delimiter
                }
                if (a != '\r' || b != '\n') {
                    throw new ApiError.BadRequest("Multipart body is malformed: expected a line break after the "
                            + "boundary of part " + (parts + 1) + ".");
                }
                ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
                if (!in.copyUntil(CRLF_CRLF, headerBytes, MAX_HEADER_BYTES)) {
                    throw new ApiError.BadRequest("Multipart part " + (parts + 1) + " has no end of headers.");
                }
                parts++;
                String filename = filename(headerBytes.toString(StandardCharsets.UTF_8));
                boolean closed;
                if (filename != null && file == null) {
                    SpoolingSink sink = new SpoolingSink(limits);
                    try {
                        closed = in.copyUntil(next, sink, Long.MAX_VALUE);
                    } catch (IOException | RuntimeException e) {
                        sink.discard();
                        throw e;
                    }
                    if (!closed) {
                        sink.discard();
                    } else {
                        file = new UploadedFile(filename, sink.finish());
                    }
                } else {
                    closed = in.copyUntil(next, OutputStream.nullOutputStream(), filename == null
                            ? MAX_FIELD_BYTES : limits.maxUploadBytes());
                }
                if (filename != null) {
                    files++;
                }
                if (!closed) {
                    throw new ApiError.BadRequest("Multipart part " + parts
                            + " is not closed by the boundary; the body may be truncated.");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                file.content().delete();
            }
            throw e;
        }
        if (files != 1) {
            if (file != null) {
                file.content().delete();
            }
            throw new ApiError.BadRequest("A multipart upload must hold exactly one file part (a part with a "
                    + "filename), found " + files + " among " + parts + " parts.");
        }
        return file;
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

    /** {@return the part's filename from Content-Disposition as sent, or null for a non-file field} */
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
            return extended != null ? extended : plain;
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

}
