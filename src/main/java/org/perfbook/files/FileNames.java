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
        if (s.isEmpty()) {
            return whenEmpty;
        }
        return bounded(s, name);
    }

    /**
     * A safe name cut to {@link #MAX_SLUG} characters when longer, with a hash of the {@code whole} name
     * it came from, so two long names that start alike stay apart.
     */
    public static String bounded(String safe, String whole) {
        if (safe.length() <= MAX_SLUG) {
            return safe;
        }
        String hash = String.format(Locale.ROOT, "%08x", whole.hashCode());
        return safe.substring(0, MAX_SLUG - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
    }

    /**
     * A name no longer than file systems allow once perfbook adds a period and an extension (255 bytes;
     * the temporary name a save goes through adds about 45 characters).
     */
    static final int MAX_SLUG = 80;

    /** The temporary name a file is written under before it is moved into place: short whatever the file's name. */
    static String temporaryName(String fileName, String unique) {
        String base = fileName.length() > MAX_SLUG ? fileName.substring(0, MAX_SLUG) : fileName;
        return "." + base + "." + unique + ".tmp";
    }
}
