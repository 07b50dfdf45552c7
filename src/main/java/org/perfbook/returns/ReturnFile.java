package org.perfbook.returns;

import org.perfbook.template.TemplateIdentity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.perfbook.model.Finding;

/**
 * A return as read from disk.
 *
 * @param name     the file name as shown in findings (relative to the folder given by the user)
 * @param identity null when the file carries none (not a perfbook return, or damaged)
 * @param sheet    the sheet the rows came from, or empty
 * @param contact  the contact the service typed in the header block, or empty
 * @param findings problems met while reading: corrupt, password-protected, not a return, missing columns
 * @param readable false when no rows could be read at all
 * @param saved    when the workbook was last saved, from its document properties or else the file's
 *                 time; null when the file could not be read
 * @param actions  the rows of the optional Actions sheet that held something
 * @param actionsSheet whether the return has an Actions sheet (templates before it have none)
 */
public record ReturnFile(
        Path file,
        String name,
        TemplateIdentity identity,
        String sheet,
        String contact,
        List<ReturnRow> rows,
        List<Finding> findings,
        boolean readable,
        Instant saved,
        List<ActionRow> actions,
        boolean actionsSheet) {

    /** A return without an Actions sheet. */
    public ReturnFile(Path file, String name, TemplateIdentity identity, String sheet, String contact,
            List<ReturnRow> rows, List<Finding> findings, boolean readable, Instant saved) {
        this(file, name, identity, sheet, contact, rows, findings, readable, saved, List.of(), false);
    }

    /** A return whose time of saving is not known. */
    public ReturnFile(Path file, String name, TemplateIdentity identity, String sheet, String contact,
            List<ReturnRow> rows, List<Finding> findings, boolean readable) {
        this(file, name, identity, sheet, contact, rows, findings, readable, null, List.of(), false);
    }

    public ReturnFile {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        contact = contact == null ? "" : contact;
        sheet = sheet == null ? "" : sheet;
    }
}
