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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for the folder methods of the client (cellengine-api.md §2.3, §3.4, §6.1).
 *
 * @since 0.1
 */
public abstract class FolderVerification extends VerificationSupport {

    /** Creates the rules; a subclass names the target. */
    protected FolderVerification() {
    }

    /** Rule {@code FOLDER-POST-1}: postFolder(name) creates a root folder owned by the caller. */
    @Test
    @DisplayName("FOLDER-POST-1 postFolder(name) creates a root folder owned by the caller")
    public void required_folderPost1_createsRootFolder() {
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

    /** Rule {@code FOLDER-POST-2}: postFolder(FolderCreate) places a folder inside another. */
    @Test
    @DisplayName("FOLDER-POST-2 postFolder(FolderCreate) places a folder inside another")
    public void required_folderPost2_nested() {
        Folder parent = newFolder(uniqueName("parent"));
        Folder child = client().postFolder(FolderCreate.builder().name(uniqueName("child"))
                .path(List.of(parent.id())).build());
        deleteAfterwards(() -> client().deleteFolder(child.id()));
        assertEquals(List.of(parent.id()), child.path(), "child path");
    }

    /** Rule {@code FOLDER-POST-3}: a folder body with a name of the wrong type answers 400. */
    @Test
    @DisplayName("FOLDER-POST-3 a folder body with a name of the wrong type answers 400")
    public void required_folderPost3_wrongTypeIsBadRequest() {
        cellengine.api.BadRequestException e = assertThrows(cellengine.api.BadRequestException.class,
                () -> client().post("/folders", java.util.Map.of("name", 42)), "POST /folders {name: 42}");
        assertTrue(e.serverMessage().contains("name"), () -> "the 400 names the field: " + e.serverMessage());
    }

    /** Rule {@code FOLDER-LIST-1}: getFolders lists a newly created folder. */
    @Test
    @DisplayName("FOLDER-LIST-1 getFolders lists a newly created folder")
    public void required_folderList1_listsNewFolder() {
        Folder f = newFolder(uniqueName("folder"));
        assertTrue(client().getFolders().stream().anyMatch(x -> x.id().equals(f.id())),
                () -> "getFolders() did not list " + f.id());
    }

    /** Rule {@code FOLDER-GET-1}: getFolder returns the stored folder. */
    @Test
    @DisplayName("FOLDER-GET-1 getFolder returns the stored folder")
    public void required_folderGet1_returnsStored() {
        Folder f = newFolder(uniqueName("folder"));
        Folder got = client().getFolder(f.id());
        assertEquals(f.id(), got.id(), "id");
        assertEquals(f.name(), got.name(), "name");
    }

    /** Rule {@code FOLDER-GET-2}: an unknown folder id answers 404. */
    @Test
    @DisplayName("FOLDER-GET-2 an unknown folder id answers 404")
    public void required_folderGet2_unknownIdIs404() {
        assertThrows(NotFoundException.class, () -> client().getFolder(UNKNOWN_ID));
    }

    /** Rule {@code FOLDER-BYNAME-1}: getFolderByName finds exactly one match. */
    @Test
    @DisplayName("FOLDER-BYNAME-1 getFolderByName finds exactly one match")
    public void required_folderByName1_oneMatch() {
        Folder f = newFolder(uniqueName("folder"));
        assertEquals(f.id(), client().getFolderByName(f.name()).id(), "getFolderByName");
    }

    /** Rule {@code FOLDER-BYNAME-2}: getFolderByName fails clearly on zero matches. */
    @Test
    @DisplayName("FOLDER-BYNAME-2 getFolderByName fails clearly on zero matches")
    public void required_folderByName2_zeroMatches() {
        NameLookupException e = assertThrows(NameLookupException.class,
                () -> client().getFolderByName(uniqueName("missing")));
        assertEquals(0, e.matchCount(), "matchCount");
    }

    /** Rule {@code FOLDER-BYNAME-3}: getFolderByName fails clearly on two matches. */
    @Test
    @DisplayName("FOLDER-BYNAME-3 getFolderByName fails clearly on two matches")
    public void required_folderByName3_twoMatches() {
        String name = uniqueName("twice");
        newFolder(name);
        newFolder(name);
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getFolderByName(name));
        assertEquals(2, e.matchCount(), "matchCount");
    }

    /** Rule {@code FOLDER-UPDATE-1}: updateFolder renames a folder. */
    @Test
    @DisplayName("FOLDER-UPDATE-1 updateFolder renames a folder")
    public void required_folderUpdate1_rename() {
        Folder f = newFolder(uniqueName("folder"));
        String renamed = uniqueName("renamed");
        Folder updated = client().updateFolder(f.id(), FolderUpdate.builder().name(renamed).build());
        assertEquals(renamed, updated.name(), "PATCH response name");
        assertEquals(renamed, client().getFolder(f.id()).name(), "GET after PATCH");
    }

    /** Rule {@code FOLDER-UPDATE-2}: updating an unknown folder answers 404. */
    @Test
    @DisplayName("FOLDER-UPDATE-2 updating an unknown folder answers 404")
    public void required_folderUpdate2_unknownIdIs404() {
        assertThrows(NotFoundException.class,
                () -> client().updateFolder(UNKNOWN_ID, FolderUpdate.builder().name("x").build()));
    }

    /** Rule {@code FOLDER-UPDATE-3}: deleted(null) undeletes a folder. */
    @Test
    @DisplayName("FOLDER-UPDATE-3 deleted(null) undeletes a folder")
    public void required_folderUpdate3_undelete() {
        Folder f = newFolder(uniqueName("folder"));
        client().deleteFolder(f.id());
        Folder back = client().updateFolder(f.id(), FolderUpdate.builder().deleted(null).build());
        assertNull(back.deleted(), "deleted after undelete");
    }

    /** Rule {@code FOLDER-DELETE-1}: deleteFolder soft-deletes: GET answers 404. */
    @Test
    @DisplayName("FOLDER-DELETE-1 deleteFolder soft-deletes: GET answers 404")
    public void required_folderDelete1_softDelete() {
        Folder f = newFolder(uniqueName("folder"));
        client().deleteFolder(f.id());
        assertThrows(NotFoundException.class, () -> client().getFolder(f.id()), "GET after DELETE");
    }

    /** Rule {@code FOLDER-DELETE-2}: deleting an unknown folder answers 404. */
    @Test
    @DisplayName("FOLDER-DELETE-2 deleting an unknown folder answers 404")
    public void required_folderDelete2_unknownIdIs404() {
        assertThrows(NotFoundException.class, () -> client().deleteFolder(UNKNOWN_ID));
    }

    /** Rule {@code FOLDER-AUTH-1}: folder calls with a bad token answer 401. */
    @Test
    @DisplayName("FOLDER-AUTH-1 folder calls with a bad token answer 401")
    public void required_folderAuth1_badToken() {
        try (CellEngine stranger = target().clientBuilder().token("not-a-valid-token-0000").build()) {
            assertThrows(UnauthorizedException.class, stranger::getFolders);
        }
    }
}
