package cellengine.cli;

import cellengine.api.CellEngine;
import java.util.regex.Pattern;

/**
 * Resolves what the user typed to an id: 24 hex characters are an id as they are; anything else is a name, looked
 * up with the SDK's by-name methods (which fail with a {@code NameLookupException} unless exactly one matches).
 */
final class Refs {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");

    private Refs() {
    }

    /** {@return whether the text is a 24-hex id} */
    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** {@return the experiment's id, from an id or an exact name} */
    static String experiment(CellEngine client, String idOrName) {
        return isId(idOrName) ? idOrName : client.getExperimentByName(idOrName).id();
    }

    /** {@return the FCS file's id, from an id or an exact file name} */
    static String fcsFile(CellEngine client, String experimentId, String idOrName) {
        return isId(idOrName) ? idOrName : client.getFcsFileByName(experimentId, idOrName).id();
    }
}
