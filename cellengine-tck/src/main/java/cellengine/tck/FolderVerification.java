package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.UnauthorizedException;
import cellengine.api.model.Folder;
import cellengine.api.param.FolderCreate;
import cellengine.api.param.FolderUpdate;
import java.util.List;

/**
 * Rules for the folder methods of the client (docs/wire.md#folders, docs/wire.md#folder-fields,
 * docs/wire.md#name-lookup).
 */
@RuleGroup(reference = "docs/wire.md#folders, docs/wire.md#folder-fields", check = "the folder routes and the Folder record binding")
abstract class FolderVerification extends VerificationSupport {

    @Rule(id = "FOLDER-POST-1", statement = "postFolder(name) creates a root folder owned by the caller")
    void creates_root_folder() {
        String name = uniqueName("folder");
        Folder f = newFolder(name);
        assertTrue(f.id().matches("[0-9a-f]{24}"), () -> "postFolder gave id " + f.id());
        assertEquals(name, f.name(), "name");
        assertEquals(List.of(), f.path(), "a new folder sits at the root");
        assertNull(f.deleted(), "deleted");
        assertNotNull(f.created(), "created");
        assertNotNull(f.creator(), "creator is a user id string");
        assertEquals(f.creator(), f.permissions().get(0).grantee().id(), "permissions[0].grantee._id == creator");
    }

    @Rule(id = "FOLDER-POST-2", statement = "postFolder(FolderCreate) places a folder inside another")
    void nested() {
        Folder parent = newFolder(uniqueName("parent"));
        Folder child = client().postFolder(FolderCreate.builder().name(uniqueName("child"))
                .path(List.of(parent.id())).build());
        deleteAfterwards(() -> client().deleteFolder(child.id()));
        assertEquals(List.of(parent.id()), child.path(), "child path");
    }

    @Rule(id = "FOLDER-POST-3", statement = "a folder body with a name of the wrong type answers 400")
    void wrong_type_is_bad_request() {
        cellengine.api.BadRequestException e = assertThrows(cellengine.api.BadRequestException.class,
                () -> client().post("/folders", java.util.Map.of("name", 42)), "POST /folders {name: 42}");
        assertTrue(e.serverMessage().contains("name"), () -> "the 400 names the field: " + e.serverMessage());
    }

    @Rule(id = "FOLDER-LIST-1", statement = "getFolders lists a newly created folder")
    void lists_new_folder() {
        Folder f = newFolder(uniqueName("folder"));
        assertTrue(client().getFolders().stream().anyMatch(x -> x.id().equals(f.id())),
                () -> "getFolders() did not list " + f.id());
    }

    @Rule(id = "FOLDER-GET-1", statement = "getFolder returns the stored folder")
    void returns_stored() {
        Folder f = newFolder(uniqueName("folder"));
        Folder got = client().getFolder(f.id());
        assertEquals(f.id(), got.id(), "id");
        assertEquals(f.name(), got.name(), "name");
    }

    @Rule(id = "FOLDER-GET-2", statement = "an unknown folder id answers 404")
    void get_unknown_id_is_404() {
        assertThrows(NotFoundException.class, () -> client().getFolder(UNKNOWN_ID));
    }

    @Rule(id = "FOLDER-BYNAME-1",
            statement = "getFolderByName finds exactly one match", reference = "docs/wire.md#name-lookup",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void one_match() {
        Folder f = newFolder(uniqueName("folder"));
        assertEquals(f.id(), client().getFolderByName(f.name()).id(), "getFolderByName");
    }

    @Rule(id = "FOLDER-BYNAME-2",
            statement = "getFolderByName fails clearly on zero matches", reference = "docs/wire.md#name-lookup",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void zero_matches() {
        NameLookupException e = assertThrows(NameLookupException.class,
                () -> client().getFolderByName(uniqueName("missing")));
        assertEquals(0, e.matchCount(), "matchCount");
    }

    @Rule(id = "FOLDER-BYNAME-3",
            statement = "getFolderByName fails clearly on two matches", reference = "docs/wire.md#name-lookup",
            check = "the by-name query `and(eq(name,\"…\"),eq(deleted,null))&limit=2` and its escaping")
    void two_matches() {
        String name = uniqueName("twice");
        newFolder(name);
        newFolder(name);
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getFolderByName(name));
        assertEquals(2, e.matchCount(), "matchCount");
    }

    @Rule(id = "FOLDER-UPDATE-1", statement = "updateFolder renames a folder")
    void rename() {
        Folder f = newFolder(uniqueName("folder"));
        String renamed = uniqueName("renamed");
        Folder updated = client().updateFolder(f.id(), FolderUpdate.builder().name(renamed).build());
        assertEquals(renamed, updated.name(), "PATCH response name");
        assertEquals(renamed, client().getFolder(f.id()).name(), "GET after PATCH");
    }

    @Rule(id = "FOLDER-UPDATE-2", statement = "updating an unknown folder answers 404")
    void update_unknown_id_is_404() {
        assertThrows(NotFoundException.class,
                () -> client().updateFolder(UNKNOWN_ID, FolderUpdate.builder().name("x").build()));
    }

    @Rule(id = "FOLDER-UPDATE-3", statement = "deleted(null) undeletes a folder")
    void undelete() {
        Folder f = newFolder(uniqueName("folder"));
        client().deleteFolder(f.id());
        Folder back = client().updateFolder(f.id(), FolderUpdate.builder().deleted(null).build());
        assertNull(back.deleted(), "deleted after undelete");
    }

    @Rule(id = "FOLDER-DELETE-1",
            statement = "deleteFolder soft-deletes: GET answers 404", reference = "docs/wire.md#experiments, docs/semantics.md#deletion",
            check = "soft delete: GET by id 404, list keeps the item with `deleted` set")
    void soft_delete() {
        Folder f = newFolder(uniqueName("folder"));
        client().deleteFolder(f.id());
        assertThrows(NotFoundException.class, () -> client().getFolder(f.id()), "GET after DELETE");
    }

    @Rule(id = "FOLDER-DELETE-3", statement = "deleting a folder that is already soft-deleted succeeds and keeps it "
            + "deleted", reference = "docs/wire.md#folders, docs/semantics.md#deletion", check = "DELETE of a soft-deleted resource answers 204")
    void delete_of_soft_deleted() {
        Folder f = newFolder(uniqueName("folder"));
        client().deleteFolder(f.id());
        client().deleteFolder(f.id());
        assertThrows(NotFoundException.class, () -> client().getFolder(f.id()), "GET after both");
    }

    @Rule(id = "FOLDER-DELETE-2",
            statement = "deleting an unknown folder answers 404", reference = "docs/wire.md#experiments, docs/semantics.md#deletion",
            check = "soft delete: GET by id 404, list keeps the item with `deleted` set")
    void delete_unknown_id_is_404() {
        assertThrows(NotFoundException.class, () -> client().deleteFolder(UNKNOWN_ID));
    }

    @Rule(id = "FOLDER-AUTH-1", statement = "folder calls with a bad token answer 401")
    void bad_token() {
        try (CellEngine stranger = target().clientBuilder().token("not-a-valid-token-0000").build()) {
            assertThrows(UnauthorizedException.class, stranger::getFolders);
        }
    }
}
