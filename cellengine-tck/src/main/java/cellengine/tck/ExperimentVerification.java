package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.BadRequestException;
import cellengine.api.CellEngine;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.model.Experiment;
import cellengine.api.model.Folder;
import cellengine.api.param.CloneOptions;
import cellengine.api.param.ExperimentCreate;
import cellengine.api.param.ExperimentUpdate;
import cellengine.api.param.ListOptions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Rules for the experiment methods of the client (docs/wire.md#experiments, docs/wire.md#experiment-fields,
 * docs/wire.md#name-lookup; docs/semantics.md#lifecycle).
 */
@RuleGroup(reference = "docs/wire.md#experiments, docs/wire.md#experiment-fields", check = "the experiment routes and the Experiment record binding")
abstract class ExperimentVerification extends VerificationSupport {

    @Rule(id = "EXP-POST-1", statement = "postExperiment(name) creates an experiment with the reference defaults")
    void creates_with_defaults() {
        String name = uniqueName("exp");
        Experiment e = newExperiment(name);
        assertTrue(e.id().matches("[0-9a-f]{24}"), () -> "postExperiment gave id " + e.id());
        assertEquals(name, e.name(), "postExperiment(name).name()");
        assertNull(e.deleted(), "a new experiment is not deleted");
        assertNotNull(e.created(), "created");
        assertNotNull(e.updated(), "updated");
        assertEquals(List.of(), e.path(), "a new experiment sits at the root (path [])");
        assertEquals(List.of(), e.tags(), "tags of a new experiment");
        assertEquals(List.of(), e.revisions(), "revisions of a new experiment");
        assertNotNull(e.uploader(), "uploader is the caller");
        assertFalse(e.permissions().isEmpty(), "the creator is the first permission grantee");
        assertEquals(e.uploader().id(), e.permissions().get(0).grantee().id(),
                "permissions[0].grantee._id equals uploader._id");
    }

    @Rule(id = "EXP-POST-2", statement = "postExperiment(ExperimentCreate) sends the given fields and only those")
    void creates_from_body() {
        String name = uniqueName("exp");
        Experiment e = client().postExperiment(ExperimentCreate.builder().name(name).tags(List.of("a", "b")).build());
        deleteAfterwards(() -> client().deleteExperiment(e.id()));
        assertEquals(name, e.name(), "name");
        assertEquals(List.of("a", "b"), e.tags(), "tags sent at creation");
    }

    @Rule(id = "EXP-POST-3", statement = "a create body with a name of the wrong type answers 400")
    void wrong_type_is_bad_request() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> client().post("/experiments", Map.of("name", List.of(1, 2))),
                "POST /experiments {name: [1,2]}");
        assertEquals(400, e.status(), "status");
    }

    @Rule(id = "EXP-LIST-1", statement = "getExperiments lists a newly created experiment")
    void lists_new_experiment() {
        Experiment e = newExperiment(uniqueName("exp"));
        List<Experiment> all = client().getExperiments();
        assertTrue(all.stream().anyMatch(x -> x.id().equals(e.id())),
                () -> "getExperiments() did not list " + e.id());
    }

    @Rule(id = "EXP-LIST-2", statement = "getExperiments(options) filters with query and caps with limit")
    void query_and_limit() {
        String name = uniqueName("exp");
        newExperiment(name);
        newExperiment(name);
        List<Experiment> both = client().getExperiments(
                ListOptions.builder().query("eq(name,\"" + name + "\")").build());
        assertEquals(2, both.size(), () -> "query eq(name) matched " + both);
        List<Experiment> one = client().getExperiments(
                ListOptions.builder().query("eq(name,\"" + name + "\")").limit(1).build());
        assertEquals(1, one.size(), "limit=1");
    }

    @Rule(id = "EXP-PAGED-1",
            statement = "getExperimentsPaged walks every match a page at a time; skip and limit are start and cap",
            reference = "docs/wire.md#list-queries, docs/wire.md#limits", check = "the server's limit, skip and sort on list routes")
    void walks_every_page() {
        String name = uniqueName("exp");
        java.util.Set<String> made = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            made.add(newExperiment(name).id());
        }
        String query = "eq(name,\"" + name + "\")";
        List<String> paged = client().getExperimentsPaged(ListOptions.builder().query(query).build(), 2).stream()
                .map(Experiment::id).toList();
        assertEquals(5, paged.size(), () -> "each experiment once, over three pages: " + paged);
        assertEquals(made, java.util.Set.copyOf(paged), "the ids made");
        List<String> window = client().getExperimentsPaged(ListOptions.builder().query(query).skip(1).limit(3)
                .build(), 2).stream().map(Experiment::id).toList();
        assertEquals(paged.subList(1, 4), window, "skip=1, limit=3 over pages of 2");
    }

    @Rule(id = "EXP-ASYNC-1", statement = "async and asyncRun, with or without an executor, complete with the "
            + "call's result or fail with its exception", reference = "docs/wire.md#experiments", check = "CellEngine.async and asyncRun")
    void futures() {
        Experiment e = newExperiment(uniqueName("exp"));
        assertEquals(e.name(), client().async(c -> c.getExperiment(e.id())).join().name(), "async getExperiment");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.CompletionException failure = assertThrows(
                    java.util.concurrent.CompletionException.class,
                    () -> client().async(c -> c.getExperiment(UNKNOWN_ID), pool).join(), "an unknown id");
            assertTrue(failure.getCause() instanceof NotFoundException, () -> "cause " + failure.getCause());
            Experiment doomed = newExperiment(uniqueName("exp"));
            assertEquals(null, client().asyncRun(c -> c.deleteExperiment(doomed.id()), pool).join(),
                    "asyncRun completes with null");
            assertThrows(NotFoundException.class, () -> client().getExperiment(doomed.id()), "deleted by asyncRun");
        } finally {
            pool.shutdownNow();
        }
    }

    @Rule(id = "EXP-GET-1", statement = "getExperiment returns the stored experiment")
    void returns_stored() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment got = client().getExperiment(e.id());
        assertEquals(e.id(), got.id(), "id");
        assertEquals(e.name(), got.name(), "name");
        assertEquals(e.created(), got.created(), "created");
    }

    @Rule(id = "EXP-GET-2", statement = "an unknown id answers 404")
    void get_unknown_id_is_404() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> client().getExperiment(UNKNOWN_ID));
        assertEquals(404, e.status(), "status");
        assertTrue(e.getMessage().contains(UNKNOWN_ID), () -> "message names the URL: " + e.getMessage());
    }

    @Rule(id = "EXP-GET-3", statement = "a malformed id is rejected before any request")
    void malformed_id_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client().getExperiment("../folders"));
        assertTrue(e.getMessage().contains("../folders"), () -> "message names the bad id: " + e.getMessage());
    }

    @Rule(id = "EXP-BYNAME-1",
            statement = "getExperimentByName finds exactly one match", reference = "docs/semantics.md#gate-boundaries",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void one_match() {
        Experiment e = newExperiment(uniqueName("exp"));
        assertEquals(e.id(), client().getExperimentByName(e.name()).id(), "getExperimentByName");
    }

    @Rule(id = "EXP-BYNAME-2",
            statement = "getExperimentByName fails clearly on zero matches", reference = "docs/semantics.md#gate-boundaries",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void zero_matches() {
        String name = uniqueName("missing");
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getExperimentByName(name));
        assertEquals(0, e.matchCount(), "matchCount");
        assertTrue(e.getMessage().contains(name), () -> "message names the name: " + e.getMessage());
    }

    @Rule(id = "EXP-BYNAME-3",
            statement = "getExperimentByName fails clearly on two matches", reference = "docs/semantics.md#gate-boundaries",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void two_matches() {
        String name = uniqueName("twice");
        newExperiment(name);
        newExperiment(name);
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getExperimentByName(name));
        assertEquals(2, e.matchCount(), "matchCount");
    }

    @Rule(id = "EXP-BYNAME-4",
            statement = "names with quotes, backslashes and query syntax are matched literally", reference = "docs/semantics.md#gate-boundaries",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void escaping() {
        String name = uniqueName("q\"uo\\te),eq(name,\"x\")");
        Experiment e = newExperiment(name);
        assertEquals(e.id(), client().getExperimentByName(name).id(), () -> "getExperimentByName(" + name + ")");
    }

    @Rule(id = "EXP-BYNAME-5",
            statement = "soft-deleted experiments are not matched by name", reference = "docs/semantics.md#gate-boundaries",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void ignores_deleted() {
        String name = uniqueName("exp");
        Experiment gone = newExperiment(name);
        client().deleteExperiment(gone.id());
        Experiment live = newExperiment(name);
        assertEquals(live.id(), client().getExperimentByName(name).id(), "the live one is found");
    }

    @Rule(id = "EXP-UPDATE-1", statement = "updateExperiment changes the named fields and keeps the others")
    void changes_only_given_fields() {
        Experiment e = client().postExperiment(
                ExperimentCreate.builder().name(uniqueName("exp")).tags(List.of("keep")).build());
        deleteAfterwards(() -> client().deleteExperiment(e.id()));
        String renamed = uniqueName("renamed");
        Experiment updated = client().updateExperiment(e.id(), ExperimentUpdate.builder().name(renamed).build());
        assertEquals(renamed, updated.name(), "the PATCH response carries the new name");
        assertEquals(List.of("keep"), updated.tags(), "tags untouched by a name-only update");
        assertEquals(renamed, client().getExperiment(e.id()).name(), "GET after PATCH");
    }

    @Rule(id = "EXP-UPDATE-2", statement = "an update built from two records sends what changed")
    void diff() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment edited = e.withTags(List.of("x", "y"));
        Experiment updated = client().updateExperiment(e.id(), ExperimentUpdate.diff(e, edited));
        assertEquals(List.of("x", "y"), updated.tags(), "tags after diff update");
        assertEquals(e.name(), updated.name(), "name unchanged");
    }

    @Rule(id = "EXP-UPDATE-3", statement = "updating an unknown id answers 404")
    void update_unknown_id_is_404() {
        assertThrows(NotFoundException.class,
                () -> client().updateExperiment(UNKNOWN_ID, ExperimentUpdate.builder().name("x").build()));
    }

    @Rule(id = "EXP-UPDATE-4", statement = "deleted(null) undeletes a soft-deleted experiment")
    void undelete() {
        Experiment e = newExperiment(uniqueName("exp"));
        client().deleteExperiment(e.id());
        Experiment back = client().updateExperiment(e.id(), ExperimentUpdate.builder().deleted(null).build());
        assertNull(back.deleted(), "deleted after undelete");
        assertEquals(e.id(), client().getExperiment(e.id()).id(), "GET works again");
    }

    @Rule(id = "EXP-DELETE-1",
            statement = "deleteExperiment soft-deletes: GET answers 404, the list shows it as deleted",
            reference = "docs/wire.md#experiments, docs/semantics.md#deletion",
            check = "soft delete: GET by id 404, list keeps the item with `deleted` set")
    void soft_delete() {
        Experiment e = newExperiment(uniqueName("exp"));
        Instant before = Instant.now().minusSeconds(600);
        client().deleteExperiment(e.id());
        assertThrows(NotFoundException.class, () -> client().getExperiment(e.id()), "GET after DELETE");
        Experiment listed = client().getExperiments().stream().filter(x -> x.id().equals(e.id())).findFirst()
                .orElseThrow(() -> new AssertionError("a soft-deleted experiment is still listed"));
        assertNotNull(listed.deleted(), "deleted is set");
        assertTrue(listed.deleted().isAfter(before), () -> "deleted timestamp " + listed.deleted());
    }

    @Rule(id = "EXP-DELETE-3", statement = "deleting an experiment that is already soft-deleted (PATCH deleted, as the "
            + "Python toolkit's tests do) succeeds and keeps it deleted",
            reference = "docs/wire.md#experiments, docs/semantics.md#deletion", check = "DELETE of a soft-deleted resource answers 204, not 404")
    void delete_of_soft_deleted() {
        Experiment e = newExperiment(uniqueName("exp"));
        Instant deleted = Instant.parse("2024-01-02T03:04:05.678Z");
        client().updateExperiment(e.id(), ExperimentUpdate.builder().deleted(deleted).build());
        client().deleteExperiment(e.id());
        assertThrows(NotFoundException.class, () -> client().getExperiment(e.id()), "GET after both");
        Experiment listed = client().getExperiments().stream().filter(x -> x.id().equals(e.id())).findFirst()
                .orElseThrow(() -> new AssertionError("the experiment is still listed, deleted"));
        assertNotNull(listed.deleted(), "still deleted");
    }

    @Rule(id = "EXP-DELETE-2",
            statement = "deleting an unknown id answers 404", reference = "docs/wire.md#experiments, docs/semantics.md#deletion",
            check = "soft delete: GET by id 404, list keeps the item with `deleted` set")
    void delete_unknown_id_is_404() {
        assertThrows(NotFoundException.class, () -> client().deleteExperiment(UNKNOWN_ID));
    }

    @Rule(id = "EXP-CLONE-1",
            statement = "cloneExperiment copies under the default name <name>-1", reference = "docs/wire.md#experiments, docs/semantics.md#clone",
            check = "`POST /experiments/{eid}/clone` and the `-1` default name")
    void default_name() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment copy = client().cloneExperiment(e.id());
        deleteAfterwards(() -> client().deleteExperiment(copy.id()));
        assertNotEquals(e.id(), copy.id(), "a clone has a new id");
        assertEquals(e.name() + "-1", copy.name(), "default clone name");
    }

    @Rule(id = "EXP-CLONE-2",
            statement = "cloneExperiment takes a name and a folder path", reference = "docs/wire.md#experiments, docs/semantics.md#clone",
            check = "`POST /experiments/{eid}/clone` and the `-1` default name")
    void name_and_path() {
        Experiment e = newExperiment(uniqueName("exp"));
        Folder folder = newFolder(uniqueName("folder"));
        String name = uniqueName("copy");
        Experiment copy = client().cloneExperiment(e.id(),
                CloneOptions.builder().name(name).path(List.of(folder.id())).build());
        deleteAfterwards(() -> client().deleteExperiment(copy.id()));
        assertEquals(name, copy.name(), "clone name");
        assertEquals(List.of(folder.id()), copy.path(), "clone path");
    }

    @Rule(id = "EXP-CLONE-3",
            statement = "cloning an unknown id answers 404", reference = "docs/wire.md#experiments, docs/semantics.md#clone",
            check = "`POST /experiments/{eid}/clone` and the `-1` default name")
    void clone_unknown_id_is_404() {
        assertThrows(NotFoundException.class, () -> client().cloneExperiment(UNKNOWN_ID));
    }

    @Rule(id = "EXP-REV-1",
            statement = "saveExperimentRevision appends the revision and bumps deepUpdated",
            reference = "docs/wire.md#experiments, docs/semantics.md#revisions", check = "`POST /experiments/{eid}/revision` and `deepUpdated`")
    void appends_revision() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment saved = client().saveExperimentRevision(e.id(), "first draft");
        assertEquals(1, saved.revisions().size(), "revisions after one save");
        assertEquals("first draft", saved.revisions().get(saved.revisions().size() - 1).description(),
                "revisions[-1].description");
        assertFalse(saved.deepUpdated().isBefore(e.deepUpdated()), () -> "deepUpdated went from "
                + e.deepUpdated() + " to " + saved.deepUpdated());
    }

    @Rule(id = "EXP-REV-2",
            statement = "saving a revision of an unknown id answers 404", reference = "docs/wire.md#experiments, docs/semantics.md#revisions",
            check = "`POST /experiments/{eid}/revision` and `deepUpdated`")
    void rev_unknown_id_is_404() {
        assertThrows(NotFoundException.class, () -> client().saveExperimentRevision(UNKNOWN_ID, "x"));
    }

    @Rule(id = "EXP-AUTH-1", statement = "experiment calls with a bad token answer 401")
    void bad_token() {
        try (CellEngine stranger = target().clientBuilder().token("not-a-valid-token-0000").build()) {
            cellengine.api.UnauthorizedException e = assertThrows(cellengine.api.UnauthorizedException.class,
                    stranger::getExperiments);
            assertEquals(401, e.status(), "status");
        }
    }
}
