package cellengine.api.internal.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes {@code {"username", "password"[, "otp"]}} straight from the password's {@code char[]} into a byte
 * array, without making a {@code String} of the password, so every copy can be wiped after the request.
 */
final class SignInBody {

    private SignInBody() {
    }

    /**
     * {@return the UTF-8 JSON body; the caller wipes it after use}
     *
     * @param username the user name
     * @param password the password
     * @param otp the one-time code, or {@code null}
     */
    static byte[] encode(String username, char[] password, String otp) {
        char[] json = new char[length(username, password, otp)];
        int[] at = {0};
        put(json, at, "{\"username\":");
        putString(json, at, username.toCharArray());
        put(json, at, ",\"password\":");
        putString(json, at, password);
        if (otp != null) {
            put(json, at, ",\"otp\":");
            putString(json, at, otp.toCharArray());
        }
        put(json, at, "}");
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(CharBuffer.wrap(json));
            byte[] result = Arrays.copyOf(bytes.array(), bytes.limit());
            Arrays.fill(bytes.array(), (byte) 0);
            return result;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot encode the sign-in body", e);
        } finally {
            Arrays.fill(json, '\0');
        }
    }

    private static int length(String username, char[] password, String otp) {
        int n = "{\"username\":,\"password\":}".length() + escapedLength(username.toCharArray())
                + escapedLength(password);
        if (otp != null) {
            n += ",\"otp\":".length() + escapedLength(otp.toCharArray());
        }
        return n;
    }

    private static int escapedLength(char[] value) {
        int n = 2;
        for (char c : value) {
            n += c == '"' || c == '\\' ? 2 : c < 0x20 ? 6 : 1;
        }
        return n;
    }

    private static void put(char[] out, int[] at, String text) {
        text.getChars(0, text.length(), out, at[0]);
        at[0] += text.length();
    }

    private static void putString(char[] out, int[] at, char[] value) {
        out[at[0]++] = '"';
        for (char c : value) {
            if (c == '"' || c == '\\') {
                out[at[0]++] = '\\';
                out[at[0]++] = c;
            } else if (c < 0x20) {
                String hex = String.format("\\u%04x", (int) c);
                put(out, at, hex);
            } else {
                out[at[0]++] = c;
            }
        }
        out[at[0]++] = '"';
    }
}
