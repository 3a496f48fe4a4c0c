package cellengine.analysis.fcs;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HEADER version and TEXT keywords of a file's first data set, read without its DATA (see
 * {@link FcsReader#readMetadata(java.nio.file.Path)}). Immutable.
 *
 * @since 0.1
 */
public final class FcsMetadata {

    private final String version;
    private final Keywords keywords;
    private final Map<String, String> keywordMap;
    private final List<String> warnings;

    FcsMetadata(String version, Keywords keywords, List<String> warnings) {
        this.version = version;
        this.keywords = keywords;
        this.keywordMap = keywords.asMap();
        this.warnings = List.copyOf(warnings);
    }

    /** {@return the FCS version from the HEADER, such as {@code FCS3.1}} */
    public String version() {
        return version;
    }

    /**
     * {@return the value of a TEXT keyword (case-insensitive, {@code $} included), or null when absent}
     *
     * @param key the keyword, such as {@code $CYT}
     */
    public String keyword(String key) {
        Objects.requireNonNull(key, "key");
        return keywords.get(key);
    }

    /** {@return every TEXT keyword in file order, keys as written; unmodifiable} */
    public Map<String, String> keywords() {
        return keywordMap;
    }

    /** {@return deviations from the standard that were accepted while reading HEADER and TEXT} */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "FcsMetadata[" + version + ", " + keywordMap.size() + " keywords]";
    }
}
