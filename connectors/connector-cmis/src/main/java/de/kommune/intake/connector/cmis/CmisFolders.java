package de.kommune.intake.connector.cmis;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;

import java.util.Map;
import java.util.Optional;

/**
 * Finds a folder by path and creates the missing levels on demand. Two deliveries may create the same new folder
 * at once (two documents for a new BG number): the loser's create fails with a name conflict, and it then uses
 * the winner's folder.
 */
final class CmisFolders {

    private CmisFolders() {
    }

    /** The id of the folder at {@code path}, creating it and its missing parents. */
    static String ensure(Session session, String path) {
        Optional<CmisObject> existing = CmisLookups.byPath(session, path);
        if (existing.isPresent()) {
            return requireFolder(existing.get(), path);
        }
        int slash = path.lastIndexOf('/');
        String parentPath = slash == 0 ? "/" : path.substring(0, slash);
        String parentId = ensure(session, parentPath);
        String name = path.substring(slash + 1);
        try {
            return session.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_FOLDER.value(),
                    PropertyIds.NAME, name), session.createObjectId(parentId)).getId();
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
            return requireFolder(CmisLookups.byPath(session, path).orElseThrow(() -> raced), path);
        }
    }

    private static String requireFolder(CmisObject object, String path) {
        if (!(object instanceof Folder)) {
            throw new CmisConstraintException("the folder path is taken by a " + object.getBaseTypeId().value());
        }
        return object.getId();
    }
}
