package de.kommune.intake.connector.filesystem;

import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import de.kommune.intake.connector.spi.FiledDocument;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** {@code <id>.<extension>} rendered from a Mustache template over {@link TemplateModel}. */
final class TemplateIndexFormat implements IndexFormat {

    private final Template template;
    private final String extension;
    private final Charset charset;

    TemplateIndexFormat(Template template, String extension, Charset charset) {
        this.template = template;
        this.extension = extension;
        this.charset = charset;
    }

    @Override
    public String extension() {
        return extension;
    }

    @Override
    public byte[] render(FiledDocument document, String pdfFileName) throws UnrenderableIndexException {
        String text;
        try {
            text = template.execute(TemplateModel.of(document, pdfFileName,
                    pdfFileName.substring(0, pdfFileName.length() - ".pdf".length()) + ".txt"));
        } catch (MustacheException e) {
            // The message names the template variable and line, never a value.
            throw new UnrenderableIndexException("index template failed: " + e.getMessage());
        }
        try {
            // REPORT, not the default replacement '?': a silently changed name in the DMS is worse than a review.
            ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new UnrenderableIndexException("the index contains characters that " + charset.name()
                    + " cannot represent (index-charset)");
        }
    }
}
