package cellengine.api.model;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.util.List;

/**
 * An experiment, with every field of docs/wire.md#experiment-fields.
 *
 * <p>Bound with JSON-B: unknown fields are ignored, missing ones are {@code null} (objects and lists: empty;
 * booleans: {@code false}). Edit with the {@code withX} methods and send the difference with
 * {@link cellengine.api.param.ExperimentUpdate#diff(Experiment, Experiment)}.
 *
 * @param id the experiment's {@code _id}
 * @param name the name; not unique
 * @param comments the rich-text comments as Quill operations; empty when absent
 * @param created when it was created
 * @param updated when it was last changed
 * @param deepUpdated when it or its contents last changed (a revision save bumps it)
 * @param deleted when it was soft-deleted, or {@code null}
 * @param uploader who created it
 * @param primaryResearcher its primary researcher (a PATCH takes a user id)
 * @param path the ids of the folders it sits in; empty at the root
 * @param data free-form data; empty when absent
 * @param dataOrder the order of {@code data} keys
 * @param activeCompensation the compensation applied, or {@code null} when absent
 * @param locked whether it is locked against changes
 * @param publicAccess the {@code public} flag
 * @param retentionPolicy the retention policy, such as {@code {"history": []}}
 * @param cloneSourceExperiment the experiment it was cloned from, or {@code null}
 * @param revisionSourceExperiment the experiment it is a revision of, or {@code null}
 * @param analysisSourceExperiment the analysis source experiment, or {@code null}
 * @param analysisTask the analysis task, or {@code null}
 * @param revisions saved revisions, oldest first
 * @param perFileCompensationsEnabled whether per-file compensations are enabled
 * @param tags tags
 * @param sortingSpec sorting: name to a list of strings or nulls
 * @param colorSpec colouring: a list of {@code [str, [str or null, number]]}
 * @param savedStatisticsExports saved statistics export settings
 * @param palettes colour palettes
 * @param permissions access grants; the creator first
 * @param annotationNameOrder annotation name order
 * @param annotationValidators annotation validators
 * @param annotationTableSortColumns annotation table sort columns
 * @param annotationSources annotation sources, or {@code null}
 * @param annotationTableColumnWidths annotation table column widths, or {@code null}
 * @param annotationTableColumnWraps annotation table column wraps, or {@code null}
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record Experiment(
        @JsonbProperty("_id") String id,
        @JsonbProperty("name") String name,
        @JsonbProperty("comments") List<CommentOp> comments,
        @JsonbProperty("created") Instant created,
        @JsonbProperty("updated") Instant updated,
        @JsonbProperty("deepUpdated") Instant deepUpdated,
        @JsonbProperty("deleted") Instant deleted,
        @JsonbProperty("uploader") User uploader,
        @JsonbProperty("primaryResearcher") User primaryResearcher,
        @JsonbProperty("path") List<String> path,
        @JsonbProperty("data") JsonObject data,
        @JsonbProperty("dataOrder") List<String> dataOrder,
        @JsonbProperty("activeCompensation") ActiveCompensation activeCompensation,
        @JsonbProperty("locked") boolean locked,
        @JsonbProperty("public") boolean publicAccess,
        @JsonbProperty("retentionPolicy") JsonObject retentionPolicy,
        @JsonbProperty("cloneSourceExperiment") String cloneSourceExperiment,
        @JsonbProperty("revisionSourceExperiment") String revisionSourceExperiment,
        @JsonbProperty("analysisSourceExperiment") String analysisSourceExperiment,
        @JsonbProperty("analysisTask") String analysisTask,
        @JsonbProperty("revisions") List<Revision> revisions,
        @JsonbProperty("perFileCompensationsEnabled") boolean perFileCompensationsEnabled,
        @JsonbProperty("tags") List<String> tags,
        @JsonbProperty("sortingSpec") JsonObject sortingSpec,
        @JsonbProperty("colorSpec") JsonArray colorSpec,
        @JsonbProperty("savedStatisticsExports") JsonArray savedStatisticsExports,
        @JsonbProperty("palettes") JsonObject palettes,
        @JsonbProperty("permissions") List<Permission> permissions,
        @JsonbProperty("annotationNameOrder") JsonArray annotationNameOrder,
        @JsonbProperty("annotationValidators") JsonObject annotationValidators,
        @JsonbProperty("annotationTableSortColumns") JsonArray annotationTableSortColumns,
        @JsonbProperty("annotationSources") JsonValue annotationSources,
        @JsonbProperty("annotationTableColumnWidths") JsonValue annotationTableColumnWidths,
        @JsonbProperty("annotationTableColumnWraps") JsonValue annotationTableColumnWraps,
        @JsonbProperty("__v") Integer version) {

    /**
     * Creates the record; absent lists and objects become empty ones.
     *
     * @param id the experiment's {@code _id}
     * @param name the name; not unique
     * @param comments the rich-text comments as Quill operations; empty when absent
     * @param created when it was created
     * @param updated when it was last changed
     * @param deepUpdated when it or its contents last changed (a revision save bumps it)
     * @param deleted when it was soft-deleted, or {@code null}
     * @param uploader who created it
     * @param primaryResearcher its primary researcher (a PATCH takes a user id)
     * @param path the ids of the folders it sits in; empty at the root
     * @param data free-form data; empty when absent
     * @param dataOrder the order of {@code data} keys
     * @param activeCompensation the compensation applied, or {@code null} when absent
     * @param locked whether it is locked against changes
     * @param publicAccess the {@code public} flag
     * @param retentionPolicy the retention policy, such as {@code {"history": []}}
     * @param cloneSourceExperiment the experiment it was cloned from, or {@code null}
     * @param revisionSourceExperiment the experiment it is a revision of, or {@code null}
     * @param analysisSourceExperiment the analysis source experiment, or {@code null}
     * @param analysisTask the analysis task, or {@code null}
     * @param revisions saved revisions, oldest first
     * @param perFileCompensationsEnabled whether per-file compensations are enabled
     * @param tags tags
     * @param sortingSpec sorting: name to a list of strings or nulls
     * @param colorSpec colouring: a list of {@code [str, [str or null, number]]}
     * @param savedStatisticsExports saved statistics export settings
     * @param palettes colour palettes
     * @param permissions access grants; the creator first
     * @param annotationNameOrder annotation name order
     * @param annotationValidators annotation validators
     * @param annotationTableSortColumns annotation table sort columns
     * @param annotationSources annotation sources, or {@code null}
     * @param annotationTableColumnWidths annotation table column widths, or {@code null}
     * @param annotationTableColumnWraps annotation table column wraps, or {@code null}
     * @param version the storage version key {@code __v}, or {@code null}
     */
    public Experiment {
        comments = Values.list(comments);
        path = Values.list(path);
        data = Values.object(data);
        dataOrder = Values.list(dataOrder);
        retentionPolicy = Values.object(retentionPolicy);
        revisions = Values.list(revisions);
        tags = Values.list(tags);
        sortingSpec = Values.object(sortingSpec);
        colorSpec = Values.array(colorSpec);
        savedStatisticsExports = Values.array(savedStatisticsExports);
        palettes = Values.object(palettes);
        permissions = Values.list(permissions);
        annotationNameOrder = Values.array(annotationNameOrder);
        annotationValidators = Values.object(annotationValidators);
        annotationTableSortColumns = Values.array(annotationTableSortColumns);
    }

    /**
     * {@return a copy with another {@code name}}
     *
     * @param value the new value
     */
    public Experiment withName(String value) {
        return new Experiment(id, value, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code comments}}
     *
     * @param value the new value
     */
    public Experiment withComments(List<CommentOp> value) {
        return new Experiment(id, name, value, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code deepUpdated}}
     *
     * @param value the new value
     */
    public Experiment withDeepUpdated(Instant value) {
        return new Experiment(id, name, comments, created, updated, value, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code deleted}}
     *
     * @param value the new value
     */
    public Experiment withDeleted(Instant value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, value, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code primaryResearcher}}
     *
     * @param value the new value
     */
    public Experiment withPrimaryResearcher(User value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, value, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code path}}
     *
     * @param value the new value
     */
    public Experiment withPath(List<String> value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, value, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code data}}
     *
     * @param value the new value
     */
    public Experiment withData(JsonObject value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, value, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code dataOrder}}
     *
     * @param value the new value
     */
    public Experiment withDataOrder(List<String> value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, value, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code activeCompensation}}
     *
     * @param value the new value
     */
    public Experiment withActiveCompensation(ActiveCompensation value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, value, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code locked}}
     *
     * @param value the new value
     */
    public Experiment withLocked(boolean value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, value, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code perFileCompensationsEnabled}}
     *
     * @param value the new value
     */
    public Experiment withPerFileCompensationsEnabled(boolean value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, value, tags, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code tags}}
     *
     * @param value the new value
     */
    public Experiment withTags(List<String> value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, value, sortingSpec, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code sortingSpec}}
     *
     * @param value the new value
     */
    public Experiment withSortingSpec(JsonObject value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, value, colorSpec, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code colorSpec}}
     *
     * @param value the new value
     */
    public Experiment withColorSpec(JsonArray value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, value, savedStatisticsExports, palettes, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with another {@code palettes}}
     *
     * @param value the new value
     */
    public Experiment withPalettes(JsonObject value) {
        return new Experiment(id, name, comments, created, updated, deepUpdated, deleted, uploader, primaryResearcher, path, data, dataOrder, activeCompensation, locked, publicAccess, retentionPolicy, cloneSourceExperiment, revisionSourceExperiment, analysisSourceExperiment, analysisTask, revisions, perFileCompensationsEnabled, tags, sortingSpec, colorSpec, savedStatisticsExports, value, permissions, annotationNameOrder, annotationValidators, annotationTableSortColumns, annotationSources, annotationTableColumnWidths, annotationTableColumnWraps, version);
    }

    /**
     * {@return a copy with one more tag, unless it is already there}
     *
     * @param tag the tag to add
     */
    public Experiment withTag(String tag) {
        if (tags.contains(tag)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(tags);
        more.add(tag);
        return withTags(more);
    }
}
