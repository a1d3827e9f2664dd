package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.value.Names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person introduced in prose by salutation and then birth date or residence, as medical certificates and
 * confirmations write it: "Frau Birgit Thießen, geboren am 03.05.1986, wohnhaft ..., ist seit ...". Configured per
 * field as source {@code introduced}. Only a line that starts with the salutation counts: "Sehr geehrte Frau X,"
 * is an address, not an introduction.
 */
final class IntroducedPersonExtractor implements FieldExtractor {

    private static final Pattern INTRODUCED = Pattern.compile(
            "(?m)^[ \\t]*(?:Herrn?|Frau)[ \\t]+([^,\\n]{3,60}?)[ \\t]*,[ \\t]*(?:geb\\.|geboren|wohnhaft)");

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing("introduced")) {
            Matcher m = INTRODUCED.matcher(ctx.view().text());
            while (m.find()) {
                int at = m.start(1);
                Names.person(m.group(1)).ifPresent(name ->
                        ctx.offer(field, name, Confidence.PARTY, at, "introduced", "introduced"));
            }
        }
    }
}
