package de.kommune.intake.connector.cmis;

import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;

import java.util.Locale;
import java.util.Optional;

/** The CMIS bindings the connector speaks: the two HTTP ones that need no Web Services stack. */
enum CmisBinding {

    BROWSER(BindingType.BROWSER, SessionParameter.BROWSER_URL),
    ATOMPUB(BindingType.ATOMPUB, SessionParameter.ATOMPUB_URL);

    private final BindingType type;
    private final String urlParameter;

    CmisBinding(BindingType type, String urlParameter) {
        this.type = type;
        this.urlParameter = urlParameter;
    }

    BindingType type() {
        return type;
    }

    /** The session parameter that carries this binding's service URL. */
    String urlParameter() {
        return urlParameter;
    }

    static Optional<CmisBinding> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "browser" -> Optional.of(BROWSER);
            case "atompub" -> Optional.of(ATOMPUB);
            default -> Optional.empty();
        };
    }
}
