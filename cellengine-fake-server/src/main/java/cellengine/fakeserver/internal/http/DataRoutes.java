package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.analysis.AnalysisApi;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.store.DataApi;
import cellengine.fakeserver.internal.upload.Blob;
import cellengine.fakeserver.internal.upload.Multipart;
import cellengine.fakeserver.internal.upload.UploadLimits;
import io.javalin.http.Context;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code /api/v1/experiments/{eid}/...} data routes of docs/wire.md#attachments, docs/wire.md#compensations,
 * docs/wire.md#fcs-files, docs/wire.md#scale-sets and {@code importResources}, each with what it accepts. {@code
 * fcsfiles/zip} and {@code fcsfiles/{fid}.fcs|.tsv} share the {@code fcsfiles/{fid}} pattern and are told apart by the
 * segment.
 */
final class DataRoutes {

    private static final String EXPERIMENT = RouteTable.API + "/experiments/{eid}";

    /** The query parameters of an event export (docs/wire.md#event-export). */
    private static final Set<String> EXPORT_QUERY = Set.of("populationId", "compensationId", "compensatedQ",
            "headers", "original", "preSubsampleN", "preSubsampleP", "postSubsampleN", "postSubsampleP", "seed",
            "addEventNumber");

    /**
     * The FCS file fields (docs/wire.md#fcs-file-fields): a client may echo any of them; PATCH applies the settable
     * ones.
     */
    private static final Set<String> FCS_FILE_FIELDS = Set.of("_id", "id", "experimentId", "filename", "md5",
            "crc32c", "size", "gatesLocked", "deleted", "isControl", "panelName", "panel", "compensation",
            "annotations", "eventCount", "hasFileInternalComp", "spillString", "header", "data", "sampleName",
            "created", "updated", "__v");

    /**
     * The JSON create of FCS files (docs/wire.md#derived-fcs-files): sources, name and the export options that apply.
     */
    private static final Set<String> FCS_FILE_CREATE = Set.of("fcsFiles", "filename", "addFileNumber",
            "addEventNumber", "preSubsampleN", "preSubsampleP", "postSubsampleN", "postSubsampleP", "seed",
            "compensationId", "compensatedQ");

    /** The ZIP export body (docs/wire.md#fcs-files, docs/wire.md#zip-export). */
    private static final Set<String> ZIP_EXPORT = Set.of("format", "fcsFileIds", "populationIds", "compensationId",
            "compensatedQ", "preSubsampleN", "preSubsampleP", "postSubsampleN", "postSubsampleP", "seed",
            "filenameTemplate", "addEventNumber");

    /** Attachment fields (docs/wire.md#attachment-fields). */
    private static final Set<String> ATTACHMENT_FIELDS = Set.of("_id", "id", "experimentId", "filename", "size",
            "md5", "crc32c", "created", "updated", "__v");

    /** Compensation fields (docs/wire.md#compensation-fields). */
    private static final Set<String> COMPENSATION_FIELDS = Set.of("_id", "id", "experimentId", "name", "channels",
            "spillMatrix", "fcsFileId", "__v");

    /** Scale set fields (docs/wire.md#scale-set-fields). */
    private static final Set<String> SCALE_SET_FIELDS = Set.of("_id", "id", "experimentId", "name", "scales",
            "created", "updated", "__v");

    /** The import body (docs/wire.md#experiments). */
    private static final Set<String> IMPORT_RESOURCES = Set.of("srcExperiment", "channelMap", "dstPopulationId",
            "import");

    private DataRoutes() {
    }

    static void install(RouteTable r, DataApi data, AnalysisApi analysis, UploadLimits uploads) {
        String attachments = EXPERIMENT + "/attachments";
        r.get(attachments, Shape.LIST, (ctx, caller) ->
                Responses.list(ctx, data.attachments(caller, eid(ctx), options(ctx))));
        r.post(attachments, Shape.NOTHING, (ctx, caller) -> Responses.json(ctx, 201, // multipart: no JSON fields
                data.uploadAttachment(caller, eid(ctx), Multipart.singleFile(ctx, uploads))));
        r.get(attachments + "/{id}", Shape.NOTHING, (ctx, caller) -> {
            JsonObject attachment = data.attachment(caller, eid(ctx), ctx.pathParam("id"));
            byte[] content = data.attachmentContent(caller, eid(ctx), ctx.pathParam("id"));
            ctx.header("Content-Disposition", "attachment; filename=\""
                    + attachment.getString("filename").replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_") + "\"");
            bytes(ctx, content, "application/octet-stream");
        });
        r.patch(attachments + "/{id}", Shape.body(ATTACHMENT_FIELDS), (ctx, caller) ->
                Responses.json(ctx, 200, data.patchAttachment(caller, eid(ctx), ctx.pathParam("id"), body(ctx))));
        r.delete(attachments + "/{id}", Shape.NOTHING, (ctx, caller) -> {
            data.deleteAttachment(caller, eid(ctx), ctx.pathParam("id"));
            Responses.noContent(ctx);
        });

        String compensations = EXPERIMENT + "/compensations";
        r.get(compensations, Shape.LIST, (ctx, caller) ->
                Responses.list(ctx, data.compensations(caller, eid(ctx), options(ctx))));
        r.post(compensations, Shape.body(COMPENSATION_FIELDS), (ctx, caller) ->
                Responses.json(ctx, 201, data.createCompensation(caller, eid(ctx), body(ctx))));
        r.get(compensations + "/{id}", Shape.NOTHING, (ctx, caller) ->
                Responses.json(ctx, 200, data.compensation(caller, eid(ctx), ctx.pathParam("id"))));
        r.patch(compensations + "/{id}", Shape.body(COMPENSATION_FIELDS), (ctx, caller) -> Responses.json(ctx, 200,
                data.patchCompensation(caller, eid(ctx), ctx.pathParam("id"), body(ctx))));
        r.delete(compensations + "/{id}", Shape.NOTHING, (ctx, caller) -> {
            data.deleteCompensation(caller, eid(ctx), ctx.pathParam("id"));
            Responses.noContent(ctx);
        });

        String files = EXPERIMENT + "/fcsfiles";
        r.get(files, Shape.query(Shape.union(Shape.LIST_QUERY, Set.of("includeControls"))), (ctx, caller) ->
                Responses.list(ctx, data.fcsFiles(caller, eid(ctx), ctx.queryParamMap())));
        // A multipart upload (strict mode leaves its parts to the route) or, with a JSON body, a derived file.
        r.post(files, Shape.body(FCS_FILE_CREATE), (ctx, caller) -> Responses.json(ctx, 201,
                Multipart.isMultipart(ctx)
                        ? data.uploadFcsFile(caller, eid(ctx), Multipart.singleFile(ctx, uploads))
                        : analysis.createFcsFile(caller, eid(ctx), body(ctx))));
        Shape exportQuery = Shape.query(EXPORT_QUERY);
        r.get(files + "/{fid}", ctx -> isExport(fid(ctx)) ? exportQuery : Shape.NOTHING, (ctx, caller) -> {
            String fid = fid(ctx);
            if (isExport(fid)) {
                AnalysisApi.Download download = analysis.exportEvents(caller, eid(ctx), fid, ctx.queryParamMap());
                Blob content = download.content();
                if (content.file().isPresent()) {
                    ctx.status(200).contentType(download.contentType())
                            .header("Content-Length", Long.toString(content.size()))
                            .result(content.open());
                } else {
                    bytes(ctx, content.bytes(), download.contentType());
                }
            } else {
                Responses.json(ctx, 200, data.fcsFile(caller, eid(ctx), fid));
            }
        });
        Shape zip = Shape.body(ZIP_EXPORT);
        r.post(files + "/{fid}", ctx -> fid(ctx).equals("zip") ? zip : Shape.ANSWERED_BY_ROUTE, (ctx, caller) -> {
            String fid = fid(ctx);
            if (fid.equals("zip")) {
                bytes(ctx, analysis.zip(caller, eid(ctx), body(ctx)), "application/zip");
            } else if (isExport(fid)) {
                data.fcsFile(caller, eid(ctx), fid.substring(0, fid.length() - 4));
                throw new ApiError.BadRequest("Exporting events to S3 is not supported by the fake server; "
                        + "download them with GET instead.");
            } else {
                throw new ApiError.NotFound("No route for POST " + ctx.path() + "; POST fcsfiles/zip exports "
                        + "events, POST fcsfiles uploads.");
            }
        });
        r.patch(files + "/{fid}", Shape.body(FCS_FILE_FIELDS), (ctx, caller) ->
                Responses.json(ctx, 200, data.patchFcsFile(caller, eid(ctx), fid(ctx), body(ctx))));
        r.delete(files + "/{fid}", Shape.NOTHING, (ctx, caller) -> {
            data.deleteFcsFile(caller, eid(ctx), fid(ctx));
            Responses.noContent(ctx);
        });

        r.get(EXPERIMENT + "/scalesets", Shape.NOTHING, (ctx, caller) ->
                Responses.json(ctx, 200, data.scaleSets(caller, eid(ctx))));
        r.patch(EXPERIMENT + "/scalesets/{id}", Shape.body(SCALE_SET_FIELDS), (ctx, caller) ->
                Responses.json(ctx, 200, data.patchScaleSet(caller, eid(ctx), ctx.pathParam("id"), body(ctx))));
        r.post(EXPERIMENT + "/importResources", Shape.body(IMPORT_RESOURCES), (ctx, caller) ->
                Responses.json(ctx, 200, data.importResources(caller, eid(ctx), body(ctx))));
    }

    /**
     * {@return whether {@code segment} is an export path segment ({@code <id>.fcs} or {@code <id>.tsv}, any case)}
     */
    static boolean isExport(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return lower.endsWith(".fcs") || lower.endsWith(".tsv");
    }

    private static String eid(Context ctx) {
        return ctx.pathParam("eid");
    }

    private static String fid(Context ctx) {
        return ctx.pathParam("fid");
    }

    private static ListOptions options(Context ctx) {
        return ListOptions.from(ctx.queryParamMap());
    }

    private static JsonObject body(Context ctx) {
        return JsonBodies.object(ctx.body());
    }

    private static void bytes(Context ctx, byte[] content, String contentType) {
        ctx.status(200).contentType(contentType).result(content);
    }
}
