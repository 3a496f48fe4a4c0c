package cellengine.api.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a multipart/form-data body with exactly one part back into its pieces, strictly (RFC 7578 framing). */
record Multipart(Map<String, String> headers, byte[] content) {

    static Multipart parse(String contentType, byte[] body) {
        String prefix = "multipart/form-data; boundary=";
        if (!contentType.startsWith(prefix)) {
            throw new AssertionError("not multipart/form-data: " + contentType);
        }
        String boundary = contentType.substring(prefix.length());
        byte[] open = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] close = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        if (!Arrays.equals(Arrays.copyOf(body, open.length), open)) {
            throw new AssertionError("body does not start with the boundary line");
        }
        if (!Arrays.equals(Arrays.copyOfRange(body, body.length - close.length, body.length), close)) {
            throw new AssertionError("body does not end with the closing boundary line");
        }
        int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), open.length);
        String headerText = new String(body, open.length, headerEnd - open.length, StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerText.split("\r\n")) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        byte[] content = Arrays.copyOfRange(body, headerEnd + 4, body.length - close.length);
        if (indexOf(content, ("--" + boundary).getBytes(StandardCharsets.US_ASCII), 0) >= 0) {
            throw new AssertionError("more than one part");
        }
        return new Multipart(headers, content);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
