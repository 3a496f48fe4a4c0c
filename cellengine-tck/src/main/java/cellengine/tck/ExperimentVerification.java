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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for the experiment methods of the client (cellengine-api.md §2.2, §3.3, §6.1; semantics.md §11).
 *
 * @since 0.1
 */
public abstract class ExperimentVerification extends VerificationSupport {

    /** Creates the rules; a subclass names the target. */
    protected ExperimentVerification() {
    }

    /** Rule {@code EXP-POST-1}: postExperiment(name) creates an experiment with the reference defaults. */
    @Test
    @DisplayName("EXP-POST-1 postExperiment(name) creates an experiment with the reference defaults")
    public void required_expPost1_createsWithDefaults() {
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

    /** Rule {@code EXP-POST-2}: postExperiment(ExperimentCreate) sends the given fields and only those. */
    @Test
    @DisplayName("EXP-POST-2 postExperiment(ExperimentCreate) sends the given fields and only those")
    public void required_expPost2_createsFromBody() {
        String name = uniqueName("exp");
        Experiment e = client().postExperiment(ExperimentCreate.builder().name(name).tags(List.of("a", "b")).build());
        deleteAfterwards(() -> client().deleteExperiment(e.id()));
        assertEquals(name, e.name(), "name");
        assertEquals(List.of("a", "b"), e.tags(), "tags sent at creation");
    }

    /** Rule {@code EXP-POST-3}: a create body with a name of the wrong type answers 400. */
    @Test
    @DisplayName("EXP-POST-3 a create body with a name of the wrong type answers 400")
    public void required_expPost3_wrongTypeIsBadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> client().post("/experiments", Map.of("name", List.of(1, 2))),
                "POST /experiments {name: [1,2]}");
        assertEquals(400, e.status(), "status");
    }

    /** Rule {@code EXP-LIST-1}: getExperiments lists a newly created experiment. */
    @Test
    @DisplayName("EXP-LIST-1 getExperiments lists a newly created experiment")
    public void required_expList1_listsNewExperiment() {
        Experiment e = newExperiment(uniqueName("exp"));
        List<Experiment> all = client().getExperiments();
        assertTrue(all.stream().anyMatch(x -> x.id().equals(e.id())),
                () -> "getExperiments() did not list " + e.id());
    }

    /** Rule {@code EXP-LIST-2}: getExperiments(options) filters with query and caps with limit. */
    @Test
    @DisplayName("EXP-LIST-2 getExperiments(options) filters with query and caps with limit")
    public void required_expList2_queryAndLimit() {
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

    /**
     * Rule {@code EXP-PAGED-1}: getExperimentsPaged walks every match a page at a time; skip and limit are start and
     * cap.
     */
    @Test
    @DisplayName("EXP-PAGED-1 getExperimentsPaged walks every match a page at a time; skip and limit are start and cap")
    public void required_expPaged1_walksEveryPage() {
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

    /**
     * Rule {@code EXP-ASYNC-1}: async and asyncRun, with or without an executor, complete with the call's result or
     * fail with its exception.
     */
    @Test
    @DisplayName("EXP-ASYNC-1 async and asyncRun, with or without an executor, complete with the call's result or fail with its exception")
    public void required_expAsync1_futures() {
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

    /** Rule {@code EXP-GET-1}: getExperiment returns the stored experiment. */
    @Test
    @DisplayName("EXP-GET-1 getExperiment returns the stored experiment")
    public void required_expGet1_returnsStored() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment got = client().getExperiment(e.id());
        assertEquals(e.id(), got.id(), "id");
        assertEquals(e.name(), got.name(), "name");
        assertEquals(e.created(), got.created(), "created");
    }

    /** Rule {@code EXP-GET-2}: an unknown id answers 404. */
    @Test
    @DisplayName("EXP-GET-2 an unknown id answers 404")
    public void required_expGet2_unknownIdIs404() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> client().getExperiment(UNKNOWN_ID));
        assertEquals(404, e.status(), "status");
        assertTrue(e.getMessage().contains(UNKNOWN_ID), () -> "message names the URL: " + e.getMessage());
    }

    /** Rule {@code EXP-GET-3}: a malformed id is rejected before any request. */
    @Test
    @DisplayName("EXP-GET-3 a malformed id is rejected before any request")
    public void required_expGet3_malformedIdRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client().getExperiment("../folders"));
        assertTrue(e.getMessage().contains("../folders"), () -> "message names the bad id: " + e.getMessage());
    }

    /** Rule {@code EXP-BYNAME-1}: getExperimentByName finds exactly one match. */
    @Test
    @DisplayName("EXP-BYNAME-1 getExperimentByName finds exactly one match")
    public void required_expByName1_oneMatch() {
        Experiment e = newExperiment(uniqueName("exp"));
        assertEquals(e.id(), client().getExperimentByName(e.name()).id(), "getExperimentByName");
    }

    /** Rule {@code EXP-BYNAME-2}: getExperimentByName fails clearly on zero matches. */
    @Test
    @DisplayName("EXP-BYNAME-2 getExperimentByName fails clearly on zero matches")
    public void required_expByName2_zeroMatches() {
        String name = uniqueName("missing");
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getExperimentByName(name));
        assertEquals(0, e.matchCount(), "matchCount");
        assertTrue(e.getMessage().contains(name), () -> "message names the name: " + e.getMessage());
    }

    /** Rule {@code EXP-BYNAME-3}: getExperimentByName fails clearly on two matches. */
    @Test
    @DisplayName("EXP-BYNAME-3 getExperimentByName fails clearly on two matches")
    public void required_expByName3_twoMatches() {
        String name = uniqueName("twice");
        newExperiment(name);
        newExperiment(name);
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getExperimentByName(name));
        assertEquals(2, e.matchCount(), "matchCount");
    }

    /** Rule {@code EXP-BYNAME-4}: names with quotes, backslashes and query syntax are matched literally. */
    @Test
    @DisplayName("EXP-BYNAME-4 names with quotes, backslashes and query syntax are matched literally")
    public void required_expByName4_escaping() {
        String name = uniqueName("q\"uo\\te),eq(name,\"x\")");
        Experiment e = newExperiment(name);
        assertEquals(e.id(), client().getExperimentByName(name).id(), () -> "getExperimentByName(" + name + ")");
    }

    /** Rule {@code EXP-BYNAME-5}: soft-deleted experiments are not matched by name. */
    @Test
    @DisplayName("EXP-BYNAME-5 soft-deleted experiments are not matched by name")
    public void required_expByName5_ignoresDeleted() {
        String name = uniqueName("exp");
        Experiment gone = newExperiment(name);
        client().deleteExperiment(gone.id());
        Experiment live = newExperiment(name);
        assertEquals(live.id(), client().getExperimentByName(name).id(), "the live one is found");
    }

    /** Rule {@code EXP-UPDATE-1}: updateExperiment changes the named fields and keeps the others. */
    @Test
    @DisplayName("EXP-UPDATE-1 updateExperiment changes the named fields and keeps the others")
    public void required_expUpdate1_changesOnlyGivenFields() {
        Experiment e = client().postExperiment(
                ExperimentCreate.builder().name(uniqueName("exp")).tags(List.of("keep")).build());
        deleteAfterwards(() -> client().deleteExperiment(e.id()));
        String renamed = uniqueName("renamed");
        Experiment updated = client().updateExperiment(e.id(), ExperimentUpdate.builder().name(renamed).build());
        assertEquals(renamed, updated.name(), "the PATCH response carries the new name");
        assertEquals(List.of("keep"), updated.tags(), "tags untouched by a name-only update");
        assertEquals(renamed, client().getExperiment(e.id()).name(), "GET after PATCH");
    }

    /** Rule {@code EXP-UPDATE-2}: an update built from two records sends what changed. */
    @Test
    @DisplayName("EXP-UPDATE-2 an update built from two records sends what changed")
    public void required_expUpdate2_diff() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment edited = e.withTags(List.of("x", "y"));
        Experiment updated = client().updateExperiment(e.id(), ExperimentUpdate.diff(e, edited));
        assertEquals(List.of("x", "y"), updated.tags(), "tags after diff update");
        assertEquals(e.name(), updated.name(), "name unchanged");
    }

    /** Rule {@code EXP-UPDATE-3}: updating an unknown id answers 404. */
    @Test
    @DisplayName("EXP-UPDATE-3 updating an unknown id answers 404")
    public void required_expUpdate3_unknownIdIs404() {
        assertThrows(NotFoundException.class,
                () -> client().updateExperiment(UNKNOWN_ID, ExperimentUpdate.builder().name("x").build()));
    }

    /** Rule {@code EXP-UPDATE-4}: deleted(null) undeletes a soft-deleted experiment. */
    @Test
    @DisplayName("EXP-UPDATE-4 deleted(null) undeletes a soft-deleted experiment")
    public void required_expUpdate4_undelete() {
        Experiment e = newExperiment(uniqueName("exp"));
        client().deleteExperiment(e.id());
        Experiment back = client().updateExperiment(e.id(), ExperimentUpdate.builder().deleted(null).build());
        assertNull(back.deleted(), "deleted after undelete");
        assertEquals(e.id(), client().getExperiment(e.id()).id(), "GET works again");
    }

    /** Rule {@code EXP-DELETE-1}: deleteExperiment soft-deletes: GET answers 404, the list shows it as deleted. */
    @Test
    @DisplayName("EXP-DELETE-1 deleteExperiment soft-deletes: GET answers 404, the list shows it as deleted")
    public void required_expDelete1_softDelete() {
        Experiment e = newExperiment(uniqueName("exp"));
        Instant before = Instant.now().minusSeconds(600);
        client().deleteExperiment(e.id());
        assertThrows(NotFoundException.class, () -> client().getExperiment(e.id()), "GET after DELETE");
        Experiment listed = client().getExperiments().stream().filter(x -> x.id().equals(e.id())).findFirst()
                .orElseThrow(() -> new AssertionError("a soft-deleted experiment is still listed"));
        assertNotNull(listed.deleted(), "deleted is set");
        assertTrue(listed.deleted().isAfter(before), () -> "deleted timestamp " + listed.deleted());
    }

    /** Rule {@code EXP-DELETE-2}: deleting an unknown id answers 404. */
    @Test
    @DisplayName("EXP-DELETE-2 deleting an unknown id answers 404")
    public void required_expDelete2_unknownIdIs404() {
        assertThrows(NotFoundException.class, () -> client().deleteExperiment(UNKNOWN_ID));
    }

    /** Rule {@code EXP-CLONE-1}: cloneExperiment copies under the default name &lt;name&gt;-1. */
    @Test
    @DisplayName("EXP-CLONE-1 cloneExperiment copies under the default name <name>-1")
    public void required_expClone1_defaultName() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment copy = client().cloneExperiment(e.id());
        deleteAfterwards(() -> client().deleteExperiment(copy.id()));
        assertNotEquals(e.id(), copy.id(), "a clone has a new id");
        assertEquals(e.name() + "-1", copy.name(), "default clone name");
    }

    /** Rule {@code EXP-CLONE-2}: cloneExperiment takes a name and a folder path. */
    @Test
    @DisplayName("EXP-CLONE-2 cloneExperiment takes a name and a folder path")
    public void required_expClone2_nameAndPath() {
        Experiment e = newExperiment(uniqueName("exp"));
        Folder folder = newFolder(uniqueName("folder"));
        String name = uniqueName("copy");
        Experiment copy = client().cloneExperiment(e.id(),
                CloneOptions.named(name).withPath(List.of(folder.id())));
        deleteAfterwards(() -> client().deleteExperiment(copy.id()));
        assertEquals(name, copy.name(), "clone name");
        assertEquals(List.of(folder.id()), copy.path(), "clone path");
    }

    /** Rule {@code EXP-CLONE-3}: cloning an unknown id answers 404. */
    @Test
    @DisplayName("EXP-CLONE-3 cloning an unknown id answers 404")
    public void required_expClone3_unknownIdIs404() {
        assertThrows(NotFoundException.class, () -> client().cloneExperiment(UNKNOWN_ID));
    }

    /** Rule {@code EXP-REV-1}: saveExperimentRevision appends the revision and bumps deepUpdated. */
    @Test
    @DisplayName("EXP-REV-1 saveExperimentRevision appends the revision and bumps deepUpdated")
    public void required_expRev1_appendsRevision() {
        Experiment e = newExperiment(uniqueName("exp"));
        Experiment saved = client().saveExperimentRevision(e.id(), "first draft");
        assertEquals(1, saved.revisions().size(), "revisions after one save");
        assertEquals("first draft", saved.revisions().get(saved.revisions().size() - 1).description(),
                "revisions[-1].description");
        assertFalse(saved.deepUpdated().isBefore(e.deepUpdated()), () -> "deepUpdated went from "
                + e.deepUpdated() + " to " + saved.deepUpdated());
    }

    /** Rule {@code EXP-REV-2}: saving a revision of an unknown id answers 404. */
    @Test
    @DisplayName("EXP-REV-2 saving a revision of an unknown id answers 404")
    public void required_expRev2_unknownIdIs404() {
        assertThrows(NotFoundException.class, () -> client().saveExperimentRevision(UNKNOWN_ID, "x"));
    }

    /** Rule {@code EXP-AUTH-1}: experiment calls with a bad token answer 401. */
    @Test
    @DisplayName("EXP-AUTH-1 experiment calls with a bad token answer 401")
    public void required_expAuth1_badToken() {
        try (CellEngine stranger = target().clientBuilder().token("not-a-valid-token-0000").build()) {
            cellengine.api.UnauthorizedException e = assertThrows(cellengine.api.UnauthorizedException.class,
                    stranger::getExperiments);
            assertEquals(401, e.status(), "status");
        }
    }
}
