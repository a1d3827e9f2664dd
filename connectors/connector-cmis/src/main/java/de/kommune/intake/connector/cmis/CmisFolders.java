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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Finds a folder by path and creates the missing levels on demand. Two deliveries may need the same new folder at
 * once (two documents for a new BG number): in this JVM they take turns per path and the second finds the first's
 * folder; against another process, the loser's create fails with a name conflict and it uses the winner's folder.
 */
final class CmisFolders {

    private static final StripedLocks FOLDER_LOCKS = new StripedLocks(16);

    private CmisFolders() {
    }

    /** The id of the folder at {@code path}, creating it and its missing parents. */
    static String ensure(Session session, String path) {
        Optional<CmisObject> existing = CmisLookups.byPath(session, path);
        if (existing.isPresent()) {
            return requireFolder(existing.get());
        }
        int slash = path.lastIndexOf('/');
        String parentPath = slash == 0 ? "/" : path.substring(0, slash);
        String parentId = ensure(session, parentPath);
        ReentrantLock lock = FOLDER_LOCKS.forKey(path);
        lock.lock();
        try {
            Optional<CmisObject> meanwhile = CmisLookups.byPath(session, path);
            if (meanwhile.isPresent()) {
                return requireFolder(meanwhile.get());
            }
            return session.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_FOLDER.value(),
                    PropertyIds.NAME, path.substring(slash + 1)), session.createObjectId(parentId)).getId();
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
            return requireFolder(CmisLookups.byPath(session, path).orElseThrow(() -> raced));
        } finally {
            lock.unlock();
        }
    }

    private static String requireFolder(CmisObject object) {
        if (!(object instanceof Folder)) {
            throw new CmisConstraintException("the folder path is taken by a " + object.getBaseTypeId().value());
        }
        return object.getId();
    }
}
