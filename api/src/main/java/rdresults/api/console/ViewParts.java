package rdresults.api.console;

import io.quarkus.qute.TemplateData;
/** Small pieces the pages share. */
final class ViewParts {

    private ViewParts() {
    }

    /** A label and a count (factors by source, loops per status). */
    @TemplateData
    public record Count(String label, long count) {
    }

    /** A name and a display value. */
    @TemplateData
    public record KeyValue(String key, String value) {
    }

    /** A titled block of text: a feedback text, a config shown as YAML. */
    @TemplateData
    public record TextBlock(String title, String text) {

        public boolean empty() {
            return text == null || text.isBlank();
        }
    }
}
