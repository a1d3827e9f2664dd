package de.kommune.intake.connector.cmis;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;

import java.util.Optional;

/** Lookups that bypass the session cache and ask for as little as possible. */
final class CmisLookups {

    private CmisLookups() {
    }

    static Optional<CmisObject> byPath(Session session, String path) {
        try {
            return Optional.of(session.getObjectByPath(path, minimalContext(session)));
        } catch (CmisObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    static OperationContext minimalContext(Session session) {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setFilterString(String.join(",", PropertyIds.OBJECT_ID, PropertyIds.BASE_TYPE_ID,
                PropertyIds.OBJECT_TYPE_ID, PropertyIds.NAME, PropertyIds.VERSION_SERIES_ID));
        context.setIncludeAcls(false);
        context.setIncludeAllowableActions(false);
        context.setIncludePolicies(false);
        context.setIncludePathSegments(false);
        context.setRenditionFilterString("cmis:none");
        return context;
    }
}
