package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one xdomea 3.1.0 {@code FVDaten.SGOAblegen.0605} message ("Schriftgutobjekt ablegen") with StAX: the head
 * ({@code NkKeineRueckmeldungFVDatenType}) and one {@code SchriftgutobjektZumAblegen} holding the document, its
 * PDF/A as primary document, a reference to the case file (Akte) named by the case key, and the extracted fields
 * as application-specific metadata. Elements appear in the order the schema's sequences demand.
 */
final class SgoAblegenMessage {

    static final String NS = "urn:xoev-de:xdomea:schema:3.1.0";
    static final String ROOT = "FVDaten.SGOAblegen.0605";
    static final String MESSAGE_TYPE = "0605";
    /** Kennung of our application-specific extension; lets a DMS map the pipeline's fields. */
    static final String EXTENSION_ID = "urn:de:kommune:intake:index-record:1";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String SGO_TYPE_AKTE = "001";
    private static final String MEDIUM_ELECTRONIC = "001";

    private final XdomeaSettings settings;

    SgoAblegenMessage(XdomeaSettings settings) {
        this.settings = settings;
    }

    /**
     * @param pdfEntry   the primary document's name inside the zip ({@code <Dokument-UUID>.pdf})
     * @param indexEntry the index record's name inside the zip, or {@code null} when not included
     */
    void write(FiledDocument doc, MessageIds ids, String pdfEntry, PdfCopy.Facts pdf, String indexEntry,
               OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        Instant created = createdAt(doc);
        w.writeStartDocument("UTF-8", "1.0");
        w.setPrefix("xdomea", NS);
        w.writeStartElement("xdomea", ROOT, NS);
        w.writeNamespace("xdomea", NS);
        head(w, ids, created);
        w.writeStartElement(NS, "SchriftgutobjektZumAblegen");
        text(w, "FachverfahrenObjektID", doc.id());
        w.writeStartElement(NS, "Schriftgutobjekt");
        dokument(w, doc, ids, pdfEntry, pdf, indexEntry, created);
        w.writeEndElement();
        text(w, "Ablageort", settings.ablageort());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    /**
     * The message's creation time is the document's receipt, not the wall clock: a redelivery must produce the
     * same message, byte for byte.
     */
    static Instant createdAt(FiledDocument doc) {
        Instant at = doc.receivedAt() != null ? doc.receivedAt() : Instant.EPOCH;
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    private void head(XMLStreamWriter w, MessageIds ids, Instant created) throws XMLStreamException {
        w.writeStartElement(NS, "Kopf");
        text(w, "ProzessID", ids.processId().toString());
        w.writeStartElement(NS, "Nachrichtentyp");
        w.writeAttribute("listURI", "urn:xoev-de:xdomea:codeliste:nachrichtentyp");
        w.writeAttribute("listVersionID", "2.0");
        code(w, MESSAGE_TYPE);
        w.writeEndElement();
        text(w, "Erstellungszeitpunkt", DateTimeFormatter.ISO_INSTANT.format(created));
        contact(w, "Absender", settings.sender());
        contact(w, "Empfaenger", settings.recipient());
        w.writeStartElement(NS, "SendendesSystem");
        text(w, "Produktname", "intake-pipeline");
        w.writeEndElement();
        text(w, "Empfangsbestaetigung", "0");
        text(w, "Importbestaetigung", "1");
        text(w, "Erstellerkennung", settings.creatorId());
        text(w, "Stapel", "0");
        w.writeEndElement();
    }

    private static void contact(XMLStreamWriter w, String element, Party party) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeStartElement(NS, "Behoerdenkennung");
        w.writeStartElement(NS, "Behoerdenschluessel");
        if (party.codeListUri() != null) {
            w.writeAttribute("listURI", party.codeListUri());
            w.writeAttribute("listVersionID", party.codeListVersion());
        }
        code(w, party.code());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(NS, "Institution");
        text(w, "Name", party.name());
        w.writeEndElement();
        w.writeEndElement();
    }

    private void dokument(XMLStreamWriter w, FiledDocument doc, MessageIds ids, String pdfEntry, PdfCopy.Facts pdf,
                          String indexEntry, Instant created) throws XMLStreamException {
        w.writeStartElement(NS, "Dokument");
        w.writeStartElement(NS, "Identifikation");
        text(w, "ID", ids.documentId().toString());
        w.writeEndElement();
        w.writeStartElement(NS, "AllgemeineMetadaten");
        text(w, "Betreff", title(doc));
        if (doc.reviewRequired()) {
            text(w, "Bemerkung", "Prüfung erforderlich: " + String.join(", ", doc.reviewReasons()));
        }
        w.writeStartElement(NS, "Medium");
        code(w, MEDIUM_ELECTRONIC);
        w.writeEndElement();
        w.writeEndElement();
        text(w, "FremdesGeschaeftszeichen", doc.id());
        if (doc.receivedAt() != null) {
            text(w, "Posteingangsdatum", receiptDate(doc).toString());
        }
        LocalDate written = isoDate(doc.fields().get("documentDate"));
        if (written != null) {
            text(w, "DatumDesSchreibens", written.toString());
        }
        text(w, "Typ", doc.documentType());
        version(w, doc, pdfEntry, pdf, created);
        if (doc.caseKey() != null && !doc.caseKey().isBlank()) {
            // The case file (Akte der Bedarfsgemeinschaft) is named by its case key; the DMS resolves it.
            w.writeStartElement(NS, "Verweis");
            w.writeStartElement(NS, "SGOTyp");
            code(w, SGO_TYPE_AKTE);
            w.writeEndElement();
            text(w, "SGOKennzeichen", doc.caseKey());
            text(w, "Bemerkung", "Akte der Bedarfsgemeinschaft");
            w.writeEndElement();
        }
        extension(w, doc, pdf, indexEntry);
        w.writeEndElement();
    }

    private void version(XMLStreamWriter w, FiledDocument doc, String pdfEntry, PdfCopy.Facts pdf, Instant created)
            throws XMLStreamException {
        w.writeStartElement(NS, "Version");
        text(w, "Nummer", "1");
        w.writeStartElement(NS, "Format");
        w.writeStartElement(NS, "Name");
        w.writeAttribute("listURI", "urn:xoev-de:xdomea:codeliste:dateiformat");
        w.writeAttribute("listVersionID", settings.formatCodeListVersion());
        code(w, settings.formatCode());
        w.writeEndElement();
        text(w, "SonstigerName", "PDF/A-2b");
        text(w, "Version", pdf.version());
        w.writeStartElement(NS, "Primaerdokument");
        text(w, "Dateiname", pdfEntry);
        if (doc.sourceFileName() != null && !doc.sourceFileName().isBlank()) {
            text(w, "DateinameOriginal", baseName(doc.sourceFileName()));
        }
        text(w, "Ersteller", settings.creatorId());
        text(w, "DatumUhrzeit", DateTimeFormatter.ISO_INSTANT.format(created));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** The pipeline's own metadata: extracted fields, PDF checksum (the schema has no hash element), review state. */
    private static void extension(XMLStreamWriter w, FiledDocument doc, PdfCopy.Facts pdf, String indexEntry)
            throws XMLStreamException {
        w.writeStartElement(NS, "AnwendungsspezifischeErweiterung");
        text(w, "Kennung", EXTENSION_ID);
        text(w, "Name", "Indexdaten der Posteingangsverarbeitung");
        field(w, "pdfSha256", "SHA-256 des Primärdokuments (hex)", pdf.sha256());
        field(w, "pdfSize", "Größe des Primärdokuments in Byte", Long.toString(pdf.size()));
        field(w, "documentType", "Dokumenttyp (Taxonomie-Code)", doc.documentType());
        if (doc.caseKey() != null) {
            field(w, "caseKey", "Aktenschlüssel (BG-Nummer)", doc.caseKey());
        }
        if (doc.sourceFileName() != null) {
            field(w, "sourceFileName", "Name der Eingangsdatei", doc.sourceFileName());
        }
        field(w, "reviewRequired", "Prüfung erforderlich", Boolean.toString(doc.reviewRequired()));
        if (indexEntry != null) {
            field(w, "indexRecordFile", "Indexdatensatz (JSON) in dieser Sendung", indexEntry);
        }
        // Sorted: FiledDocument's map has no stable order across JVMs, and a redelivery must repeat the message.
        for (Map.Entry<String, FieldValue> f : new TreeMap<>(doc.fields()).entrySet()) {
            field(w, "field." + f.getKey(), "extrahiert, Konfidenz " + f.getValue().confidence()
                    + ", Seite " + f.getValue().page(), f.getValue().value());
        }
        w.writeEndElement();
    }

    private static void field(XMLStreamWriter w, String name, String description, String value)
            throws XMLStreamException {
        w.writeStartElement(NS, "Feld");
        text(w, "Name", name);
        text(w, "Beschreibung", description);
        text(w, "Wert", value);
        w.writeEndElement();
    }

    private String title(FiledDocument doc) {
        StringBuilder title = new StringBuilder(doc.documentType());
        if (doc.receivedAt() != null) {
            title.append(", Eingang ").append(receiptDate(doc).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        return title.toString();
    }

    private LocalDate receiptDate(FiledDocument doc) {
        return doc.receivedAt().atZone(settings.zone()).toLocalDate();
    }

    private static LocalDate isoDate(FieldValue value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.value());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('\\') + 1);
    }

    /** A code list value: the {@code code} child is unqualified in every xdomea code type. */
    private static void code(XMLStreamWriter w, String code) throws XMLStreamException {
        w.writeStartElement("code");
        w.writeCharacters(code);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(NS, element);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters; OCR output sometimes has them. Tabs and newlines stay. */
    private static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
            if (allowed && !(c == 0xFFFE || c == 0xFFFF)) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(value.substring(0, i));
                }
                out.append(' ');
            }
        }
        return out == null ? value : out.toString();
    }
}
