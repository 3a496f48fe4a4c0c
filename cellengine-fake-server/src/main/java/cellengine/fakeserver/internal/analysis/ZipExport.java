package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.store.FcsFiles;
import cellengine.fakeserver.internal.store.FcsPayload;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code POST /fcsfiles/zip} (docs/wire.md#zip-export, docs/semantics.md#zip-export): one entry per FCS file ×
 * population, in {@code format} {@code fcs}, {@code tsv (with header)} or {@code tsv (without header)}, named
 * by {@code filenameTemplate} plus the format's extension. Tokens: {@code {fcsfile.filename}},
 * {@code {fcsfile._id}}, {@code {fcsfile.sampleName}}, {@code {population.name}}, {@code {population._id}}
 * (Ungated: {@code Ungated} and {@code ungated}); the default template is
 * {@code {fcsfile.filename}-{population.name}}. Repeated entry names get {@code " (2)"}, {@code " (3)"} ...
 */
final class ZipExport {

    static final String DEFAULT_TEMPLATE = "{fcsfile.filename}-{population.name}";
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> TOKENS = Set.of("fcsfile.filename", "fcsfile._id", "fcsfile.sampleName",
            "population.name", "population._id");

    private final FcsFiles fcsFiles;
    private final EventExport export;

    ZipExport(FcsFiles fcsFiles, EventExport export) {
        this.fcsFiles = fcsFiles;
        this.export = export;
    }

    byte[] zip(String experimentId, JsonObject body) {
        EventExport.Format format;
        boolean headers = true;
        JsonValue formatValue = body.getOrDefault("format", Json.createValue("fcs"));
        String formatText = formatValue instanceof JsonString ? ((JsonString) formatValue).getString() : "";
        switch (formatText.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "fcs":
                format = EventExport.Format.FCS;
                break;
            case "tsv (with header)":
            case "tsv":
                format = EventExport.Format.TSV;
                break;
            case "tsv (without header)":
                format = EventExport.Format.TSV;
                headers = false;
                break;
            default:
                throw new ApiError.BadRequest("\"format\" must be \"fcs\", \"tsv (with header)\" or \"tsv (without "
                        + "header)\", was " + formatValue + ".");
        }
        ExportRequest request = ExportRequest.fromJson(body, headers);
        String template = templateOf(body.get("filenameTemplate"));
        List<JsonObject> files = files(experimentId, body.get("fcsFileIds"));
        List<String> populations = populations(body.get("populationIds"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (JsonObject file : files) {
                FcsPayload payload = fcsFiles.payload(file.getString("_id"));
                for (String population : populations) {
                    byte[] content = export.export(experimentId, file, payload, request.withPopulation(population),
                            format);
                    zip.putNextEntry(new ZipEntry(unique(names, name(template, file, population), format.extension)));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot fail
        }
        return bytes.toByteArray();
    }

    private List<JsonObject> files(String experimentId, JsonValue ids) {
        List<JsonObject> files = new ArrayList<>();
        if (ids == null || ids.getValueType() == JsonValue.ValueType.NULL) {
            for (JsonObject f : fcsFiles.inExperiment(experimentId)) {
                if (f.isNull("deleted") && !f.getBoolean("isControl", false)) {
                    files.add(f);
                }
            }
            return files;
        }
        JsonArray array = FieldRules.ID_ARRAY.check("fcsFileIds", ids).asJsonArray();
        for (JsonValue id : array) {
            files.add(fcsFiles.get(experimentId, ((JsonString) id).getString()));
        }
        return files;
    }

    private static List<String> populations(JsonValue ids) {
        List<String> populations = new ArrayList<>();
        if (ids == null || ids.getValueType() == JsonValue.ValueType.NULL) {
            populations.add(null);
            return populations;
        }
        FieldRules.ARRAY.check("populationIds", ids);
        JsonArray array = ids.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue id = array.get(i);
            if (id.getValueType() == JsonValue.ValueType.NULL) {
                populations.add(null);
            } else {
                FieldRules.STRING.check("populationIds[" + i + "]", id);
                populations.add(ExportRequest.population(((JsonString) id).getString()));
            }
        }
        if (populations.isEmpty()) {
            populations.add(null);
        }
        return populations;
    }

    private static String templateOf(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return DEFAULT_TEMPLATE;
        }
        String template = ((JsonString) FieldRules.NON_EMPTY_STRING.check("filenameTemplate", value)).getString();
        Matcher m = TOKEN.matcher(template);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) {
                throw new ApiError.BadRequest("\"filenameTemplate\" has an unknown token {" + m.group(1)
                        + "}; known tokens: {" + String.join("}, {", new java.util.TreeSet<>(TOKENS)) + "}.");
            }
        }
        return template;
    }

    private static String name(String template, JsonObject file, String population) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value;
            switch (m.group(1)) {
                case "fcsfile.filename":
                    value = file.getString("filename");
                    break;
                case "fcsfile._id":
                    value = file.getString("_id");
                    break;
                case "fcsfile.sampleName":
                    value = file.isNull("sampleName") ? "" : file.getString("sampleName");
                    break;
                case "population.name":
                    value = population == null ? "Ungated" : population;
                    break;
                default:
                    value = population == null ? "ungated" : population;
                    break;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.replace('/', '_').replace('\\', '_')));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unique(Set<String> used, String stem, String extension) {
        String base = stem.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                ? stem.substring(0, stem.length() - extension.length()) : stem;
        String name = base + extension;
        for (int k = 2; !used.add(name); k++) {
            name = base + " (" + k + ")" + extension;
        }
        return name;
    }
}
