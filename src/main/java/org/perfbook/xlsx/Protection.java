package org.perfbook.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection as perfbook uses it: against accidental edits, not as security, so with no password
 * and anyone can unprotect a sheet from Excel's Review tab.
 */
public final class Protection {

    private Protection() {
    }

    /** Protects without a password, as Excel does when the password box is left empty. */
    public static void withoutPassword(XSSFSheet sheet) {
        sheet.protectSheet("");
        // POI writes the legacy hash of "" (password="0000"); Excel writes no hash at all for an empty password.
        var p = sheet.getCTWorksheet().getSheetProtection();
        if (p.isSetPassword()) {
            p.unsetPassword();
        }
    }
}
