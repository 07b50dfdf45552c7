package org.perfbook.files;

import java.text.Normalizer;
import java.util.Locale;

/** Names of the files perfbook writes, made from names people type, that stay inside their folder. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * Lower case, accents and apostrophes dropped, every other run of non-alphanumerics a single hyphen:
     * "Children's Social Care" is {@code childrens-social-care}. Only {@code [a-z0-9-]}, so it can never
     * name another folder; {@code whenEmpty} when nothing is left.
     */
    public static String slug(String name, String whenEmpty) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019\u2018`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? whenEmpty : s;
    }
}
