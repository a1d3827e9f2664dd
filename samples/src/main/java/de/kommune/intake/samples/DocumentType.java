package de.kommune.intake.samples;

import java.util.List;

/** The default taxonomy's document type codes (taxonomy.md) with their key fields. */
public enum DocumentType {
    KONTOAUSZUG("iban", "accountHolder", "periodFrom", "periodTo", "closingBalance"),
    LOHNABRECHNUNG("employerName", "employeeName", "payPeriod", "grossAmount", "netAmount", "payoutAmount"),
    MIETVERTRAG("landlordName", "tenantName", "propertyAddress", "rentStart", "baseRent", "serviceCharges",
            "heatingCosts", "totalRent"),
    NEBENKOSTENABRECHNUNG("periodFrom", "periodTo", "settlementAmount", "settlementKind", "dueDate"),
    ENERGIERECHNUNG("supplierName", "supplierCustomerNumber", "invoiceDate", "periodFrom", "periodTo",
            "totalAmount", "monthlyInstallment"),
    AU_BESCHEINIGUNG("personName", "dateOfBirth", "incapacityFrom", "incapacityUntil"),
    ARBEITSVERTRAG("employerName", "employeeName", "startDate", "grossAmount", "weeklyHours"),
    KUENDIGUNG("senderName", "recipientName", "documentDate", "terminationDate"),
    BESCHEID("issuer", "benefitType", "documentDate", "amount", "periodFrom", "periodTo"),
    AUSWEIS("surname", "givenNames", "dateOfBirth", "documentNumber", "expiryDate", "nationality"),
    MELDEBESCHEINIGUNG("personName", "address", "moveInDate"),
    SCHULBESCHEINIGUNG("pupilName", "schoolName", "schoolYear"),
    WEITERBEWILLIGUNGSANTRAG("bgNumber", "applicantName", "signatureDate"),
    VERAENDERUNGSMITTEILUNG("bgNumber", "applicantName", "changeDate"),
    SONSTIGES();

    private final List<String> keyFields;

    DocumentType(String... keyFields) {
        this.keyFields = List.of(keyFields);
    }

    public List<String> keyFields() {
        return keyFields;
    }
}
