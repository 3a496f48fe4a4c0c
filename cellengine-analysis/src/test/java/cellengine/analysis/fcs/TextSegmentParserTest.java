package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSegmentParserTest {

    private final List<String> warnings = new ArrayList<>();

    private Map<String, String> parse(String text) throws FcsFormatException {
        Keywords k = new Keywords();
        TextSegmentParser.parse(text.getBytes(StandardCharsets.ISO_8859_1), 58, "TEXT", true, k, warnings);
        return new LinkedHashMap<>(k.asMap());
    }

    @Test
    void fcsparser_repeated_delimiter_vector() throws FcsFormatException {
        assertEquals(Map.of("flow_speed", "3 m/s", "x", "a/", "y", "b//"), parse("/flow_speed/3 m//s/x/a///y/b/////"));
    }

    @Test
    void flowcore_escape_and_empty_value_vectors() throws FcsFormatException {
        assertEquals(Map.of("k1", "v/1", "k2", "v2"), parse("/k1/v//1/k2/v2/"));
        assertEquals(Map.of("k1", "", "k2", "v2"), parse("/k1//k2/v2/"));
        assertEquals(Map.of("k1", "v1", "k2", "v2"), parse("*k1*v1*k2*v2*"));
        assertEquals(Map.of("k1", "v1", "k2", "v2"), parse("|k1|v1|k2|v2|"));
        assertEquals(Map.of("k1", "v1", "k2", "v2"), parse("\\k1\\v1\\k2\\v2\\"));
    }

    @Test
    void gating_ml_data1_empty_values_after_keys() throws FcsFormatException {
        Map<String, String> k = parse("\\&5Data File Prefix Part #1\\\\&6Data File Prefix Part #2\\\\$TOT\\5\\");
        assertEquals("", k.get("&5Data File Prefix Part #1"));
        assertEquals("", k.get("&6Data File Prefix Part #2"));
        assertEquals("5", k.get("$TOT"));
    }

    @Test
    void trailing_double_delimiter_and_padding_end_the_segment() throws FcsFormatException {
        assertEquals(Map.of("k", "v"), parse("/k/v//"));
        assertEquals(Map.of("k", "v"), parse("/k/v/    \0\0\r\n"));
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void whitespace_delimiters_are_not_trimmed() throws FcsFormatException {
        assertEquals(Map.of("k1", "v 1", "k2", "v2"), parse("\tk1\tv 1\tk2\tv2\t"));
        assertEquals(Map.of("k1", "v1", "k2", "v2"), parse("\tk1\tv1\tk2\tv2"));
        assertEquals(Map.of("$TOT", "83411              "), parse("\f$TOT\f83411              \f"));
    }

    @Test
    void missing_final_delimiter_and_odd_token_count_are_warned() throws FcsFormatException {
        assertEquals(Map.of("k", "v"), parse("/k/v"));
        assertEquals(1, warnings.size());
        assertEquals(Map.of("k", "v"), parse("/k/v/dangling/"));
        assertEquals(Map.of("k", "v"), parse("/k/v/dangling"));
        assertEquals(3, warnings.size(), warnings::toString);
    }

    @Test
    void latin1_bytes_are_kept_when_not_utf8() throws FcsFormatException {
        Keywords k = new Keywords();
        byte[] bytes = {'/', 'C', '/', 'Q', (byte) 0xAA, ' ', '5', '/', 'U', '/', (byte) 0xE2, (byte) 0x84,
            (byte) 0xA2, '/'};
        TextSegmentParser.parse(bytes, 58, "TEXT", true, k, warnings);
        assertEquals("Q\u00AA 5", k.get("C"));
        assertEquals("\u2122", k.get("u"));
        assertEquals(1, warnings.size());
    }
}
