package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.ApiError;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FilenamesTest {

    @Test
    void path_separators_of_any_platform_leave_only_the_last_segment() {
        assertEquals("a.fcs", Filenames.sanitize("../../etc/a.fcs", "file"));
        assertEquals("a.fcs", Filenames.sanitize("C:\\data\\run 7\\a.fcs", "file"));
        assertEquals("a.fcs", Filenames.sanitize("/abs/a.fcs", "file"));
        assertEquals("sample 1.fcs", Filenames.sanitize("sample 1.fcs", "file"));
    }

    @Test
    void control_characters_are_dropped() {
        assertEquals("ab.fcs", Filenames.sanitize("a\u0000b\r\n.fcs", "file"));
        assertEquals("ünïcode.fcs", Filenames.sanitize("ünïcode.fcs", "file"));
    }

    @Test
    void names_that_name_no_file_are_a_400_naming_the_field() {
        for (String bad : new String[] {"", "  ", ".", "..", "dir/", "a/..", "\u0000"}) {
            ApiError e = assertThrows(ApiError.BadRequest.class, () -> Filenames.sanitize(bad, "filename"));
            assertEquals(400, e.status());
            assertEquals(true, e.getMessage().startsWith("\"filename\" must name a file"), e.getMessage());
        }
        assertEquals("\"filename\" is required.",
                assertThrows(ApiError.BadRequest.class, () -> Filenames.sanitize(null, "filename")).getMessage());
    }

    @Test
    void very_long_names_keep_their_end_and_extension() {
        String name = "x".repeat(400) + ".fcs";
        String safe = Filenames.sanitize(name, "file");
        assertEquals(Filenames.MAX_LENGTH, safe.length());
        assertEquals(true, safe.endsWith(".fcs"));
    }
}
