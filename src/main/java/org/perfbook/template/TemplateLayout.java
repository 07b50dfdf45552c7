package org.perfbook.template;

/**
 * Where things sit in a return template: its sheets, and on the {@code Return} sheet the header block
 * and the indicator table. The reader finds the table by its headings, so only the writer and the
 * sample filler rely on these positions.
 */
public final class TemplateLayout {

    /** The sheet the service fills in; the reader looks here first. */
    public static final String RETURN_SHEET = "Return";
    static final String GUIDANCE_SHEET = "Guidance";

    private TemplateLayout() {
    }
}
