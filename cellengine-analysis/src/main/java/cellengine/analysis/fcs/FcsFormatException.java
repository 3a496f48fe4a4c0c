package cellengine.analysis.fcs;

import java.io.IOException;

/**
 * Thrown when bytes that claim to be an FCS file cannot be read as one: a truncated file, offsets that point
 * outside the file, a missing or non-numeric required keyword, a {@code $PAR} that disagrees with the parameter
 * keywords, or input that is not FCS at all.
 *
 * <p>It extends {@link IOException}, like {@link java.util.zip.ZipException}: a malformed file is a property of the
 * input, found while reading it, and every reading method already declares {@code IOException}. Callers who need to
 * tell "unreadable file" from "disk failure" catch this type first.
 *
 * <p>The message always names where the problem is; {@link #keyword()} and {@link #byteOffset()} give the same
 * facts to programs.
 *
 * @since 0.1
 */
public final class FcsFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The keyword at fault, or null. */
    private final String keyword;
    /** The byte offset at fault (from the start of the file), or -1. */
    private final long byteOffset;

    /**
     * Creates an exception about a keyword.
     *
     * @param keyword the keyword at fault, as written in the file (for example {@code $TOT})
     * @param message what is wrong with it
     */
    public FcsFormatException(String keyword, String message) {
        this(keyword, -1, message, null);
    }

    /**
     * Creates an exception about a byte position.
     *
     * @param byteOffset the byte offset at fault, from the start of the file
     * @param message what is wrong there
     */
    public FcsFormatException(long byteOffset, String message) {
        this(null, byteOffset, message, null);
    }

    /**
     * Creates an exception with every detail.
     *
     * @param keyword the keyword at fault, or null
     * @param byteOffset the byte offset at fault, or -1
     * @param message what is wrong
     * @param cause the underlying exception, or null
     */
    public FcsFormatException(String keyword, long byteOffset, String message, Throwable cause) {
        super(describe(keyword, byteOffset, message), cause);
        this.keyword = keyword;
        this.byteOffset = byteOffset;
    }

    /** {@return the keyword at fault, as written in the file, or null when the problem is not about a keyword} */
    public String keyword() {
        return keyword;
    }

    /** {@return the byte offset at fault, counted from the start of the file, or -1 when not about a position} */
    public long byteOffset() {
        return byteOffset;
    }

    /** {@return a copy of this exception whose message starts with {@code source}, such as the file name} */
    FcsFormatException withSource(String source) {
        FcsFormatException copy =
                new FcsFormatException(keyword, byteOffset, source + ": " + getMessage(), getCause(), true);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    private FcsFormatException(String keyword, long byteOffset, String fullMessage, Throwable cause, boolean unused) {
        super(fullMessage, cause);
        this.keyword = keyword;
        this.byteOffset = byteOffset;
    }

    private static String describe(String keyword, long byteOffset, String message) {
        StringBuilder sb = new StringBuilder();
        if (keyword != null) {
            sb.append("keyword ").append(keyword).append(": ");
        }
        if (byteOffset >= 0) {
            sb.append("byte ").append(byteOffset).append(": ");
        }
        return sb.append(message).toString();
    }
}
