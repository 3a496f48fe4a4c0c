package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.analysis.AnalysisApi;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.store.DataApi;
import cellengine.fakeserver.internal.upload.Blob;
import cellengine.fakeserver.internal.upload.Multipart;
import cellengine.fakeserver.internal.upload.UploadLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code /api/v1/experiments/{eid}/...} data routes of cellengine-api.md §2.4–§2.6, §2.9 and
 * {@code importResources}. {@code fcsfiles/zip} and {@code fcsfiles/{fid}.fcs|.tsv} share the
 * {@code fcsfiles/{fid}} pattern and are told apart by the segment.
 */
final class DataRoutes {

    private static final String EXPERIMENT = Routes.API + "/experiments/{eid}";

    private DataRoutes() {
    }

    static void install(RoutesConfig r, DataApi data, AnalysisApi analysis, UploadLimits uploads,
            Function<AuthedHandler, Handler> authed) {
        String attachments = EXPERIMENT + "/attachments";
        r.get(attachments, authed.apply((ctx, caller) ->
                list(ctx, data.attachments(caller, eid(ctx), options(ctx)))));
        r.post(attachments, authed.apply((ctx, caller) ->
                Responses.json(ctx, 201, data.uploadAttachment(caller, eid(ctx), Multipart.singleFile(ctx, uploads)))));
        r.get(attachments + "/{id}", authed.apply((ctx, caller) -> {
            JsonObject attachment = data.attachment(caller, eid(ctx), ctx.pathParam("id"));
            byte[] content = data.attachmentContent(caller, eid(ctx), ctx.pathParam("id"));
            ctx.header("Content-Disposition", "attachment; filename=\""
                    + attachment.getString("filename").replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_") + "\"");
            bytes(ctx, content, "application/octet-stream");
        }));
        r.patch(attachments + "/{id}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, data.patchAttachment(caller, eid(ctx), ctx.pathParam("id"), body(ctx)))));
        r.delete(attachments + "/{id}", authed.apply((ctx, caller) -> {
            data.deleteAttachment(caller, eid(ctx), ctx.pathParam("id"));
            Responses.noContent(ctx);
        }));

        String compensations = EXPERIMENT + "/compensations";
        r.get(compensations, authed.apply((ctx, caller) ->
                list(ctx, data.compensations(caller, eid(ctx), options(ctx)))));
        r.post(compensations, authed.apply((ctx, caller) ->
                Responses.json(ctx, 201, data.createCompensation(caller, eid(ctx), body(ctx)))));
        r.get(compensations + "/{id}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, data.compensation(caller, eid(ctx), ctx.pathParam("id")))));
        r.patch(compensations + "/{id}", authed.apply((ctx, caller) -> Responses.json(ctx, 200,
                data.patchCompensation(caller, eid(ctx), ctx.pathParam("id"), body(ctx)))));
        r.delete(compensations + "/{id}", authed.apply((ctx, caller) -> {
            data.deleteCompensation(caller, eid(ctx), ctx.pathParam("id"));
            Responses.noContent(ctx);
        }));

        String files = EXPERIMENT + "/fcsfiles";
        r.get(files, authed.apply((ctx, caller) -> list(ctx, data.fcsFiles(caller, eid(ctx), ctx.queryParamMap()))));
        r.post(files, authed.apply((ctx, caller) -> Responses.json(ctx, 201, Multipart.isMultipart(ctx)
                ? data.uploadFcsFile(caller, eid(ctx), Multipart.singleFile(ctx, uploads))
                : analysis.createFcsFile(caller, eid(ctx), body(ctx)))));
        r.get(files + "/{fid}", authed.apply((ctx, caller) -> {
            String fid = ctx.pathParam("fid");
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
        }));
        r.post(files + "/{fid}", authed.apply((ctx, caller) -> {
            String fid = ctx.pathParam("fid");
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
        }));
        r.patch(files + "/{fid}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, data.patchFcsFile(caller, eid(ctx), ctx.pathParam("fid"), body(ctx)))));
        r.delete(files + "/{fid}", authed.apply((ctx, caller) -> {
            data.deleteFcsFile(caller, eid(ctx), ctx.pathParam("fid"));
            Responses.noContent(ctx);
        }));

        r.get(EXPERIMENT + "/scalesets", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, data.scaleSets(caller, eid(ctx)))));
        r.patch(EXPERIMENT + "/scalesets/{id}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, data.patchScaleSet(caller, eid(ctx), ctx.pathParam("id"), body(ctx)))));
        r.post(EXPERIMENT + "/importResources", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, data.importResources(caller, eid(ctx), body(ctx)))));
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

    private static ListOptions options(Context ctx) {
        return ListOptions.from(ctx.queryParamMap());
    }

    private static JsonObject body(Context ctx) {
        return JsonBodies.object(ctx.body());
    }

    private static void list(Context ctx, List<JsonObject> items) {
        Responses.json(ctx, 200, Json.createArrayBuilder(items).build());
    }

    private static void bytes(Context ctx, byte[] content, String contentType) {
        ctx.status(200).contentType(contentType).result(content);
    }

}
